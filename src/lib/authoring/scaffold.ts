import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { siteConfig, type SectionSpec } from "../../site.config.ts";
import { CONTENT_DIR } from "../../schemas/collections.ts";
import { checkContent, readContentSources } from "../content/checkContent.ts";
import { buildNow } from "../util/dates.ts";
import { normaliseBase } from "../util/paths.ts";
import { shortenSlug, SLUG_PATTERN, slugWords } from "../util/slug.ts";
import { formatReport } from "../content/issues.ts";
import { AuthoringError } from "./errors.ts";

const USAGE_HINT = 'Usage: npm run new -- "Title of the explainer" [--slug ...] [--author ...]';

/** Longest slug `slugify` makes; long enough for a headline's gist, short enough for a URL. */
export const MAX_SLUG_LENGTH = 60;

export { SLUG_PATTERN };

/** The dek a new explainer starts with: it passes the check, and the TODO is easy to find. */
export const DEK_PLACEHOLDER = "TODO: one sentence that sums up the story.";

/**
 * A URL slug from a headline: lower-case ASCII, accents folded, words joined by single hyphens,
 * at most 60 characters, cut at a word boundary. `"Zelensky's claim: 3,000 in Kursk"` →
 * "zelenskys-claim-3000-in-kursk". Throws when nothing usable is left (e.g. "¿?", "Курск").
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = slugWords(title);
  if (!words) {
    throw new AuthoringError(
      `Cannot make a URL slug from ${JSON.stringify(title)}: it has no letters or digits in a-z, 0-9.`,
      'Give one: npm run new -- "Title" --slug words-with-hyphens',
    );
  }
  return shortenSlug(words, maxLength);
}

/** `2026-10-01T12:34:00Z`: an instant in UTC, cut down to the minute. */
export function publishedStamp(now: Date): string {
  return now.toISOString().slice(0, 16) + ":00Z";
}

/** What each configured section should hold (the reference shape); keyed by section key. */
export const SECTION_PROMPTS: Record<string, string> = {
  "why-it-matters":
    'Two short paragraphs: why a reader should care. Every number is a claim: <Claim id="claim-id" />.',
  "what-to-know": `Four or five short paragraphs, or a list: the facts, each figure as <Claim id="claim-id" />. A chart: <ClaimsTimeline subject="subject-id" metric="${siteConfig.metrics[0]?.id ?? "metric-id"}" />.`,
  "who-said-what":
    'Three or four quotes, each introduced by who the speaker is: <Quote by="claimant-id" date="YYYY-MM-DD" source="https://...">their words</Quote>.',
  "what-happens-next": "One paragraph: what happens next, and when.",
};

const LEDE_PROMPT =
  "Lede: one or two sentences on what happened, before the first section. Paragraphs are one to three sentences. Delete these notes as you write.";

/** An MDX comment: it is never rendered, so a scaffold can be previewed and checked as it is. */
const note = (text: string) => `{/* ${text.replace(/\*\//g, "* /")} */}`;

export interface ExplainerTemplate {
  title: string;
  /** When it is published; written in UTC to the minute. */
  date: Date;
  authors: readonly string[];
  topics: readonly string[];
  /** The sections to lay out, in order; defaults to the site's. */
  sections?: readonly SectionSpec[];
}

/**
 * The text of a new explainer: front matter (a draft, with a placeholder dek), then every
 * configured section heading, each with a one-line note on what goes in it.
 */
export function renderExplainerTemplate(t: ExplainerTemplate): string {
  const q = (s: string) => stringify(s, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 }).trim();
  const list = (ids: readonly string[]) => `[${ids.join(", ")}]`;
  const sections = t.sections ?? siteConfig.sections;
  return [
    "---",
    `title: ${q(t.title)}`,
    `dek: ${q(DEK_PLACEHOLDER)}`,
    `published: ${publishedStamp(t.date)}`,
    `authors: ${list(t.authors)}`,
    `topics: ${list(t.topics)}`,
    "draft: true",
    "---",
    "",
    note(LEDE_PROMPT),
    ...sections.flatMap((s) => [
      "",
      `## ${s.label}`,
      "",
      note(
        (SECTION_PROMPTS[s.key] ?? `${s.label}: write this section.`) +
          (s.required ? "" : " Optional: delete the section if there is nothing to say."),
      ),
    ]),
    "",
  ].join("\n");
}

