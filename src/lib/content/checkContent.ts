import type { z } from "astro/zod";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { EARLIEST_YEAR } from "../../schemas/fields.ts";
import { shortenSlug, SLUG_MAX_LENGTH, SLUG_PATTERN, slugWords } from "../util/slug.ts";
import {
  authorSchema,
  claimantSchema,
  claimSchema,
  eventSchema,
  explainerSchema,
  subjectSchema,
} from "../../schemas/index.ts";
import { METRICS, SCOPES, type Claim } from "../../schemas/claim.ts";
import { chartClaims, chartUses } from "../claims/chartSelection.ts";
import type { SectionSpec } from "../../site.config.ts";
import { checkExplainerBody } from "./bodyRules.ts";
import { AUTHOR_COMPONENTS, isAuthorComponent } from "../../schemas/components.ts";
import { isCalendarDate, isoDay } from "../util/dates.ts";
import { suggest, closest } from "../util/didYouMean.ts";
import { show, sortIssues, type ContentIssue, type SourcePosition } from "./issues.ts";
import { parseMdx } from "./mdxSource.ts";
import { checkAgainstSchema, fieldName } from "./schemaIssues.ts";
import { checkSections } from "./sections.ts";
import { describeUrlProblem, INVISIBLE, sourceUrlProblem } from "../util/urls.ts";
import { parseYamlSource, type FieldPath, type YamlSource } from "./yamlSource.ts";

/** A content file: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export const DATA_COLLECTIONS = ["claims", "claimants", "subjects", "authors", "events"] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];
export type ContentSources = Record<DataCollection | "explainers", SourceFile[]> & {
  /** Files in the content folders that are not read as content, and why (wrong name, bad bytes). */
  unread?: ContentIssue[];
};

const SCHEMAS: Record<DataCollection, z.ZodType> = {
  claims: claimSchema,
  claimants: claimantSchema,
  subjects: subjectSchema,
  authors: authorSchema,
  events: eventSchema,
};
const NOUN: Record<DataCollection, string> = {
  claims: "claim",
  claimants: "claimant",
  subjects: "subject",
  authors: "author",
  events: "event",
};

export const CONTENT_DIR = "src/content";

/** Far beyond any real story or dataset; past these a file is an attack on the build machine. */
export const MAX_EXPLAINER_BYTES = 2 ** 20;
export const MAX_DATA_BYTES = 32 * 2 ** 20;

/** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b >= 0xe1 && b <= 0xef && b !== 0xed
              ? [3, 0x80, 0xbf]
              : b === 0xed
                ? [3, 0x80, 0x9f]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : b === 0xf4
                      ? [4, 0x80, 0x8f]
                      : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // The second byte has the narrower range (no overlongs, surrogates or > U+10FFFF).
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** The line and column of a byte offset, counting characters as an editor does. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lines = new TextDecoder().decode(bytes.subarray(0, offset)).split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Read every content file under `<root>/src/content`, sorted so reports are stable. Files the
 * loaders would not read (another extension or case, an explainer in a subfolder) and files that
 * are not UTF-8 are not silently skipped: each comes back in `unread` with what to do.
 */
