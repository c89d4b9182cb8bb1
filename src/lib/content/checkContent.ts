import type { z } from "astro/zod";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import {
  authorSchema,
  claimantSchema,
  claimSchema,
  eventSchema,
  explainerSchema,
  subjectSchema,
} from "../../schemas/index.ts";
import { METRICS, SCOPES, type Claim } from "../../schemas/claim.ts";
import { chartClaims, chartUses } from "../claims/explainerContext.ts";
import type { SectionSpec } from "../../site.config.ts";
import { AUTHOR_COMPONENTS } from "./componentProps.ts";
import { isCalendarDate, isoDay } from "./dates.ts";
import { suggest, closest } from "./didYouMean.ts";
import { show, sortIssues, type ContentIssue, type SourcePosition } from "./issues.ts";
import { parseMdx, type MdxElementUse } from "./mdxSource.ts";
import { checkAgainstSchema } from "./schemaIssues.ts";
import { checkSections } from "./sections.ts";
import { describeUrlProblem, isSafeLinkHref, sourceUrlProblem } from "./urls.ts";
import { parseYamlSource, type YamlSource } from "./yamlSource.ts";

/** A content file: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export const DATA_COLLECTIONS = ["claims", "claimants", "subjects", "authors", "events"] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];
export type ContentSources = Record<DataCollection | "explainers", SourceFile[]>;

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

/** Read every content file under `<root>/src/content`, sorted so reports are stable. */
export function readContentSources(root: string): ContentSources {
  const list = (dir: string, exts: RegExp): SourceFile[] => {
    const abs = join(root, CONTENT_DIR, dir);
    const out: SourceFile[] = [];
    const visit = (d: string) => {
      let names: string[];
      try {
        names = readdirSync(d).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const p = join(d, name);
        // Files and folders starting with _ or . are not content (the loaders skip them too).
        if (name.startsWith("_") || name.startsWith(".")) continue;
        if (statSync(p).isDirectory()) visit(p);
        else if (exts.test(name))
          out.push({ path: relative(root, p).split(sep).join("/"), text: readFileSync(p, "utf8") });
      }
    };
    visit(abs);
    return out;
  };
  return {
    explainers: list("explainers", /\.mdx$/),
    claims: list("claims", /\.ya?ml$/),
    claimants: list("claimants", /\.ya?ml$/),
    subjects: list("subjects", /\.ya?ml$/),
    authors: list("authors", /\.ya?ml$/),
    events: list("events", /\.ya?ml$/),
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
  const issues: ContentIssue[] = [];
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
        issues.push(...found);
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
      message: `unknown ${NOUN[collection]} "${id}"`,
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
    if (typeof c.date === "string" && isCalendarDate(c.date) && c.date > today) {
      issues.push({
        ...at("date"),
        field: "date",
        message: `${c.date} is in the future (the build date is ${today})`,
        hint: "A claim's date is the day it was made; check the year.",
      });
    }
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
      } else {
        // Same-day revisions are allowed, so dates alone cannot rule out a loop: follow it.
        const chain = [id];
        let next = c.supersedes as string | undefined;
        while (next && entries.claims.has(next) && !chain.includes(next)) {
          chain.push(next);
          next =
            (entries.claims.get(next)!.value as { supersedes?: string }).supersedes ?? undefined;
        }
        if (next === id) {
          issues.push({
            ...at("supersedes"),
            field: "supersedes",
            message: `revisions go round in a loop: ${[...chain, id].join(" → ")}`,
            hint: "Each claim revises an earlier one; remove supersedes from the oldest.",
          });
        }
      }
    }
  }
  for (const [, event] of entries.events) {
    const subject = (event.value as { subject?: unknown }).subject;
    if (subject != null)
      ref("subjects", subject, event.source.positionOf([event.index, "subject"]), "subject");
  }

  // 3. Explainers: front matter, sections, components and links.
  const validClaims = [...entries.claims.values()]
    .filter((c) => c.valid)
    .map((c) => c.value as Claim);
  for (const file of sources.explainers) {
    issues.push(...checkExplainer(file, options, ref, validClaims));
  }
  return sortIssues(issues);
}

