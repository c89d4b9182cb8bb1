import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { yamlList } from "./lib/content/yamlListLoader.ts";
import {
  authorSchema,
  claimantSchema,
  claimSchema,
  eventSchema,
  explainerSchema,
  subjectSchema,
} from "./schemas/index.ts";

// The content check (src/integrations/contentCheck.ts) has already validated every file with
// these same schemas, with positions, before Astro loads anything.
export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: "**/[^_]*.mdx", base: "./src/content/explainers" }),
    schema: explainerSchema,
  }),
  claims: defineCollection({ loader: yamlList("src/content/claims"), schema: claimSchema }),
  claimants: defineCollection({
    loader: yamlList("src/content/claimants"),
    schema: claimantSchema,
  }),
  subjects: defineCollection({ loader: yamlList("src/content/subjects"), schema: subjectSchema }),
  authors: defineCollection({ loader: yamlList("src/content/authors"), schema: authorSchema }),
  events: defineCollection({ loader: yamlList("src/content/events"), schema: eventSchema }),
};