export function readContentSources(root: string): ContentSources {
  const unread: ContentIssue[] = [];
  const list = (dir: DataCollection | "explainers"): SourceFile[] => {
    const abs = join(root, CONTENT_DIR, dir);
    const out: SourceFile[] = [];
    const ext = dir === "explainers" ? ".mdx" : ".yaml";
    const visit = (d: string, depth: number) => {
      let names: string[];
      try {
        names = readdirSync(d).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const p = join(d, name);
        const path = relative(root, p).split(sep).join("/");
        // Files and folders starting with _ or . are not content (the loaders skip them too).
        if (name.startsWith("_") || name.startsWith(".")) continue;
        const at = { file: path, line: 1, column: 1 };
        if (statSync(p).isDirectory()) {
          if (dir === "explainers")
            unread.push({
              ...at,
              message: "explainers live directly in src/content/explainers/, not in folders",
              hint: `Move the .mdx files in ${path}/ up one level (the file name is the page's address), or rename the folder _${name} to keep it out of the site.`,
            });
          else visit(p, depth + 1);
          continue;
        }
        if (!name.endsWith(ext)) {
          const stem = name.replace(/\.[^.]*$/, "");
          unread.push({
            ...at,
            message: `is not read: ${dir === "explainers" ? "explainers" : `${NOUN[dir]} files`} end in ${ext}`,
            hint: `Rename it to ${stem}${ext}, or start its name with _ to keep it out of the site.`,
          });
          continue;
        }
        const limit = dir === "explainers" ? MAX_EXPLAINER_BYTES : MAX_DATA_BYTES;
        const size = statSync(p).size;
        if (size > limit) {
          unread.push({
            ...at,
            message: `is ${Math.ceil(size / 1024).toLocaleString("en")} KB; ${dir === "explainers" ? "an explainer" : "a data file"} may be at most ${(limit / 1024).toLocaleString("en")} KB`,
            hint:
              dir === "explainers"
                ? "An explainer is a few thousand words: split it, or move data into claims."
                : "Split the entries across several files.",
          });
          continue;
        }
        const bytes = readFileSync(p);
        const bad = firstBadUtf8Byte(bytes);
        if (bad !== -1) {
          unread.push({
            file: path,
            ...placeOf(bytes, bad),
            message: "is not valid UTF-8 text",
            hint: "Save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8).",
          });
          continue;
        }
        // Kept as Node and Astro read it (a byte-order mark stays), so both see the same text.
        out.push({ path, text: bytes.toString("utf8") });
      }
    };
    visit(abs, 0);
    return out;
  };
  return {
    explainers: list("explainers"),
    claims: list("claims"),
    claimants: list("claimants"),
    subjects: list("subjects"),
    authors: list("authors"),
    events: list("events"),
    unread,
  };
}

/** A validated entry and where it was written. */
interface Located<T> {
  value: T;
  /** Whether it passed its schema (a failed one is kept so references to it still resolve). */
  valid: boolean;
  pos: SourcePosition;
  source: YamlSource;
  index: number;
}

export interface CheckOptions {
  sections: readonly SectionSpec[];
  /** Claims dated after this day are refused. */
  now: Date;
  /**
   * Check draft explainers too. The checker does; the production build does not, because it
   * does not publish them, and one reporter's half-written draft must not block everyone else.
   */
  includeDrafts: boolean;
}

/**
 * Check all content at once and return every problem found: YAML and MDX syntax, schema rules,
 * duplicate and unknown ids (with did-you-mean), claim rules, explainer sections, and the
 * components and links used in each explainer. Never throws on bad content.
 */
