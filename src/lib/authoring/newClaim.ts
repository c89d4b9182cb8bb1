import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Document, isMap, isScalar, type YAMLMap } from "yaml";
import { z } from "astro/zod";
import {
  claimSchema,
  countSchema,
  METRICS,
  QUALIFIERS,
  SCOPES,
  sourceSchema,
  STATUSES,
  metricConfigLine,
  VALUE_KINDS,
  type QualifiedKind,
} from "../../schemas/claim.ts";
import { calendarDate } from "../../schemas/fields.ts";
import { siteConfig } from "../../site.config.ts";
import { CONTENT_DIR } from "../../schemas/collections.ts";
import { checkContent, readContentSources, type ContentSources } from "../content/checkContent.ts";
import { buildNow, isCalendarDate, isoDay } from "../util/dates.ts";
import { closest } from "../util/didYouMean.ts";
import { formatIssue, formatReport, type ContentIssue } from "../content/issues.ts";
import { describeUrlProblem, sourceUrlProblem } from "../util/urls.ts";
import { listEntries } from "./collections.ts";
import { AuthoringError } from "./errors.ts";

/**
 * A new claim as an author gives it, every field as typed (flags or prompts): text until
 * `buildClaim` turns numbers into numbers and shapes the value.
 */
export interface ClaimAnswers {
  id?: string;
  claimant?: string;
  date?: string;
  channel?: string;
  relayedVia?: string;
  subject?: string;
  metric?: string;
  kind?: string;
  /** The claimant's word for a bound or an estimate: "no more than", "more than", "about". */
  qualifier?: string;
  n?: string;
  low?: string;
  high?: string;
  verbatim?: string;
  scope?: string;
  from?: string;
  to?: string;
  place?: string;
  status?: string;
  sourceUrl?: string;
  sourcePublisher?: string;
  sourceTitle?: string;
  sourceDate?: string;
}
export type AnswerKey = keyof ClaimAnswers;

/** Each answer's command-line flag and a line of help for the usage text. */
export const CLAIM_FLAGS: Record<AnswerKey, { flag: string; help: string }> = {
  id: { flag: "id", help: "the claim's id (optional; default <claimant>-<date>-<subject>)" },
  claimant: { flag: "claimant", help: "who made the claim: a claimant id" },
  date: { flag: "date", help: "the day the claim was made, YYYY-MM-DD" },
  channel: { flag: "channel", help: "how it was said: briefing, Telegram post ... (optional)" },
  relayedVia: { flag: "relayed-via", help: "claimant id of whoever passed it on (optional)" },
  subject: { flag: "subject", help: "what is counted: a subject id" },
  metric: {
    flag: "metric",
    help: `${METRICS.join(" | ")} (the metrics in src/site.config.ts)`,
  },
  kind: { flag: "kind", help: VALUE_KINDS.join(" | ") },
  qualifier: {
    flag: "qualifier",
    help: `the claimant's word (optional): ${Object.entries(QUALIFIERS)
      .map(([kind, words]) => `${kind} ${words.join(" | ")}`)
      .join("; ")}`,
  },
  n: { flag: "n", help: "the figure, for every kind but range: 3000" },
  low: { flag: "low", help: "a range's lower figure" },
  high: { flag: "high", help: "a range's higher figure" },
  verbatim: { flag: "verbatim", help: "the claimant's own words for the figure (optional)" },
  scope: { flag: "scope", help: SCOPES.join(" | ") },
  from: { flag: "from", help: "first day of the period covered (needed for event scope)" },
  to: { flag: "to", help: "last day of the period covered (needed for event scope)" },
  place: { flag: "place", help: "where (optional)" },
  status: { flag: "status", help: STATUSES.join(" | ") },
  sourceUrl: { flag: "source-url", help: "absolute https:// address of the source" },
  sourcePublisher: { flag: "source-publisher", help: "who published the source" },
  sourceTitle: { flag: "source-title", help: "the source's title (optional)" },
  sourceDate: { flag: "source-date", help: "the source's date, YYYY-MM-DD (optional)" },
};

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== "";

/** The answers still needed before a claim can be built, in the order they are asked. */
export function missingAnswers(a: ClaimAnswers): AnswerKey[] {
  const need: AnswerKey[] = ["claimant", "date", "subject", "metric", "kind"];
  if (a.kind === "range") need.push("low", "high");
  else need.push("n");
  need.push("scope");
  if (a.scope === "event") need.push("from", "to");
  need.push("status", "sourceUrl", "sourcePublisher");
  return need.filter((k) => !given(a[k]));
}

/**
 * A figure as typed: `3000`, `3,000` and `1.5` are numbers; anything else is undefined.
 * Commas only as thousands separators, so "1,5" is not read as 15.
 */
