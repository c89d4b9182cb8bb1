import { z } from "astro/zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, topicId } from "../lib/util/slug.ts";
import { calendarDate, dateTime, id, optional } from "./fields.ts";

const nonEmpty = (what: string) =>
  z
    .string({ error: `needs ${what}` })
    .trim()
    .min(1, { error: `needs ${what}` });

/** The longest <title> search results show whole (also Base.astro's limit). */
export const SEO_TITLE_MAX = 70;

/**
 * A lead image's file: a picture under src/assets/, written relative to the explainer
 * (`../../assets/lead/kursk.jpg`). Checked here as text; the collection (src/content.config.ts)
 * turns it into Astro's processed image, and the content check reports a file that is missing.
 */
export const leadImagePath = z
  .string({ error: "needs the image file, e.g. ../../assets/lead/kursk.jpg" })
  .regex(
    /^\.\.\/\.\.\/assets\/(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\.(?:jpe?g|png|webp|avif)$/i,
    {
      error:
        "must be a JPEG, PNG, WebP or AVIF file in src/assets/, written from the explainer: ../../assets/lead/<name>.jpg",
    },
  );

/** The optional lead image: `src` as written (or as the collection resolves it), alt text, credit. */
export const leadImage = <S extends z.ZodType>(src: S) =>
  z.strictObject({
    src,
    /** What the picture shows, for readers who cannot see it. */
    alt: nonEmpty("alt text: what the picture shows, for readers who cannot see it"),
    /** Who took or owns the picture ("Photo: Jane Doe / Agency"). */
    credit: nonEmpty("a credit: who took or owns the picture"),
  });

/**
 * A topic: its id (`port-vell`) or its name as readers should see it (`Port Vell`, `NATO`),
 * which keeps its capitals on the page and is slugged for the address (/topics/port-vell/).
 */
export const topic = z
  .string({ error: "must be a topic id (port-vell) or its name (Port Vell)" })
  .max(SLUG_MAX_LENGTH, {
    error: `must be at most ${SLUG_MAX_LENGTH} characters: a topic is a short name, and its address is made from it`,
  })
  .refine(
    (t) =>
      t.length > SLUG_MAX_LENGTH ||
      SLUG_PATTERN.test(t) ||
      (/^[\p{L}\p{N}](?:[\p{L}\p{N}'’&., -]*[\p{L}\p{N}.])?$/u.test(t) &&
        topicId(t) !== "" &&
        topicId(t).length <= SLUG_MAX_LENGTH),
    {
      error:
        "must be a topic id (port-vell) or its name (Port Vell): letters, digits, spaces and hyphens, with at least one Latin letter or digit for its address",
    },
  );

/** The most topics one explainer may list: each is a page and a line under the headline. */
export const TOPICS_MAX = 20;

/** The front matter of one explainer. */
export const explainerSchema = z
  .strictObject({
    title: nonEmpty("a headline"),
    /** A shorter headline for search results and social cards (<title>, og:title). */
    seoTitle: optional(
      nonEmpty("a search headline").max(SEO_TITLE_MAX, {
        error: `must be at most ${SEO_TITLE_MAX} characters, or search results cut it`,
      }),
    ),
    /** One-sentence summary; also the page's meta description. */
    dek: nonEmpty("a one-sentence summary"),
    published: dateTime,
    /** Never before `published`. */
    updated: optional(dateTime),
    /** authors/<id>, at least one. */
    authors: z.array(id).min(1, { error: "needs at least one author id" }),
    /** Topic ids (`port-vell`) or names as readers see them (`Port Vell`), slugged for URLs. */
    topics: z
      .array(topic)
      .max(TOPICS_MAX, {
        error: `must list at most ${TOPICS_MAX} topics: keep the ones a reader would follow`,
      })
      .superRefine((topics, ctx) => {
        // `Kursk` and `kursk` are one topic, one page: listed twice, it would show twice.
        const first = new Map<string, string>();
        topics.forEach((t, i) => {
          if (typeof t !== "string") return;
          const earlier = first.get(topicId(t));
          if (earlier === undefined) first.set(topicId(t), t);
          else
            ctx.addIssue({
              code: "custom",
              path: [i],
              message: `is the same topic as "${earlier}" (both are /topics/${topicId(t)}/): remove one`,
            });
        });
      })
      .default([]),
    /** Drafts build in dev, never in production. */
    draft: z.boolean({ error: "must be true or false" }).default(false),
    /** Shown on the page, newest first. */
    corrections: z
      .array(z.strictObject({ date: calendarDate, text: nonEmpty("the correction's text") }))
      .default([]),
    /** Optional lead image, shown below the dek, in feeds and behind the social card. */
    image: optional(leadImage(leadImagePath)),
    /** claims/<id> of the figure the story is about, for its social card; default: its first <Claim>. */
    headline: optional(id),
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