export function checkContent(sources: ContentSources, options: CheckOptions): ContentIssue[] {
  const issues: ContentIssue[] = [...(sources.unread ?? [])];
  const today = isoDay(options.now);

  // 1. Data collections: each file is a list of entries; each entry must fit its schema.
  const entries = {} as Record<DataCollection, Map<string, Located<Record<string, unknown>>>>;
  for (const collection of DATA_COLLECTIONS) {
    const byId = new Map<string, Located<Record<string, unknown>>>();
    entries[collection] = byId;
    for (const file of sources[collection]) {
      const source = parseYamlSource(file.path, file.text);
      issues.push(...source.issues);
      if (source.issues.length) continue;
      if (source.data == null) continue; // an empty file declares nothing
      if (!Array.isArray(source.data)) {
        issues.push({
          ...source.positionOf([]),
          message: `must be a list of ${NOUN[collection]}s, each starting with "- id: ..."`,
        });
        continue;
      }
      source.data.forEach((raw, index) => {
        const pos = source.positionOf([index]);
        const rawId = (raw as { id?: unknown } | null)?.id;
        const { value, issues: found } = checkAgainstSchema(SCHEMAS[collection], raw, source, [
          index,
        ]);
        issues.push(...found, ...reorderingText(raw, source, [index]));
        if (typeof rawId !== "string") return;
        const first = byId.get(rawId);
        if (first) {
          issues.push({
            ...source.positionOf([index, "id"]),
            field: "id",
            message: `duplicate ${NOUN[collection]} id "${rawId}"; first declared at ${first.pos.file}:${first.pos.line}`,
            hint: "Every id is declared exactly once: rename one of them.",
          });
          return;
        }
        // Keep entries that failed the schema too, so references to them don't also fail.
        byId.set(rawId, {
          value: (value ?? raw) as Record<string, unknown>,
          valid: value !== undefined,
          pos,
          source,
          index,
        });
      });
    }
  }

  const ref = (
    collection: DataCollection,
    id: unknown,
    at: SourcePosition,
    field: string,
  ): boolean => {
    if (typeof id !== "string" || entries[collection].has(id)) return true;
    issues.push({
      ...at,
      field,
      message: `unknown ${NOUN[collection]} ${show(id)}`,
      hint: `${suggest(id, [...entries[collection].keys()], NOUN[collection])} ${NOUN[collection][0]!.toUpperCase()}${NOUN[collection].slice(1)}s are declared in ${CONTENT_DIR}/${collection}/.`,
    });
    return false;
  };

  // 2. Claims: references, dates against the build day, revisions.
  for (const [id, claim] of entries.claims) {
    const c = claim.value as {
      claimant?: unknown;
      relayedVia?: unknown;
      subject?: unknown;
      date?: unknown;
      supersedes?: unknown;
    };
    const at = (field: string) => claim.source.positionOf([claim.index, field]);
    ref("claimants", c.claimant, at("claimant"), "claimant");
    if (c.relayedVia != null) ref("claimants", c.relayedVia, at("relayedVia"), "relayedVia");
    ref("subjects", c.subject, at("subject"), "subject");
    const future = futureDate(
      c.date,
      today,
      at("date"),
      "date",
      "A claim's date is the day it was made",
    );
    if (future) issues.push(future);
    if (c.supersedes != null && ref("claims", c.supersedes, at("supersedes"), "supersedes")) {
      const earlier = entries.claims.get(String(c.supersedes))!.value as { date?: unknown };
      if (c.supersedes === id) {
        issues.push({
          ...at("supersedes"),
          field: "supersedes",
          message: "a claim cannot supersede itself",
        });
      } else if (
        typeof earlier.date === "string" &&
        typeof c.date === "string" &&
        earlier.date > c.date
      ) {
        issues.push({
          ...at("supersedes"),
          field: "supersedes",
          message: `"${String(c.supersedes)}" (${earlier.date}) is later than this claim (${c.date})`,
          hint: "supersedes points at an earlier claim that this one revises.",
        });
      }
    }
  }
  issues.push(...revisionLoops(entries.claims));
  for (const [, event] of entries.events) {
    const e = event.value as { subject?: unknown; date?: unknown };
    if (e.subject != null)
      ref("subjects", e.subject, event.source.positionOf([event.index, "subject"]), "subject");
  }

  // 3. Explainers: front matter, sections, components and links.
  const validClaims = [...entries.claims.values()]
    .filter((c) => c.valid)
    .map((c) => c.value as Claim);
  for (const file of sources.explainers) {
    issues.push(...checkExplainer(file, options, ref, validClaims));
  }
  return dedupe(sortIssues(issues));
}

