/**
 * The rules for one explainer: its front matter (as Astro reads it and as it is written), its
 * sections, the body rules the compile also enforces, and what only the check can know (required
 * props, ids that exist, charts that have something to draw).
 */
import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import { METRICS, SCOPES, unknownMetricHint, type Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import {
  AUTHOR_COMPONENTS,
  CHART_EVENTS_MAX,
  isAuthorComponent,
  type ComponentSpec,
} from "../../schemas/components.ts";
import { explainerSchema, leadImagePath, SEO_TITLE_MAX } from "../../schemas/explainer.ts";
import { EARLIEST_YEAR } from "../../schemas/fields.ts";
import type { SectionSpec } from "../../site.config.ts";
import {
  chartUses,
  emptyChartReason,
  highlightProblem,
  namedEvents,
} from "../claims/chartSelection.ts";
import { isCalendarDate, isoDay } from "../util/dates.ts";
import { shortenSlug, SLUG_MAX_LENGTH, SLUG_PATTERN, slugWords } from "../util/slug.ts";
import { checkExplainerBody, localPictures, missingPictureIssue } from "./bodyRules.ts";
import type { Ref } from "./checkData.ts";
import { futureDate, reorderingText } from "./fieldRules.ts";
import { show, type ContentIssue } from "./issues.ts";
import { parseMdx, splitFrontmatter } from "./mdxSource.ts";
import type { SourceFile } from "./readSources.ts";
import { truthLints } from "./truthLints.ts";
import { checkAgainstSchema } from "./schemaIssues.ts";
import { checkSections } from "./sections.ts";
import { parseYamlSource } from "./yamlSource.ts";

export interface CheckOptions {
  sections: readonly SectionSpec[];
  /** Claims dated after this day are refused. */
  now: Date;
  /**
   * Check draft explainers too. The checker does; the production build does not, because it
   * does not publish them, and one reporter's half-written draft must not block everyone else.
   */
  includeDrafts: boolean;
  /** The project root: with it, a lead image's file must exist. */
  root?: string;
}

/** Slugs whose pages would collide with the site's own files. */
const RESERVED_SLUGS = new Set(["site"]);

export function checkExplainer(
  file: SourceFile,
  options: CheckOptions,
  ref: Ref,
  claims: readonly Claim[],
  claimants: readonly Claimant[] = [],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Whether a file is a draft is what Astro reads in its front matter (the same parser and the
  // same value the loader leaves drafts out by), never a text search. A production build
  // neither checks nor builds drafts, even ones whose body does not parse yet; the body is not
  // even parsed, so no draft can slow a publish down.
  if (
    !options.includeDrafts &&
    splitFrontmatter(file.path, file.text).frontmatter?.data?.draft === true
  )
    return [];
  const mdx = parseMdx(file.path, file.text);
  const data = mdx.frontmatter?.data;

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
  } else if (RESERVED_SLUGS.has(slug)) {
    issues.push({
      file: file.path,
      line: 1,
      column: 1,
      message: `file name "${slug}.mdx" is reserved: /og/${slug}.png is the site's own social card`,
      hint: `Rename the file, e.g. "${slug}-story.mdx".`,
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
      // The page's <title> is seoTitle when there is one (the schema keeps it short), else the
      // headline: a long headline with no seoTitle is cut in search results. It still publishes.
      const title = typeof data.title === "string" ? data.title.trim() : "";
      if (data.seoTitle == null && title.length > SEO_TITLE_MAX) {
        issues.push({
          ...fm.positionOf(["title"]),
          field: "title",
          severity: "warning",
          message: `title is ${title.length} characters; search results show about ${SEO_TITLE_MAX}`,
          hint: `Add a shorter seoTitle (at most ${SEO_TITLE_MAX} characters) for search results and the browser tab; the page keeps this headline.`,
        });
      }
      // A lead image the schema accepted (a picture under src/assets/) must be there.
      const image = written.image as { src?: unknown } | null | undefined;
      if (
        options.root &&
        typeof image?.src === "string" &&
        leadImagePath.safeParse(image.src).success
      ) {
        const target = posix.join(posix.dirname(file.path), image.src);
        if (!existsSync(join(options.root, target)))
          issues.push({
            ...fm.positionOf(["image", "src"]),
            field: "image.src",
            message: `image file not found: ${target} (got ${show(image.src)})`,
            hint: "Save the picture under src/assets/ (e.g. src/assets/lead/), and write its path from the explainer: ../../assets/lead/<name>.jpg.",
          });
      }
      if (typeof data.headline === "string")
        ref("claims", data.headline, fm.positionOf(["headline"]), "headline");
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
  // Pictures the compile will read: there, or the compile stops (explainerBody.ts).
  if (options.root)
    for (const picture of localPictures(mdx.tree, file.path))
      if (!existsSync(join(options.root, picture.path)))
        issues.push(
          missingPictureIssue(
            { file: file.path, line: picture.line, column: picture.column },
            picture.path,
          ),
        );
  // Free figures in the prose and stale citations: warnings, on the same tree.
  const written = data?.updated ?? data?.published;
  const asOf = written instanceof Date && !isNaN(+written) ? isoDay(written) : undefined;
  issues.push(...truthLints(file.path, file.text, mdx, { claims, claimants, asOf }));

  // What only the check can know: required props, ids that exist, charts that have claims.
  // (Source addresses are held to their rules by the body rules, in the compile as well.)
  const today = isoDay(options.now);
  for (const el of mdx.elements) {
    if (!isAuthorComponent(el.name)) continue; // reported by the body rules
    const spec: ComponentSpec = AUTHOR_COMPONENTS[el.name];
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
      else if (propSpec.kind === "eventIds") {
        const named = namedEvents(v);
        if (named.length === 0)
          issues.push({
            ...pAt,
            field,
            message: `${name} names no event`,
            hint: `Write event ids separated by commas (${name}="river-bursts, ceasefire"), or leave ${name} out: the chart shows its subject's events anyway.`,
          });
        else if (named.length > CHART_EVENTS_MAX)
          // Not looked up one by one: thousands of unknown ids, each with a did-you-mean among
          // every event, took minutes.
          issues.push({
            ...pAt,
            field,
            message: `${name} names ${named.length} events; a chart may name at most ${CHART_EVENTS_MAX}`,
            hint: "Name only the events the chart needs: those of its subject (subject: in the event) show without being named.",
          });
        else for (const event of new Set(named)) ref("events", event, pAt, field);
      } else if (propSpec.kind === "metric" && !METRICS.includes(v))
        issues.push({
          ...pAt,
          field,
          message: `unknown metric ${show(v)}`,
          hint: unknownMetricHint(v),
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
      } else if (propSpec.kind === "choice" && !(propSpec.values ?? []).includes(v))
        issues.push({
          ...pAt,
          field,
          message: `${name} cannot be ${show(v)}`,
          hint: `Write one of: ${(propSpec.values ?? []).map((x) => `${name}="${x}"`).join(", ")}.`,
        });
      else if (propSpec.kind === "text" && v.trim() === "")
        issues.push({ ...pAt, field, message: `${name} is empty` });
    }
    if (el.name === "ClaimsTimeline" || el.name === "ClaimsCompare") {
      const [chart] = chartUses([el]);
      const metric = el.props.metric?.value;
      const knownMetric = typeof metric === "string" && METRICS.includes(metric);
      const scope = el.props.scope?.value;
      const knownScope = scope === undefined || (SCOPES as readonly unknown[]).includes(scope);
      const empty =
        chart && knownMetric && knownScope ? emptyChartReason(chart, claims) : undefined;
      if (empty) issues.push({ ...at, field: `<${el.name}>`, ...empty });
      const lit = el.props.highlight;
      const off =
        chart && knownMetric && knownScope && !empty ? highlightProblem(chart, claims) : undefined;
      if (off && lit)
        issues.push({
          file: file.path,
          line: lit.line,
          column: lit.column,
          field: `<${el.name} highlight>`,
          ...off,
        });
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