/** `a,b` and repeated flags alike: `["a,b", "c"]` → ["a", "b", "c"], without blanks or repeats. */
export function splitList(values: readonly string[] | undefined): string[] {
  const out = (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim());
  return [...new Set(out.filter(Boolean))];
}

/** Where `npm run dev` shows an explainer, under the configured (or SITE_BASE) base path. */
export function devUrl(
  slug: string,
  base: string = process.env.SITE_BASE || siteConfig.base,
): string {
  return `http://127.0.0.1:4321${normaliseBase(base)}explainers/${slug}/`;
}

export interface CreateExplainerOptions {
  title: string;
  /** The file name; made from the title when not given. */
  slug?: string;
  /** Author ids; the site's `defaultAuthors` when empty or not given. */
  authors?: readonly string[];
  /** Topic ids; free text is turned into ids ("North Korea" → north-korea). */
  topics?: readonly string[];
  /** "Now" for `published`; `buildNow()` (SOURCE_DATE_EPOCH or the clock) when not given. */
  now?: Date;
  sections?: readonly SectionSpec[];
}

export interface CreatedExplainer {
  slug: string;
  /** Relative to the project root: `src/content/explainers/<slug>.mdx`. */
  path: string;
  text: string;
}

/** The path of an explainer's file, relative to the project root. */
export const explainerPath = (slug: string) => `${CONTENT_DIR}/explainers/${slug}.mdx`;

/**
 * Write a new draft explainer under `root`. Refuses (with an `AuthoringError`) to overwrite an
 * existing file, and refuses to write one the content check would reject (an unknown author id,
 * say), so what it writes always previews and checks clean.
 */
export function createExplainer(root: string, options: CreateExplainerOptions): CreatedExplainer {
  const title = options.title.trim();
  if (!title) throw new AuthoringError("The title is empty.", USAGE_HINT);
  const slug = options.slug?.trim() || slugify(title);
  if (!SLUG_PATTERN.test(slug)) {
    throw new AuthoringError(
      `--slug ${JSON.stringify(slug)} is not a URL slug.`,
      `Use lower-case letters, digits and single hyphens, e.g. --slug ${slugify(slug.replace(/-/g, " ") || "my-explainer")}`,
    );
  }
  const path = explainerPath(slug);
  const abs = join(root, path);
  if (existsSync(abs)) {
    throw new AuthoringError(
      `${path} already exists; nothing was written.`,
      `Choose another title, or give the new explainer its own slug: npm run new -- ${JSON.stringify(title)} --slug ${slug}-2`,
    );
  }
  const authors = splitList(options.authors);
  const text = renderExplainerTemplate({
    title,
    date: options.now ?? buildNow(),
    authors: authors.length ? authors : siteConfig.defaultAuthors,
    topics: splitList(options.topics).map((t) => (SLUG_PATTERN.test(t) ? t : slugify(t))),
    sections: options.sections,
  });

  // Check the new file against the real content, so an unknown author is caught now, not later.
  const sources = readContentSources(root);
  sources.explainers.push({ path, text });
  const issues = checkContent(sources, {
    sections: options.sections ?? siteConfig.sections,
    now: options.now ?? buildNow(),
    includeDrafts: true,
  }).filter((i) => i.file === path && i.severity !== "warning");
  if (issues.length) {
    throw new AuthoringError(
      `${path} was not written: the new explainer would not pass the content check.`,
      formatReport(issues).trimEnd(),
    );
  }

  mkdirSync(dirname(abs), { recursive: true });
  // "wx": fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(abs, text, { flag: "wx" });
  return { slug, path, text };
}

export const USAGE = `Usage: npm run new -- "Title of the explainer" [options]

Creates src/content/explainers/<slug>.mdx as a draft, with every section laid out.

Options:
  --slug <slug>      the file name and URL (default: made from the title)
  --author <id>      an author id from src/content/authors/; repeat it or use commas
                     (default: ${siteConfig.defaultAuthors.join(", ") || "none configured"})
  --topic <id>       a topic id, e.g. north-korea; repeat it or use commas
  -h, --help         show this help

Run it in a terminal without a title to be asked for the title, authors and topics.`;