/** The same problem found by two rules (a raw and a parsed reading of one field) is one problem. */
function dedupe(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const message = i.message.replace(/ \(got [^]*\)$/, "");
    const key = `${i.file}:${i.line}:${i.column}:${i.field ?? ""}:${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A dated field after the build day, as an issue; undefined when it is not. */
function futureDate(
  value: unknown,
  today: string,
  at: SourcePosition,
  field: string,
  what: string,
): ContentIssue | undefined {
  const day =
    value instanceof Date ? isoDay(value) : typeof value === "string" ? value.slice(0, 10) : "";
  if (!isCalendarDate(day) || day <= today) return undefined;
  return {
    ...at,
    field,
    message: `${day} is in the future (the build date is ${today})`,
    hint: `${what}; check the year.`,
  };
}

/**
 * Revision chains that go round in a loop (a supersedes b supersedes a). Each claim names at
 * most one earlier claim, so the chains form a functional graph: one walk that colours each
 * claim once finds every loop in time linear in the number of claims.
 */
function revisionLoops(claims: Map<string, Located<Record<string, unknown>>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const next = (id: string) => {
    const to = claims.get(id)?.value.supersedes;
    return typeof to === "string" && to !== id && claims.has(to) ? to : undefined;
  };
  const state = new Map<string, "walking" | "done">();
  for (const start of claims.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !state.has(id)) {
      state.set(id, "walking");
      path.push(id);
      id = next(id);
    }
    if (id !== undefined && state.get(id) === "walking") {
      // The loop is the tail of this walk from `id` on; report it once, at each member.
      const loop = path.slice(path.indexOf(id));
      for (const member of loop) {
        const claim = claims.get(member)!;
        const from = loop.indexOf(member);
        const order = [...loop.slice(from), ...loop.slice(0, from), member];
        issues.push({
          ...claim.source.positionOf([claim.index, "supersedes"]),
          field: "supersedes",
          message: `revisions go round in a loop: ${order.join(" → ")}`,
          hint: "Each claim revises an earlier one; remove supersedes from the oldest.",
        });
      }
    }
    for (const done of path) state.set(done, "done");
  }
  return issues;
}

/**
 * Characters that reorder the text around them (bidirectional embeddings, overrides and
 * isolates) in any text field of an entry, and in names and labels any invisible or direction
 * character at all: there they can make a page say something other than what was checked, or
 * make two names that look the same differ.
 */
const REORDERING = /[\u202a-\u202e\u2066-\u2069]/;
const NAME_FIELDS = new Set([
  "name",
  "label",
  "title",
  "dek",
  "role",
  "affiliation",
  "publisher",
  "channel",
  "place",
]);
function reorderingText(value: unknown, source: YamlSource, path: FieldPath): ContentIssue[] {
  const out: ContentIssue[] = [];
  const walk = (v: unknown, at: FieldPath, depth: number) => {
    if (depth > 50) return;
    if (typeof v === "string") {
      const key = at.at(-1);
      const found =
        REORDERING.exec(v) ??
        (typeof key === "string" && NAME_FIELDS.has(key) ? INVISIBLE.exec(v) : null);
      if (found)
        out.push({
          ...source.positionOf(at),
          field: fieldName(at.slice(typeof at[0] === "number" ? 1 : 0)) || undefined,
          message: `contains an invisible or text-direction character (U+${found[0]
            .charCodeAt(0)
            .toString(16)
            .toUpperCase()
            .padStart(4, "0")})`,
          hint: "Delete it: direction characters can reverse the text around them, and invisible ones make look-alike names.",
        });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i], depth + 1));
    else if (v && typeof v === "object" && !(v instanceof Date))
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k], depth + 1);
  };
  walk(value, path, 0);
  return out;
}

function checkExplainer(
  file: SourceFile,
  options: CheckOptions,
  ref: (c: DataCollection, id: unknown, at: SourcePosition, field: string) => boolean,
  claims: readonly Claim[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const mdx = parseMdx(file.path, file.text);
  const data = mdx.frontmatter?.data;
  // Whether a file is a draft is what Astro reads in its front matter (the same parser and the
  // same value the loader leaves drafts out by), never a text search. A production build
  // neither checks nor builds drafts, even ones whose body does not parse yet.
  if (!options.includeDrafts && data?.draft === true) return [];

  const slug = file.path
    .split("/")
    .pop()!
    .replace(/\.mdx$/, "");
  if (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX_LENGTH) {
    issues.push({
      file: file.path,
      line: 1,
      column: 1,
      message: `file name "${slug}.mdx" is not a URL slug`,
      hint: `The file name is the page's address: use up to ${SLUG_MAX_LENGTH} lower-case letters, digits and hyphens, e.g. "${
        shortenSlug(slugWords(slug), SLUG_MAX_LENGTH) || "my-story"
      }.mdx".`,
    });
  }
  issues.push(...mdx.issues);

  // Front matter: validated as Astro parsed it (the value that is published); placed with a
  // second, position-keeping reading of the same text.
  const fmMissing = {
    file: file.path,
    line: 1,
    column: 1,
    message: "has no front matter",
    hint: "Start the file with --- and the fields title, dek, published and authors, then ---.",
  };
  if (!mdx.frontmatter) {
    issues.push(fmMissing);
  } else if (mdx.frontmatter.toml) {
    issues.push({
      ...fmMissing,
      message: "front matter must be YAML between --- lines, not TOML between +++ lines",
    });
  } else if (data) {
    const fm = parseYamlSource(file.path, mdx.frontmatter.text, mdx.frontmatter.lineOffset);
    issues.push(...fm.issues);
    if (!fm.issues.length) {
      // Astro's parser reads `2025-02-30` as 2 March and `0025` as 1925 without a word, so the
      // text as written must pass the same rules as the value that is published.
      const written = (fm.data ?? {}) as Record<string, unknown>;
      issues.push(...checkAgainstSchema(explainerSchema, data, fm).issues);
      issues.push(...checkAgainstSchema(explainerSchema, written, fm).issues);
      issues.push(...reorderingText(data, fm, []));
      const today = isoDay(options.now);
      for (const field of ["published", "updated"]) {
        const future = futureDate(
          written[field],
          today,
          fm.positionOf([field]),
          field,
          "Publication dates are when the story went out",
        );
        if (future) issues.push(future);
      }
      if (Array.isArray(written.corrections))
        written.corrections.forEach((c, i) => {
          const future = futureDate(
            (c as { date?: unknown } | null)?.date,
            today,
            fm.positionOf(["corrections", i, "date"]),
            `corrections[${i}].date`,
            "A correction is dated the day it was made",
          );
          if (future) issues.push(future);
        });
      // `npm run new` leaves TODO placeholders; a draft may keep them, a published story may not.
      if (data.draft !== true) {
        for (const field of ["title", "dek"]) {
          const value = data[field];
          if (typeof value === "string" && /^\s*TODO\b/i.test(value)) {
            issues.push({
              ...fm.positionOf([field]),
              field,
              message: "still has the placeholder text from `npm run new`",
              hint: `Write the ${field === "dek" ? "one-sentence summary" : "headline"}, or keep draft: true until it is ready.`,
            });
          }
        }
      }
      if (Array.isArray(data.authors)) {
        data.authors.forEach((a, i) =>
          ref("authors", a, fm.positionOf(["authors", i]), `authors[${i}]`),
        );
      }
    }
  }
  if (!mdx.tree) return issues;

  const { issues: sectionIssues } = checkSections(
    file.path,
    mdx.headings,
    options.sections,
    mdx.lastLine,
  );
  issues.push(...sectionIssues);

  // The body rules the compile enforces (code, components and props, HTML, links, images).
  issues.push(...checkExplainerBody(mdx.tree, file.path, file.text));

  // What only the check can know: required props, ids that exist, charts that have claims.
  const today = isoDay(options.now);
  for (const el of mdx.elements) {
    if (!isAuthorComponent(el.name)) continue; // reported by the body rules
    const spec = AUTHOR_COMPONENTS[el.name]!;
    const at = { file: file.path, line: el.line, column: el.column };
    for (const [name, propSpec] of Object.entries(spec.props)) {
      const field = `<${el.name} ${name}>`;
      if (!Object.hasOwn(el.props, name)) {
        if (propSpec.required)
          issues.push({
            ...at,
            field,
            message: `<${el.name}> needs ${/^[aeiou]/.test(name) ? "an" : "a"} ${name} prop`,
            hint: `For example: ${spec.example}`,
          });
        continue;
      }
      const prop = el.props[name]!;
      if (typeof prop.value !== "string") continue; // reported by the body rules
      const pAt = { file: file.path, line: prop.line, column: prop.column };
      const v = prop.value;
      if (propSpec.kind === "claimId") ref("claims", v, pAt, field);
      else if (propSpec.kind === "claimantId") ref("claimants", v, pAt, field);
      else if (propSpec.kind === "subjectId") ref("subjects", v, pAt, field);
      else if (propSpec.kind === "metric" && !(METRICS as readonly string[]).includes(v))
        issues.push({
          ...pAt,
          field,
          message: `unknown metric ${show(v)}`,
          hint: `${closest(v, METRICS) ? `Did you mean "${closest(v, METRICS)}"? ` : ""}Metrics: ${METRICS.join(", ")}.`,
        });
      else if (propSpec.kind === "scope" && !(SCOPES as readonly string[]).includes(v))
        issues.push({
          ...pAt,
          field,
          message: `unknown scope ${show(v)}`,
          hint: `Scopes: ${SCOPES.join(", ")}.`,
        });
      else if (propSpec.kind === "date") {
        if (!isCalendarDate(v))
          issues.push({
            ...pAt,
            field,
            message: `${show(v)} is not a real date`,
            hint: "Write dates as YYYY-MM-DD, e.g. 2025-01-04.",
          });
        else if (Number(v.slice(0, 4)) < EARLIEST_YEAR)
          issues.push({
            ...pAt,
            field,
            message: `${v} is before ${EARLIEST_YEAR}`,
            hint: "Check the year.",
          });
        else if (el.name === "Quote") {
          const future = futureDate(v, today, pAt, field, "A quote is dated the day it was said");
          if (future) issues.push(future);
        }
      } else if (propSpec.kind === "url") {
        const problem = sourceUrlProblem(v);
        if (problem)
          issues.push({
            ...pAt,
            field,
            message: `source ${describeUrlProblem(problem)} (got ${show(v)})`,
            hint: "Sources are absolute https:// or http:// addresses.",
          });
      } else if (propSpec.kind === "text" && v.trim() === "")
        issues.push({ ...pAt, field, message: `${name} is empty` });
    }
    if (el.name === "ClaimsTimeline" || el.name === "ClaimsCompare") {
      const [chart] = chartUses([el]);
      const metric = el.props.metric?.value;
      const knownMetric =
        typeof metric === "string" && (METRICS as readonly string[]).includes(metric);
      if (chart && knownMetric && chartClaims(chart, claims).length === 0) {
        issues.push({
          ...at,
          field: `<${el.name}>`,
          message: `nothing to chart: no claims match ${Object.entries(chart.props)
            .filter(([k]) => k !== "caption")
            .map(([k, v]) => `${k}="${v}"`)
            .join(" ")}`,
          hint:
            el.name === "ClaimsCompare"
              ? "A comparison shows each claimant's latest running total (scope: cumulative) up to `at`."
              : "Check the subject, metric and filters, or add the claims to src/content/claims/.",
        });
      }
    }
    if (spec.children === "required" && el.text === "")
      issues.push({
        ...at,
        field: `<${el.name}>`,
        message: `<${el.name}> has no words inside it`,
        hint: `For example: ${spec.example}`,
      });
    if (spec.children === "none" && el.text !== "")
      issues.push({
        ...at,
        field: `<${el.name}>`,
        message: `<${el.name}> takes no content; close it with />`,
        hint: `For example: ${spec.example}`,
      });
  }
  return issues;
}