export function parseCount(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(s)) return undefined;
  return Number(s.replace(/,/g, ""));
}

const oneOf = (raw: string, words: readonly string[], flag: string) => {
  if (words.includes(raw)) return undefined;
  const near = closest(raw, words);
  return `--${flag} ${JSON.stringify(raw)} is not one of ${words.join(", ")}${near ? `. Did you mean "${near}"?` : ""}`;
};

/**
 * Each answer's field in the claim schema: an answer is valid exactly when the schema accepts
 * it, so the prompts cannot drift from what the check enforces.
 */
const FIELD_SCHEMAS = {
  id: claimSchema.shape.id,
  claimant: claimSchema.shape.claimant,
  relayedVia: claimSchema.shape.claimant,
  subject: claimSchema.shape.subject,
  date: claimSchema.shape.date,
  from: calendarDate,
  to: calendarDate,
  sourceDate: calendarDate,
  metric: claimSchema.shape.metric,
  scope: claimSchema.shape.scope,
  status: claimSchema.shape.status,
  kind: z.enum(VALUE_KINDS),
  n: countSchema,
  low: countSchema,
  high: countSchema,
  sourceUrl: sourceSchema.shape.url,
} satisfies Partial<Record<AnswerKey, z.ZodType>>;

const fails = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success;
const firstMessage = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message ?? "is not valid";

/**
 * What is wrong with one answer on its own (a date that does not exist, a figure that is not
 * a number, a metric not on the list), or undefined. Answers that refer to other entries
 * (claimant, subject) are checked with the rest of the content by `addClaim`.
 */
export function answerProblem(
  key: AnswerKey,
  raw: string,
  context: { answers?: ClaimAnswers; today?: string } = {},
): string | undefined {
  const flag = CLAIM_FLAGS[key].flag;
  const value = raw.trim();
  const a = context.answers ?? {};
  switch (key) {
    case "id":
    case "claimant":
    case "relayedVia":
    case "subject":
      return fails(FIELD_SCHEMAS[key], value)
        ? `--${flag} ${JSON.stringify(value)} is not an id: use lower-case letters, digits and single hyphens`
        : undefined;
    case "date":
    case "from":
    case "to":
    case "sourceDate": {
      if (fails(FIELD_SCHEMAS[key], value))
        return isCalendarDate(value)
          ? `--${flag} ${value} ${firstMessage(FIELD_SCHEMAS[key], value)}`
          : `--${flag} ${JSON.stringify(value)} is not a real date written YYYY-MM-DD`;
      if (key === "date" && context.today && value > context.today)
        return `--date ${value} is in the future (today is ${context.today})`;
      if (key === "to" && given(a.from) && isCalendarDate(a.from) && value < a.from)
        return `--to ${value} is before --from ${a.from}`;
      if ((key === "to" || key === "from") && given(a.date) && value > a.date)
        return `--${flag} ${value} is after the day the claim was made (${a.date})`;
      return undefined;
    }
    case "n":
    case "low":
    case "high": {
      const n = parseCount(value);
      if (n === undefined)
        return `--${flag} ${JSON.stringify(value)} is not a number: write digits, e.g. 3000`;
      if (fails(FIELD_SCHEMAS[key], n))
        return `--${flag} ${value} ${firstMessage(FIELD_SCHEMAS[key], n)}`;
      if (key === "high" && given(a.low) && parseCount(a.low)! >= n)
        return `--high ${value} must be more than --low ${a.low}`;
      return undefined;
    }
    case "metric": {
      if (!fails(FIELD_SCHEMAS.metric, value)) return undefined;
      const problem = oneOf(value, METRICS, flag) ?? "";
      return `${problem}${problem.endsWith("?") ? "" : "."} To count something new, add it to metrics in src/site.config.ts: ${metricConfigLine(value)}`;
    }
    case "qualifier": {
      const kind = a.kind?.trim();
      if (kind === undefined || !Object.hasOwn(QUALIFIERS, kind))
        return `--qualifier is for kinds ${Object.keys(QUALIFIERS).join(", ")}${kind ? ` (this claim's kind is ${kind})` : ""}`;
      const words: readonly string[] = QUALIFIERS[kind as QualifiedKind];
      return words.includes(value)
        ? undefined
        : `--qualifier ${JSON.stringify(value)} does not fit kind ${kind}: use ${words.map((w) => `"${w}"`).join(", ")}`;
    }
    case "kind":
    case "scope":
    case "status":
      return fails(FIELD_SCHEMAS[key], value)
        ? oneOf(value, FIELD_SCHEMAS[key].options, flag)
        : undefined;
    case "sourceUrl": {
      if (!fails(FIELD_SCHEMAS.sourceUrl, value)) return undefined;
      const problem = sourceUrlProblem(value);
      return `--source-url ${problem ? describeUrlProblem(problem) : firstMessage(FIELD_SCHEMAS.sourceUrl, value)} (got ${JSON.stringify(value)})`;
    }
    default:
      return value === "" ? `--${flag} is empty` : undefined;
  }
}

/** Every problem with the answers given so far, each answer checked on its own. */
export function answerProblems(a: ClaimAnswers, today?: string): Array<[AnswerKey, string]> {
  const out: Array<[AnswerKey, string]> = [];
  for (const key of Object.keys(CLAIM_FLAGS) as AnswerKey[]) {
    const raw = a[key];
    if (raw === undefined) continue;
    const problem = answerProblem(key, raw, { answers: a, today });
    if (problem) out.push([key, problem]);
  }
  return out;
}

/**
 * The id to suggest: `<claimant>-<date>-<subject>`, e.g. "zelensky-2024-12-23-nk-troops"; the
 * metric is added, then a number, if that is taken.
 */
export function suggestClaimId(
  a: Pick<ClaimAnswers, "claimant" | "date" | "subject" | "metric">,
  taken: ReadonlySet<string> = new Set(),
): string {
  const base = [a.claimant, a.date, a.subject].filter(given).join("-");
  const candidates = [base, a.metric ? `${base}-${a.metric}` : base];
  for (const c of candidates) if (!taken.has(c)) return c;
  for (let i = 2; ; i++) if (!taken.has(`${candidates[1]}-${i}`)) return `${candidates[1]}-${i}`;
}

/**
 * The claim record, with its fields in the order the example claims use and optional fields
 * left out when not given. Numbers that do not parse are kept as typed, so the schema check
 * names them.
 */
export function buildClaim(a: ClaimAnswers, taken?: ReadonlySet<string>): Record<string, unknown> {
  const text = (v: string | undefined) => (given(v) ? v.trim() : undefined);
  const num = (v: string | undefined) => (given(v) ? (parseCount(v) ?? v.trim()) : undefined);
  const value =
    a.kind === "range"
      ? { kind: "range", low: num(a.low), high: num(a.high) }
      : { kind: text(a.kind), n: num(a.n), qualifier: text(a.qualifier) };
  const source = {
    url: text(a.sourceUrl),
    publisher: text(a.sourcePublisher),
    title: text(a.sourceTitle),
    date: text(a.sourceDate),
  };
  const claim: Record<string, unknown> = {
    id: text(a.id) ?? suggestClaimId(a, taken),
    claimant: text(a.claimant),
    date: text(a.date),
    channel: text(a.channel),
    relayedVia: text(a.relayedVia),
    subject: text(a.subject),
    metric: text(a.metric),
    value,
    verbatim: text(a.verbatim),
    scope: text(a.scope),
    period: given(a.from) || given(a.to) ? { from: text(a.from), to: text(a.to) } : undefined,
    place: text(a.place),
    status: text(a.status),
    sources: [source],
  };
  return dropUndefined(claim) as Record<string, unknown>;
}

function dropUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropUndefined);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, dropUndefined(x)]),
    );
  return v;
}

