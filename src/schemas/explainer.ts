import { z } from "astro/zod";
import { calendarDate, dateTime, id, optional } from "./fields.ts";

const nonEmpty = (what: string) =>
  z
    .string({ error: `needs ${what}` })
    .trim()
    .min(1, { error: `needs ${what}` });

/** The front matter of one explainer. */
export const explainerSchema = z
  .strictObject({
    title: nonEmpty("a headline"),
    /** One-sentence summary; also the page's meta description. */
    dek: nonEmpty("a one-sentence summary"),
    published: dateTime,
    /** Never before `published`. */
    updated: optional(dateTime),
    /** authors/<id>, at least one. */
    authors: z.array(id).min(1, { error: "needs at least one author id" }),
    topics: z.array(id).default([]),
    /** Drafts build in dev, never in production. */
    draft: z.boolean({ error: "must be true or false" }).default(false),
    /** Shown on the page, newest first. */
    corrections: z
      .array(z.strictObject({ date: calendarDate, text: nonEmpty("the correction's text") }))
      .default([]),
  })
  .superRefine((fm, ctx) => {
    // Zod still runs this when a field above failed; only compare dates that parsed.
    if (!(fm.published instanceof Date)) return;
    const publishedDay = fm.published.toISOString().slice(0, 10);
    if (fm.updated instanceof Date && fm.updated < fm.published) {
      ctx.addIssue({
        code: "custom",
        path: ["updated"],
        message: `is before published (${fm.published.toISOString()})`,
      });
    }
    (fm.corrections ?? []).forEach((c, i) => {
      if (typeof c?.date === "string" && c.date < publishedDay) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", i, "date"],
          message: `is before the explainer was published (${publishedDay})`,
        });
      }
    });
  });

export type ExplainerFrontmatter = z.infer<typeof explainerSchema>;
