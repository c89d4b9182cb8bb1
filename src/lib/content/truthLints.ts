/**
 * Truth lints: figures a reader could take for sourced ones but which are not. Two kinds, both
 * warnings (`npm run check --strict` makes them fail):
 *
 * - a free figure: a number typed into the prose ("3,000", "thousands") in a sentence that
 *   names a metric ("killed") or a claimant, outside `<Claim>`; reported with the claim it
 *   probably means;
 * - a stale figure: a `<Claim>` of a claim that had been revised when the story was written (or
 *   last updated), or that was older than the same claimant's latest claim on the same subject,
 *   metric and scope by then; reported with the newer id. A page that cites the newer claim too
 *   tells the revision, and is not reported.
 *
 * Both read the tree the check already parsed (mdxSource.ts): no second reading of the body.
 */
import { METRICS, type Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import { formatDay, formatValue, valueExtent } from "../claims/format.ts";
import { byDateThenId } from "../util/ordering.ts";
import type { MdNode } from "./bodyRules.ts";
import type { ContentIssue } from "./issues.ts";
import type { MdxElementUse } from "./mdxSource.ts";

/** The content a lint needs beside the body: every claim and claimant that passed its schema. */
export interface TruthLintData {
  claims: readonly Claim[];
  claimants: readonly Claimant[];
  /**
   * The day the story was last written (`updated`, else `published`), YYYY-MM-DD: a figure
   * made public after it is news the story could not have had, not a stale citation.
   */
  asOf?: string;
  /** The metric ids the site counts (default: the built-in list). */
  metrics?: readonly string[];
}

/**
 * Prose words for the built-in metrics that are not the metric's own name: a story says "died"
 * and "injured" as often as "killed" and "wounded".
 */
const METRIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  killed: ["kill", "dead", "died", "death", "deaths", "dying", "toll", "fatalities"],
  wounded: ["wound", "injured", "injuries", "injury"],
  casualties: ["casualty"],
  missing: [],
  captured: ["capture", "prisoners", "prisoner", "captive", "captives"],
  deployed: ["deploy", "deployment", "troops"],
  losses: ["loss", "lost", "lose", "losing"],
};

/**
 * The words that name what the site counts, metric by metric: the metric's own id plus the
 * words prose uses for it. The one place the lint learns the metrics; read from the configured
 * list when there is one.
 */
export function metricWords(
  metrics: readonly string[] = METRICS,
): ReadonlyMap<string, readonly string[]> {
  return new Map(metrics.map((m) => [m, [m, ...(METRIC_SYNONYMS[m] ?? [])]]));
}

/**
 * A rough stem, enough to meet "casualty" and "casualties", "kill" and "killed": lower case,
 * without a possessive or a plural/past/-ing ending.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  for (const end of ["ing", "ed", "es", "s", "e"]) {
    if (end === "s" && w.endsWith("ss")) continue;
    if (w.endsWith(end) && w.length - end.length >= 3) {
      w = w.slice(0, -end.length);
      break;
    }
  }
  return w.endsWith("e") && w.length > 4 ? w.slice(0, -1) : w;
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const MONTH = new RegExp(`^(?:${MONTHS})\\.?$`, "i");
/** Words before a number that make it a label, not a count: "section 3", "Resolution 2231". */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:sections?|articles?|paragraphs?|chapters?|clauses?|rules?|resolutions?|no\.|nos\.|numbers?|§|pages?|pp?\.|parts?|tables?|figures?|fig\.|items?|points?|amendments?|acts?|decrees?|routes?|highways?|roads?|lines?|platforms?|gates?|buildings?|rooms?|flights?|bus|tram|apartments?|districts?|wards?|zones?|aged|age|level|grade|version|v\.|season|episode|vol\.|volume|#)\s*$/iu;
/** Words after a number that make it a time, a span or a distance, not a count. */
const UNIT_AFTER =
  /^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs?\b|gmt\b|utc\b|cet\b|bst\b|o['’]clock)|\s+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|degrees?)\b)/i;
/** Words that make the number after them a quantity, even when it looks like a year. */
const QUANTITY_BEFORE =
  /(?:^|[^\p{L}])(?:some|about|around|roughly|nearly|almost|over|than|least|most|up to|approximately|estimated|another|only|just)\s+$/iu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
};

