import { z } from "astro/zod";
import { calendarDate, httpUrl, id, optional } from "./fields.ts";

/** What is being counted. "Casualties" means killed plus wounded. */
export const METRICS = [
  "killed",
  "wounded",
  "casualties",
  "missing",
  "captured",
  "deployed",
  "losses",
] as const;
/** cumulative: a total to date; event: one episode, which must have a period. */
export const SCOPES = ["cumulative", "event"] as const;
export const STATUSES = ["unverified", "corroborated", "disputed", "retracted"] as const;
export const VALUE_KINDS = ["point", "approx", "range", "atLeast", "atMost"] as const;

/** A figure: a plain, non-negative number small enough to keep every digit. */
export const countSchema = z
  .number({ error: 'must be a number, written without commas or quotes (3000, not "3,000")' })
  .nonnegative({ error: "must not be negative" })
  // Beyond this, numbers lose digits (1e308 would print as 1 followed by 308 zeros).
  .max(Number.MAX_SAFE_INTEGER, { error: "is too large to be a count" })
  .refine((n) => !Object.is(n, -0), { error: "write 0, not -0" });

/** The figure, in exactly one of five shapes. */
export const claimValueSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("point"), n: countSchema }),
    z.strictObject({ kind: z.literal("approx"), n: countSchema }),
    z
      .strictObject({ kind: z.literal("range"), low: countSchema, high: countSchema })
      .refine((v) => v.low < v.high, { error: "low must be less than high", path: ["high"] }),
    z.strictObject({ kind: z.literal("atLeast"), n: countSchema }),
    z.strictObject({ kind: z.literal("atMost"), n: countSchema }),
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
    metric: z.enum(METRICS, { error: `must be one of ${METRICS.join(", ")}` }),
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
export type Metric = (typeof METRICS)[number];
