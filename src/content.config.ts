import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { explainersLoader } from "./lib/content/explainersLoader.ts";
import { yamlList } from "./lib/content/yamlListLoader.ts";
import { COLLECTIONS, collectionDir } from "./schemas/collections.ts";
import { explainerSchema, leadImage } from "./schemas/explainer.ts";
import { optional } from "./schemas/fields.ts";

// Folders and schemas come from the one registry (src/schemas/collections.ts). The content
// check has already validated every file with these same schemas, with positions, before Astro
// loads anything. (Written out per collection so Astro can type each one's entries.)
export const collections = {
  explainers: defineCollection({
    // Drafts show in dev; production builds leave them out before validating them.
    loader: explainersLoader({ includeDrafts: import.meta.env.DEV }),
    // The content check has validated the front matter with the shared schema (the lead image's
    // path as text, the date rules); here the path becomes an image Astro processes.
    schema: ({ image }) =>
      z.strictObject({ ...explainerSchema.shape, image: optional(leadImage(image())) }),
  }),
  claims: defineCollection({
    loader: yamlList(collectionDir("claims")),
    schema: COLLECTIONS.claims.schema,
  }),
  claimants: defineCollection({
    loader: yamlList(collectionDir("claimants")),
    schema: COLLECTIONS.claimants.schema,
  }),
  subjects: defineCollection({
    loader: yamlList(collectionDir("subjects")),
    schema: COLLECTIONS.subjects.schema,
  }),
  authors: defineCollection({
    loader: yamlList(collectionDir("authors")),
    schema: COLLECTIONS.authors.schema,
  }),
  events: defineCollection({
    loader: yamlList(collectionDir("events")),
    schema: COLLECTIONS.events.schema,
  }),
};