/** A figure found in prose, with the values it may stand for. */
export interface ProseFigure {
  /** As written: "3,000", "1.5 million", "thousands". */
  text: string;
  /** Where in the sentence it starts. */
  index: number;
  low: number;
  high: number;
}

const SMALL_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  "half a": 0.5,
};
const NUMBER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(tens|hundreds) of (thousands|millions)|(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|half a) )?(dozens?|hundreds?|thousands?|millions?|billions?))(?![\p{L}-])`,
  "giu",
);
const DIGITS = /(?<![\p{L}\d.,:/])\d[\d.,:/]*(?<=\d)(?![\p{L}\d])/gu;

/**
 * The figures in a sentence of prose, leaving out what only looks like one: years, days of a
 * date ("15 June 2024", "June 15th"), ordinals, times ("9 a.m.", "14:00"), spans ("3 days"),
 * labels ("section 3", "Resolution 2231"), compound adjectives ("23-year-old") and numbers
 * with more than one point ("3.2.1").
 */
export function figuresIn(sentence: string): ProseFigure[] {
  const found: ProseFigure[] = [];
  const wordBefore = (i: number) => /([\p{L}.]+)[\s,]*$/u.exec(sentence.slice(0, i))?.[1] ?? "";
  const wordAfter = (i: number) => /^[\s,]*([\p{L}.]+)/u.exec(sentence.slice(i))?.[1] ?? "";
  for (const m of sentence.matchAll(DIGITS)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const after = sentence.slice(end);
    if (/[:/]/.test(raw) || (raw.match(/\./g) ?? []).length > 1) continue; // times, dates, 3.2.1
    if (/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(raw) === false) continue; // "1,00,0"
    if (ORDINAL_AFTER.test(after) || UNIT_AFTER.test(after)) continue;
    if (/^[-‐‑][\p{L}]/u.test(after) && !/^[-‐‑]strong\b/i.test(after)) continue; // 23-year-old
    if (LABEL_BEFORE.test(sentence.slice(0, start))) continue;
    const n = Number(raw.replace(/,/g, ""));
    if (MONTH.test(wordBefore(start)) || MONTH.test(wordAfter(end))) continue; // a day or year
    // A year: four digits, no comma, in the range stories are about, unless a word of quantity
    // comes before it ("some 2000").
    if (
      /^\d{4}$/.test(raw) &&
      n >= 1800 &&
      n <= 2199 &&
      !QUANTITY_BEFORE.test(sentence.slice(0, start))
    )
      continue;
    const scale = /^\s+(dozen|hundred|thousand|million|billion)\b/i.exec(after);
    const factor = scale ? SCALE_WORDS[scale[1]!.toLowerCase()]! : 1;
    found.push({
      text: scale ? raw + scale[0] : raw,
      index: start,
      low: n * factor,
      high: n * factor,
    });
  }
  for (const m of sentence.matchAll(NUMBER_WORDS)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const [text, tens, ofWhat, count, scaleWord] = m;
    if (UNIT_AFTER.test(sentence.slice(m.index + text.length))) continue; // hundreds of years
    let low: number;
    let high: number;
    if (tens) {
      const base = SCALE_WORDS[ofWhat!.toLowerCase().replace(/s$/, "")]!;
      const step = tens.toLowerCase() === "tens" ? 10 : 100;
      [low, high] = [2 * step * base, 10 * step * base - 1];
    } else {
      const word = scaleWord!.toLowerCase();
      const base = SCALE_WORDS[word.replace(/s$/, "")]!;
      const many = word.endsWith("s");
      const c = count?.toLowerCase();
      if (c && c in SMALL_WORDS) [low, high] = [SMALL_WORDS[c]! * base, SMALL_WORDS[c]! * base];
      else if (c)
        [low, high] = [2 * base, 10 * base - 1]; // several, a few
      else if (many) [low, high] = [2 * base, (base === 12 ? 100 : 100 * base) - 1];
      else continue; // "hundred" alone is part of "a hundred", matched above
    }
    found.push({ text, index: m.index, low, high });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Common abbreviations whose point does not end a sentence. */
const ABBREVIATIONS = new Set(
  "a.m p.m no nos mr mrs ms dr st gen lt col sgt maj capt cpt adm u.s u.k u.n e.g i.e vs approx fig art sec para pp vol est".split(
    " ",
  ),
);

/** Split a block of prose into sentences, each with where it starts. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu)) {
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(start, m.index + 1))?.[1]?.toLowerCase();
    if (m[0].startsWith(".") && before && ABBREVIATIONS.has(before)) continue;
    const end = m.index + m[0].length;
    out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** A run of a block's text, from one node: where it came from and whether figures in it count. */
interface Piece {
  start: number;
  text: string;
  /** Source offset of the node the text came from. */
  offset: number;
  line: number;
  column: number;
  /** False in links, code, `<q>`, `<time>` and superscripts, and for a `<Claim>`'s stand-in. */
  counts: boolean;
}

/** Inline elements whose numbers are not prose figures. */
const QUIET_ELEMENTS = new Set(["q", "time", "sup", "sub", "code", "kbd", "cite"]);
/** Blocks whose words are someone else's: a `<Quote>` or a Markdown quotation. */
const QUOTED_BLOCKS = new Set(["blockquote", "code", "math", "html"]);

/** The prose blocks of a body (paragraphs, headings, table cells), each as its pieces. */
function proseBlocks(tree: MdNode): Piece[][] {
  const blocks: Piece[][] = [];
  const inline = (node: MdNode, pieces: Piece[], counts: boolean, depth: number) => {
    if (depth > 100) return;
    const pos = node.position?.start ?? { line: 1, column: 1, offset: 0 };
    const at = { offset: pos.offset ?? 0, line: pos.line, column: pos.column };
    const start = pieces.reduce((n, p) => n + p.text.length, 0);
    if (node.type === "text") {
      pieces.push({ start, text: node.value ?? "", counts, ...at });
    } else if (node.type === "break") {
      pieces.push({ start, text: "\n", counts: false, ...at });
    } else if (node.type === "inlineCode") {
      pieces.push({ start, text: node.value ?? "", counts: false, ...at });
    } else if (node.type === "mdxJsxTextElement" && node.name === "Claim") {
      // The cited figure itself: a word that is not a number, so the sentence reads on.
      pieces.push({ start, text: "figure", counts: false, ...at });
    } else if (node.type === "link" || node.type === "linkReference") {
      for (const child of node.children ?? []) inline(child, pieces, false, depth + 1);
    } else if (node.type === "mdxJsxTextElement" && QUIET_ELEMENTS.has(node.name ?? "")) {
      for (const child of node.children ?? []) inline(child, pieces, false, depth + 1);
    } else if (node.children) {
      for (const child of node.children) inline(child, pieces, counts, depth + 1);
    }
  };
  const block = (node: MdNode, depth: number) => {
    if (depth > 100 || QUOTED_BLOCKS.has(node.type)) return;
    if (node.type === "mdxJsxFlowElement" && node.name === "Quote") return;
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const pieces: Piece[] = [];
      for (const child of node.children ?? []) inline(child, pieces, true, depth + 1);
      blocks.push(pieces);
      return;
    }
    for (const child of node.children ?? []) block(child, depth + 1);
  };
  block(tree, 0);
  return blocks;
}

/** Spans of a text between double quotation marks: figures in them are someone's words. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”?|"[^"]*"?/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How a claimant may be named in prose: the full name, and a person's surname. */
function namesOf(claimant: Claimant): string[] {
  const names = [claimant.name];
  const last = claimant.name.split(/\s+/).pop() ?? "";
  if (claimant.kind === "person" && last !== claimant.name && /^\p{Lu}\p{L}{2,}/u.test(last))
    names.push(last);
  return names;
}

/** Whether a name appears in a text as whole words ("Vidal", not "Vidalia"). */
const nameIn = (name: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, "u").test(text);

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Line and column of an offset in a text. */
function placeOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The claim a free figure most likely stands for: the one whose claimant the sentence names,
 * whose metric it names, whose subject's words it uses and whose value the figure fits, with a
 * claim cited on the page ahead of one that is not. Undefined when nothing fits at all.
 */
export function likelyClaim(
  sentence: string,
  figures: readonly ProseFigure[],
  data: TruthLintData,
  cited: ReadonlySet<string> = new Set(),
  words: ReadonlyMap<string, readonly string[]> = metricWords(),
): Claim | undefined {
  const stems = new Set(wordsOf(sentence).map(stem));
  const lower = new Set(wordsOf(sentence).map((w) => w.toLowerCase()));
  const claimants = new Map(data.claimants.map((c) => [c.id, c]));
  const named = (id: string | null | undefined) => {
    const c = id ? claimants.get(id) : undefined;
    return !!c && namesOf(c).some((n) => nameIn(n, sentence));
  };
  let best: { claim: Claim; score: number } | undefined;
  for (const claim of [...data.claims].sort(byDateThenId).reverse()) {
    let score = 0;
    if (named(claim.claimant)) score += 4;
    if (named(claim.relayedVia)) score += 2;
    if ((words.get(claim.metric) ?? [claim.metric]).some((w) => stems.has(stem(w)))) score += 3;
    score += Math.min(
      3,
      claim.subject.split("-").filter((w) => w.length >= 4 && lower.has(w)).length,
    );
    const { low, high } = valueExtent(claim.value);
    if (figures.some((f) => f.low === low || f.high === high)) score += 6;
    else if (figures.some((f) => f.low <= high && f.high >= low)) score += 4;
    if (score > 0 && cited.has(claim.id)) score += 1;
    if (score >= 4 && (!best || score > best.score)) best = { claim, score };
  }
  return best?.claim;
}

/** The same claimant's claims on one subject, metric and scope (for one-off figures, the same period), newest first. */
function sameSeries(claim: Claim, claims: readonly Claim[]): Claim[] {
  return claims
    .filter(
      (c) =>
        c.claimant === claim.claimant &&
        c.subject === claim.subject &&
        c.metric === claim.metric &&
        c.scope === claim.scope &&
        (c.scope !== "event" ||
          (!!c.period &&
            !!claim.period &&
            c.period.from <= claim.period.to &&
            claim.period.from <= c.period.to)),
    )
    .sort(byDateThenId)
    .reverse();
}

/** A claim's own description for a hint: `"id" (Name, 3,000, 23 December 2024)`. */
function describe(claim: Claim, data: TruthLintData): string {
  const who = data.claimants.find((c) => c.id === claim.claimant)?.name ?? claim.claimant;
  return `"${claim.id}" (${who}, ${formatValue(claim.value)} ${claim.metric}, ${formatDay(claim.date)})`;
}

/**
 * The truth lints for one explainer body: free figures in its prose and stale `<Claim>`s, as
 * warnings placed at their line.
 */
export function truthLints(
  file: string,
  source: string,
  parsed: { tree: MdNode | null; elements: readonly MdxElementUse[] },
  data: TruthLintData,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!parsed.tree) return issues;
  const words = metricWords(data.metrics);
  const metricStems = new Map<string, string>();
  for (const list of words.values()) for (const w of list) metricStems.set(stem(w), w);
  const names = data.claimants.flatMap(namesOf);
  const nameRe = names.length
    ? new RegExp(
        `(?<![\\p{L}\\d])(?:${names
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join("|")})(?![\\p{L}\\d])`,
        "u",
      )
    : undefined;
  const citedIds = parsed.elements.flatMap((el) => {
    const id = el.name === "Claim" ? el.props.id?.value : undefined;
    return typeof id === "string" ? [id] : [];
  });
  const cited = new Set(citedIds);

  for (const pieces of proseBlocks(parsed.tree)) {
    const text = pieces.map((p) => p.text).join("");
    const quoted = quotedSpans(text);
    const counts = (i: number) => {
      const piece = pieces.findLast((p) => p.start <= i);
      return !!piece?.counts && !quoted.some(([a, b]) => i >= a && i < b);
    };
    for (const sentence of sentencesOf(text)) {
      const figures = figuresIn(sentence.text).filter((f) => counts(sentence.start + f.index));
      if (!figures.length) continue;
      const trigger =
        wordsOf(sentence.text).find((w) => metricStems.has(stem(w))) ??
        nameRe?.exec(sentence.text)?.[0];
      if (!trigger) continue;
      const first = figures[0]!;
      const at = sentence.start + first.index;
      const piece = pieces.findLast((p) => p.start <= at)!;
      // Smart punctuation and escapes make a text node shorter than its source, never longer:
      // the figure as written is the first match at or after its place in the node.
      const offsetInNode = at - piece.start;
      const found = source.indexOf(first.text, piece.offset + offsetInNode);
      const place =
        found === -1 ? { line: piece.line, column: piece.column } : placeOf(source, found);
      const likely = likelyClaim(sentence.text, figures, data, cited, words);
      const shown = figures.map((f) => `"${f.text.replace(/\s+/g, " ")}"`);
      issues.push({
        file,
        ...place,
        severity: "warning",
        message: `${figures.length > 1 ? "figures" : "figure"} ${shown.join(", ")} written in the text, outside <Claim>, beside "${trigger}"`,
        hint: likely
          ? `It looks like ${describe(likely, data)}: write <Claim id="${likely.id}" /> in its place, so the figure, its source and its details come from the record.`
          : `Add it as a claim (npm run new:claim) and write <Claim id="..." /> in its place; if it is not a claimed figure, reword the sentence without it.`,
      });
    }
  }

  // Stale figures: a newer figure by the same claimant exists and the page does not cite it.
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const known = (c: Claim) => !data.asOf || c.date <= data.asOf;
  const revisedBy = new Map<string, Claim>();
  for (const c of data.claims) if (c.supersedes && known(c)) revisedBy.set(c.supersedes, c);
  for (const el of parsed.elements) {
    if (el.name !== "Claim") continue;
    const prop = el.props.id;
    const claim = typeof prop?.value === "string" ? byId.get(prop.value) : undefined;
    if (!prop || !claim) continue;
    const at = { file, line: prop.line, column: prop.column, field: "<Claim id>" };
    // Follow the revisions to the newest.
    let newest: Claim | undefined;
    const seen = new Set([claim.id]);
    for (let c = revisedBy.get(claim.id); c && !seen.has(c.id); c = revisedBy.get(c.id)) {
      newest = c;
      seen.add(c.id);
    }
    // A loop is reported by the data check, once; there is no newest claim to point at.
    if (newest && seen.has(revisedBy.get(newest.id)?.id ?? "")) continue;
    if (newest) {
      if ([...seen].some((id) => id !== claim.id && cited.has(id))) continue; // tells the revision
      issues.push({
        ...at,
        severity: "warning",
        message: `"${claim.id}" has been revised: the newer figure is "${newest.id}"`,
        hint: `Cite <Claim id="${newest.id}" /> (${formatValue(newest.value)}, ${formatDay(newest.date)}), or cite both to tell the revision.`,
      });
      continue;
    }
    const latest = sameSeries(claim, data.claims).find(
      (c) => c.status !== "retracted" && c.date > claim.date && known(c),
    );
    if (latest && !cited.has(latest.id)) {
      const who = data.claimants.find((c) => c.id === claim.claimant)?.name ?? claim.claimant;
      issues.push({
        ...at,
        severity: "warning",
        message: `"${claim.id}" (${formatDay(claim.date)}) is not ${who}'s latest figure for ${claim.subject} ${claim.metric}: "${latest.id}" is newer`,
        hint: `Cite <Claim id="${latest.id}" /> (${formatValue(latest.value)}, ${formatDay(latest.date)}), or cite both to show how the figure moved.`,
      });
    }
  }
  return issues;
}
