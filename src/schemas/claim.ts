import { z } from "astro/zod";
import { siteConfig, type MetricSpec } from "../site.config.ts";
import { closest } from "../lib/util/didYouMean.ts";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../lib/util/slug.ts";
import { calendarDate, httpUrl, id, optional } from "./fields.ts";

/** What the site's claims count: the ids of `metrics` in src/site.config.ts. */
export const METRICS: readonly string[] = siteConfig.metrics.map((m) => m.id);

/**
 * The line to add to `metrics` in src/site.config.ts for a new metric, with its words guessed
 * from the id ("people-attending" → label "people attending").
 */
export function metricConfigLine(metric: string): string {
  const label = metric.replace(/-/g, " ");
  return `{ id: "${metric}", label: "${label}", unit: { one: "person", other: "people" }, title: "Claims of {metric} among {subject}", description: "claims of {metric} among {subject}" },`;
}

/** What to say about a metric that is not configured: the nearest one, and how to add it. */
export function unknownMetricHint(metric: string, metrics: readonly string[] = METRICS): string {
  const near = closest(metric, metrics);
  const known = `${near ? `Did you mean "${near}"? ` : ""}Metrics: ${metrics.join(", ")}.`;
  // Only a well-formed id is worth adding ("Missing" or "<b>" would be a broken config line).
  if (!SLUG_PATTERN.test(metric) || metric.length > SLUG_MAX_LENGTH)
    return `${known} A metric id is lower-case letters, digits and single hyphens (people-attending).`;
  return `${known} To count something new, add it to metrics in src/site.config.ts: ${metricConfigLine(metric)}`;
}

/** A metric's configuration; undefined when the id is not configured. */
export function metricSpec(metric: string): MetricSpec | undefined {
  return siteConfig.metrics.find((m) => m.id === metric);
}

/**
 * A metric id the site counts. An unknown one is refused with the nearest id and the line to add
 * to src/site.config.ts, as the issue's `params.hint` (the content check shows it as the hint).
 */
export const metricSchema = z
  .string({ error: "must be a metric id (text)" })
  .superRefine((v, ctx) => {
    if (!METRICS.includes(v))
      ctx.addIssue({
        code: "custom",
        message: "is not a metric this site counts",
        params: { hint: unknownMetricHint(v) },
      });
  });

/** cumulative: a total to date; event: one episode, which must have a period. */
export const SCOPES = ["cumulative", "event"] as const;
export const STATUSES = ["unverified", "corroborated", "disputed", "retracted"] as const;
export const VALUE_KINDS = ["point", "approx", "range", "atLeast", "atMost"] as const;

/**
 * The words a claimant may have used for a bound or an estimate, by kind; the first is what a
 * claim without `qualifier` reads. "more than" is kept apart from "at least" because that is
 * what was said, not because charts draw it differently.
 */
export const QUALIFIERS = {
  approx: ["roughly", "about", "some"],
  atLeast: ["at least", "more than"],
  atMost: ["up to", "no more than", "at most"],
} as const;
export type QualifiedKind = keyof typeof QUALIFIERS;

const qualifier = <K extends QualifiedKind>(kind: K) =>
  optional(
    z.enum(QUALIFIERS[kind], {
      error: (issue) => {
        const words: readonly string[] = QUALIFIERS[kind];
        // "About", "more  than", a word of another kind: the nearest of this kind's words.
        const typed =
          typeof issue.input === "string" ? issue.input.trim().replace(/\s+/g, " ") : undefined;
        const near = typed === undefined ? undefined : closest(typed.toLowerCase(), words);
        const other = Object.entries(QUALIFIERS).find(
          ([k, ws]) => k !== kind && (ws as readonly string[]).includes(typed?.toLowerCase() ?? ""),
        )?.[0];
        return `for kind ${kind}, qualifier must be one of ${words.map((q) => `"${q}"`).join(", ")}${
          other ? `: "${typed}" goes with kind ${other}` : near ? `: did you mean "${near}"?` : ""
        }`;
      },
    }),
  );

