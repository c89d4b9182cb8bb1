/**
 * Metrics and subjects in sentences: chart titles, descriptions and page text put a subject's
 * label inside running text, where "of The 15 June housing march" would be wrong. Templates come
 * from `metrics` in src/site.config.ts.
 */
import { metricSpec, type Metric } from "../../schemas/claim.ts";
import type { Subject } from "../../schemas/subject.ts";
import { metricWords } from "./format.ts";

/** A subject as charts and pages have it: the record, or just its label (or id) as text. */
export type SubjectWords = Pick<Subject, "label" | "short"> | string;

const ARTICLE = /^(The|A|An)\s+(?=\S)/;

/**
 * A subject as running text reads it mid-sentence: its short form when it has one, else its
 * label, with a leading article in lower case ("the 15 June 2024 housing march in Port Vell").
 * Acronyms, names and numbers are left as written ("NATO's eastern flank", "15 June ...").
 */
export function subjectInText(subject: SubjectWords): string {
  const text = (typeof subject === "string" ? subject : (subject.short ?? subject.label)).trim();
  return text.replace(ARTICLE, (article) => article.toLowerCase());
}

/** The first letter in capitals, the rest as written ("nATO" stays "NATO"). */
export const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const DEFAULT_TITLE = "Claims of {metric} among {subject}";

/** Fill `{subject}` and `{metric}`; a sentence that starts with either gets a capital. */
function fill(template: string, metric: Metric, subject: SubjectWords): string {
  const filled = template
    .replace(/\{subject\}/g, () => subjectInText(subject))
    .replace(/\{metric\}/g, () => metricWords(metric))
    .replace(/\s+/g, " ")
    .trim();
  return filled;
}

/** A timeline's title: "Claims of casualties among North Korean troops in Kursk". */
export function chartTitle(metric: Metric, subject: SubjectWords): string {
  return sentenceCase(fill(metricSpec(metric)?.title ?? DEFAULT_TITLE, metric, subject));
}

/**
 * A comparison's title: "Latest claims of casualties among …" for a title that starts "Claims",
 * else the title with what the chart shows after it ("How many people attended the march: each
 * claimant's latest figure").
 */
export function compareTitle(metric: Metric, subject: SubjectWords): string {
  const title = chartTitle(metric, subject);
  return /^Claims\b/.test(title)
    ? `Latest c${title.slice(1)}`
    : `${title.replace(/[?.]$/, "")}: each claimant's latest figure`;
}

/** How a list of claims is described in a sentence: "claims of casualties among …". */
export function metricDescription(metric: Metric, subject: SubjectWords): string {
  return fill(metricSpec(metric)?.description ?? DEFAULT_TITLE.toLowerCase(), metric, subject);
}

/** The counted thing for a figure: "person"/"people" by the metric's configured unit. */
export function unitWords(metric: Metric, n: number): string {
  const unit = metricSpec(metric)?.unit;
  if (!unit) return "";
  return n === 1 ? unit.one : unit.other;
}
