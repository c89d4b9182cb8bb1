import { z } from "astro/zod";
import { dateToIso, isCalendarDate, isCalendarDateTime } from "../lib/util/dates.ts";
import { describeUrlProblem, sourceUrlProblem } from "../lib/util/urls.ts";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../lib/util/slug.ts";

/** An id other files refer to: lower-case words joined by hyphens, e.g. `north-korean-troops-kursk`. */
export const id = z
  .string({ error: "must be an id (text)" })
  .regex(SLUG_PATTERN, {
    error: "must be lower-case letters, digits and single hyphens, e.g. zelensky-2024-12-23",
  })
  .max(SLUG_MAX_LENGTH, { error: `must be at most ${SLUG_MAX_LENGTH} characters` });

/** Content is about the present: a year before this is a typo (0025 for 2025, 1025 for 2025). */
export const EARLIEST_YEAR = 1900;
const yearOk = (s: string) => !/^\d{4}/.test(s) || Number(s.slice(0, 4)) >= EARLIEST_YEAR;
const YEAR_ERROR = `must be in ${EARLIEST_YEAR} or later: check the year`;

// YAML and front-matter parsers turn bare dates into Date objects; take them back to text so
// that one rule checks both paths.
const asText = (v: unknown) => (v instanceof Date ? dateToIso(v) : v);

/** A calendar day, `YYYY-MM-DD`, that exists (no 2025-02-30). Kept as text: days have no zone. */
export const calendarDate = z.preprocess(
  asText,
  z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .refine(isCalendarDate, { error: "must be a real date written YYYY-MM-DD" })
    .refine(yearOk, { error: YEAR_ERROR }),
);

/** A date or date-time (`2025-01-05` or `2025-01-05T14:00:00Z`), as an instant. */
export const dateTime = z
  .preprocess(
    asText,
    z
      .string({ error: "must be a date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ" })
      .refine(isCalendarDateTime, {
        error: "must be a real date, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ",
      })
      .refine(yearOk, { error: YEAR_ERROR }),
  )
  .transform((s) => new Date(/[Tt ]\d/.test(s) && !/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s + "Z" : s));

/** An absolute http(s) URL; script and data URLs are refused however they are spelled. */
export const httpUrl = z.string({ error: "must be a URL (text)" }).superRefine((value, ctx) => {
  const problem = sourceUrlProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `${describeUrlProblem(problem)}` });
});

/** Optional fields may be left out or written as `null`; both mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional());

/**
 * A name or label readers see on charts, in keys and in headings: one line, at most `max`
 * characters (a pasted paragraph would push a chart's marks off its page).
 */
export const displayText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { error: `must be at most ${max} characters: it is shown on charts and in lists` });