/**
 * One claim as a YAML list item, in the style of the example claims: `value` and `period` on
 * one line (`{ kind: point, n: 3000 }`), the claimant's own words in double quotes. The `yaml`
 * package does the quoting, so a colon or a quote mark in a title cannot break the file.
 */
export function renderClaimYaml(claim: Record<string, unknown>): string {
  const doc = new Document([claim]);
  const entry = doc.get(0, true);
  if (isMap(entry)) {
    for (const key of ["value", "period"]) {
      const node = entry.get(key, true);
      if (isMap(node)) (node as YAMLMap).flow = true;
    }
    for (const key of ["verbatim", "inferred"]) {
      const node = entry.get(key, true);
      if (isScalar(node)) node.type = "QUOTE_DOUBLE";
    }
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/**
 * The file's text with `entry` added at the end after a blank line. The existing text is kept
 * exactly as it was; only a missing final newline is supplied.
 */
export function appendEntry(existing: string, entry: string): string {
  if (existing.trim() === "") return existing + entry;
  const ended = existing.endsWith("\n") ? existing : `${existing}\n`;
  return ended.endsWith("\n\n") ? ended + entry : `${ended}\n${entry}`;
}

/** `kursk` → "src/content/claims/kursk.yaml"; also takes "kursk.yaml" or the whole path. */
export function claimsFilePath(name: string): string {
  const base = name
    .trim()
    .replace(/^(\.\/)?src\/content\/claims\//, "")
    .replace(/\.ya?ml$/, "");
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(base)) {
    throw new AuthoringError(
      `--file ${JSON.stringify(name)} is not a claims file name.`,
      "Give the name of a file in src/content/claims/, e.g. --file kursk",
    );
  }
  const existing = /\.yml$/.test(name) ? `${base}.yml` : `${base}.yaml`;
  return `${CONTENT_DIR}/claims/${existing}`;
}

/** The claims file to add to: the one named, else the first (in name order), else claims.yaml. */
export function defaultClaimsFile(sources: ContentSources): string {
  return sources.claims[0]?.path ?? `${CONTENT_DIR}/claims/claims.yaml`;
}

export interface AddClaimOptions {
  /** A claims file name (`kursk`, `kursk.yaml`); the default file when not given. */
  file?: string;
  /** "Now" for the future-date rule; `buildNow()` when not given. */
  now?: Date;
}

export interface AddedClaim {
  id: string;
  /** Relative to the project root. */
  path: string;
  /** The line the new entry starts on. */
  line: number;
  /** The entry as written. */
  entry: string;
}

/**
 * Append a claim built from `answers` to a claims file under `root`, after checking it as the
 * build would: the whole content with the new text in place, so the claim schema and the
 * cross-file rules (unknown or duplicate ids, dates in the future) both apply. Refuses, writing nothing, when the new entry brings any problem;
 * the error's hint is the content check's report.
 */
export function addClaim(
  root: string,
  answers: ClaimAnswers,
  options: AddClaimOptions = {},
): AddedClaim {
  const missing = missingAnswers(answers);
  if (missing.length) {
    throw new AuthoringError(
      `Missing: ${missing.map((k) => `--${CLAIM_FLAGS[k].flag}`).join(", ")}`,
    );
  }
  const now = options.now ?? buildNow();
  const problems = answerProblems(answers, isoDay(now));
  if (problems.length) {
    throw new AuthoringError(
      "The claim was not added:",
      problems.map(([, problem]) => `  ${problem}`).join("\n"),
    );
  }
  const sources = readContentSources(root);
  const stem = (p: string) => p.replace(/\.ya?ml$/, "");
  const named = options.file ? claimsFilePath(options.file) : undefined;
  const path = named
    ? (sources.claims.find((f) => stem(f.path) === stem(named))?.path ?? named)
    : defaultClaimsFile(sources);
  if (named && sources.claims.length && !sources.claims.some((f) => f.path === path)) {
    const names = sources.claims.map((f) => f.path.replace(/^.*\//, "").replace(/\.ya?ml$/, ""));
    const near = closest(path.replace(/^.*\//, "").replace(/\.ya?ml$/, ""), names);
    throw new AuthoringError(
      `There is no claims file ${path}.`,
      `${near ? `Did you mean --file ${near}? ` : ""}Claims files: ${names.join(", ")}. To start a new one, create it empty first.`,
    );
  }
  const check = (s: ContentSources) =>
    checkContent(s, { sections: siteConfig.sections, now, includeDrafts: true });

  const taken = new Set(listEntries(sources, "claims").map((c) => c.id));
  const claim = buildClaim(answers, taken);
  const entry = renderClaimYaml(claim);
  const file = sources.claims.find((f) => f.path === path);
  const before = file?.text ?? "";
  const after = appendEntry(before, entry);
  const line = after.slice(0, after.length - entry.length).split("\n").length;

  // Problems the new entry brings: those in the check with it that were not there without it
  // (a duplicate id may be reported in another file, so not only lines in this one).
  const known = new Set(check(sources).map(formatIssue));
  const withEntry: ContentSources = {
    ...sources,
    claims: file
      ? sources.claims.map((f) => (f.path === path ? { path, text: after } : f))
      : [...sources.claims, { path, text: after }],
  };
  const added: ContentIssue[] = check(withEntry).filter((i) => !known.has(formatIssue(i)));
  if (added.length) {
    throw new AuthoringError(
      `The claim was not added to ${path}: it would not pass the content check (lines are where it would have gone).`,
      formatReport(added).trimEnd(),
    );
  }

  const abs = join(root, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, after);
  return { id: String(claim.id), path, line, entry };
}

export const CLAIM_USAGE = `Usage: npm run new:claim -- [flags]

Appends a claim to a file in src/content/claims/ after checking it. Without a terminal every
required flag must be given; in a terminal you are asked for whatever is missing.

Flags (required unless marked optional):
${(Object.keys(CLAIM_FLAGS) as AnswerKey[])
  .map((k) => `  --${CLAIM_FLAGS[k].flag.padEnd(18)} ${CLAIM_FLAGS[k].help}`)
  .join("\n")}
  --file               the claims file: kursk or kursk.yaml (default: the first file)
  -h, --help           show this help

Example:
  npm run new:claim -- --claimant zelensky --date 2024-12-23 --subject north-korean-troops-kursk \\
    --metric casualties --kind point --n 3000 --scope cumulative --status unverified \\
    --source-url https://www.president.gov.ua/en/news/speeches \\
    --source-publisher "Office of the President of Ukraine"`;