function checkExplainer(
  file: SourceFile,
  options: CheckOptions,
  ref: (c: DataCollection, id: unknown, at: SourcePosition, field: string) => boolean,
  claims: readonly Claim[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const slug = file.path
    .split("/")
    .pop()!
    .replace(/\.mdx$/, "");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    issues.push({
      file: file.path,
      line: 1,
      column: 1,
      message: `file name "${slug}.mdx" is not a URL slug`,
      hint: `The file name is the page's address: use lower-case words joined by hyphens, e.g. "${slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}.mdx".`,
    });
  }
  // A draft is skipped before it is even parsed: the production build must not stop on a
  // half-written story, even one whose MDX does not parse yet.
  if (!options.includeDrafts && /^---\r?\n[^]*?^draft:\s*true\s*$[^]*?^---\s*$/m.test(file.text))
    return [];
  const mdx = parseMdx(file.path, file.text);
  issues.push(...mdx.issues);
  if (mdx.issues.length) return issues;

  // Front matter, with positions shifted to the MDX file's lines.
  if (!mdx.frontmatter) {
    issues.push({
      file: file.path,
      line: 1,
      column: 1,
      message: "has no front matter",
      hint: "Start the file with --- and the fields title, dek, published and authors, then ---.",
    });
  } else {
    const fm = parseYamlSource(file.path, mdx.frontmatter.text, mdx.frontmatter.line - 1);
    issues.push(...fm.issues);
    if (!fm.issues.length) {
      const data = (fm.data ?? {}) as Record<string, unknown>;
      if (data.draft === true && !options.includeDrafts) return [];
      issues.push(...checkAgainstSchema(explainerSchema, data, fm).issues);
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

  const { issues: sectionIssues } = checkSections(
    file.path,
    mdx.headings,
    options.sections,
    mdx.lastLine,
  );
  issues.push(...sectionIssues);

  for (const el of mdx.elements) {
    const at = { file: file.path, line: el.line, column: el.column };
    const isHtml = /^[a-z]/.test(el.name);
    if (isHtml) {
      issues.push(...checkHtmlElement(file.path, el));
      continue;
    }
    const spec = AUTHOR_COMPONENTS[el.name];
    if (!spec) {
      const near = closest(el.name, Object.keys(AUTHOR_COMPONENTS));
      issues.push({
        ...at,
        field: `<${el.name}>`,
        message: `unknown component <${el.name}>`,
        hint: near
          ? `Did you mean <${near}>?`
          : `Components available in explainers: ${Object.keys(AUTHOR_COMPONENTS)
              .map((c) => `<${c}>`)
              .join(", ")}.`,
      });
      continue;
    }
    for (const [name, prop] of Object.entries(el.props)) {
      if (spec.props[name]) continue;
      const near = closest(name, Object.keys(spec.props));
      issues.push({
        file: file.path,
        line: prop.line,
        column: prop.column,
        field: `<${el.name} ${name}>`,
        message: `<${el.name}> has no prop "${name}"`,
        hint: near
          ? `Did you mean "${near}"?`
          : `Its props are: ${Object.keys(spec.props).join(", ")}.`,
      });
    }
    for (const [name, propSpec] of Object.entries(spec.props)) {
      const prop = el.props[name];
      const field = `<${el.name} ${name}>`;
      if (!prop) {
        if (propSpec.required)
          issues.push({
            ...at,
            field,
            message: `<${el.name}> needs a ${name} prop`,
            hint: `For example: ${spec.example}`,
          });
        continue;
      }
      const pAt = { file: file.path, line: prop.line, column: prop.column };
      if (typeof prop.value !== "string") {
        issues.push({
          ...pAt,
          field,
          message: `${name} must be written as text in quotes`,
          hint: `For example: ${spec.example}`,
        });
        continue;
      }
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
      else if (propSpec.kind === "date" && !isCalendarDate(v))
        issues.push({
          ...pAt,
          field,
          message: `${show(v)} is not a real date`,
          hint: "Write dates as YYYY-MM-DD, e.g. 2025-01-04.",
        });
      else if (propSpec.kind === "url") {
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

  for (const code of mdx.code) {
    const what =
      code.kind === "esm"
        ? "an import or export"
        : code.kind === "spread"
          ? `a {...} spread of props`
          : `the expression {${code.text.trim().slice(0, 40)}}`;
    issues.push({
      file: file.path,
      line: code.line,
      column: code.column,
      field: "code",
      message: `code is not allowed in an explainer: ${what}`,
      hint: 'Explainers hold content only. Figures come from <Claim id="..." />; write notes as {/* a note */}.',
    });
  }

  for (const link of mdx.links) {
    if (!isSafeLinkHref(link.url)) {
      issues.push({
        file: file.path,
        line: link.line,
        column: link.column,
        field: "link",
        message: `unsafe link ${show(link.url)}`,
        hint: "Links must be http(s), mailto, a #fragment or a relative path.",
      });
    }
  }
  return issues;
}

/**
 * HTML written straight into an explainer: a short list of harmless elements and attributes.
 * Anything that could run script (event handlers, `set:html`, `srcdoc`, frames, forms) or point a
 * link at `javascript:` is refused, whatever its case.
 */
const HTML_ELEMENTS = new Set(
  (
    "a abbr b br cite code dd del dfn div dl dt em figcaption figure hr i img ins kbd li mark ol " +
    "p q s small span strong sub sup table tbody td th thead time tr u ul wbr"
  ).split(" "),
);
const HTML_ATTRIBUTES = new Set(
  "href title id class classname lang dir cite datetime alt src width height colspan rowspan scope role start reversed".split(
    " ",
  ),
);
const URL_ATTRIBUTES = new Set(["href", "src", "cite"]);

function checkHtmlElement(file: string, el: MdxElementUse): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!HTML_ELEMENTS.has(el.name)) {
    issues.push({
      file,
      line: el.line,
      column: el.column,
      field: `<${el.name}>`,
      message: `<${el.name}> is not allowed in an explainer`,
      hint: "Use Markdown, or simple HTML such as <abbr>, <sup> or <span>; embeds and scripts are not content.",
    });
    return issues;
  }
  for (const [name, prop] of Object.entries(el.props)) {
    const lower = name.toLowerCase();
    const at = { file, line: prop.line, column: prop.column, field: `<${el.name} ${name}>` };
    if (!HTML_ATTRIBUTES.has(lower) && !/^(aria|data)-/.test(lower)) {
      issues.push({ ...at, message: `attribute "${name}" is not allowed on <${el.name}>` });
    } else if (typeof prop.value !== "string" && prop.value !== true) {
      issues.push({ ...at, message: `${name} must be written as text in quotes` });
    } else if (
      URL_ATTRIBUTES.has(lower) &&
      typeof prop.value === "string" &&
      !isSafeLinkHref(prop.value)
    ) {
      issues.push({
        ...at,
        message: `unsafe link ${show(prop.value)}`,
        hint: "Links must be http(s), mailto, a #fragment or a relative path.",
      });
    }
  }
  return issues;
}