/** "250,000", "250 000", "250'000": a figure typed with separators, which YAML reads as text. */
export const SEPARATED_NUMBER = /^\d{1,3}(?:[,'\u00a0\u202f ]\d{3})+$/;

/** A figure: a plain, non-negative number small enough to keep every digit. */
export const countSchema = z
  .number({
    error: (issue) =>
      typeof issue.input === "string" && SEPARATED_NUMBER.test(issue.input.trim())
        ? `is a number written with separators: write ${issue.input.replace(/\D/g, "")}, without commas, spaces or quotes`
        : 'must be a number, written without commas or quotes (3000, not "3,000")',
  })
  .nonnegative({ error: "must not be negative" })
  // Beyond this, numbers lose digits (1e308 would print as 1 followed by 308 zeros).
  .max(Number.MAX_SAFE_INTEGER, { error: "is too large to be a count" })
  .refine((n) => !Object.is(n, -0), { error: "write 0, not -0" });

/** The figure, in exactly one of five shapes. */
export const claimValueSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("point"), n: countSchema }),
    z.strictObject({
      kind: z.literal("approx"),
      n: countSchema,
      qualifier: qualifier("approx"),
    }),
    z
      .strictObject({ kind: z.literal("range"), low: countSchema, high: countSchema })
      .refine((v) => v.low < v.high, { error: "low must be less than high", path: ["high"] }),
    z.strictObject({
      kind: z.literal("atLeast"),
      n: countSchema,
      qualifier: qualifier("atLeast"),
    }),
    z.strictObject({ kind: z.literal("atMost"), n: countSchema, qualifier: qualifier("atMost") }),
  ],
  { error: `kind must be one of ${VALUE_KINDS.join(", ")}` },
);

export const sourceSchema = z.strictObject({
  /** Absolute http(s) address of the page that carries the claim. */
  url: httpUrl,
  publisher: z.string().min(1),
  title: optional(z.string().min(1)),
  date: optional(calendarDate),
  /** A copy in a web archive, for when the original moves. */
  archived: optional(httpUrl),
});

/** One figure, said by one claimant on one day, about one subject and metric. */
export const claimSchema = z
  .strictObject({
    id,
    /** claimants/<id>: who the figure belongs to. */
    claimant: id,
    /** The day the claim was made (not the period it covers). */
    date: calendarDate,
    /** How it was said: address, Telegram post, briefing, interview ... */
    channel: optional(z.string().min(1)),
    /** claimants/<id> of a speaker who passed the figure on. */
    relayedVia: optional(id),
    subject: id,
    /** One of the ids in `metrics` in src/site.config.ts. */
    metric: metricSchema,
    value: claimValueSchema,
    /** The claimant's own words for the figure. */
    verbatim: optional(z.string().min(1)),
    /** An editorial conversion, e.g. "a battalion can be up to about 1,000 soldiers". */
    inferred: optional(z.string().min(1)),
    scope: z.enum(SCOPES, { error: `must be one of ${SCOPES.join(", ")}` }),
    period: optional(z.strictObject({ from: calendarDate, to: calendarDate })),
    place: optional(z.string().min(1)),
    status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }),
    /** id of an earlier claim this one revises. */
    supersedes: optional(id),
    sources: z.array(sourceSchema).min(1, { error: "needs at least one source" }),
  })
  .superRefine((claim, ctx) => {
    if (claim.scope === "event" && !claim.period) {
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: "an event claim needs a period: add period: { from: YYYY-MM-DD, to: YYYY-MM-DD }",
      });
    }
    // Zod still runs this when a field above failed; only compare what parsed.
    if (
      claim.period &&
      typeof claim.period.from === "string" &&
      typeof claim.period.to === "string"
    ) {
      if (claim.period.from > claim.period.to) {
        ctx.addIssue({
          code: "custom",
          path: ["period", "to"],
          message: `period ends (${claim.period.to}) before it starts (${claim.period.from})`,
        });
      }
      if (claim.period.to > claim.date) {
        ctx.addIssue({
          code: "custom",
          path: ["period", "to"],
          message: `period ends (${claim.period.to}) after the claim was made (${claim.date})`,
        });
      }
    }
  });

export type ClaimValue = z.infer<typeof claimValueSchema>;
export type ClaimSource = z.infer<typeof sourceSchema>;
export type Claim = z.infer<typeof claimSchema>;
/** A metric id from src/site.config.ts; the schema holds claims to the configured list. */
export type Metric = string;
