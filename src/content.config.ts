import { defineCollection } from "astro:content";
import { explainersLoader } from "./lib/content/explainersLoader.ts";
import { yamlList } from "./lib/content/yamlListLoader.ts";
import { COLLECTIONS, collectionDir } from "./schemas/collections.ts";

// Folders and schemas come from the one registry (src/schemas/collections.ts). The content
// check has already validated every file with these same schemas, with positions, before Astro
// loads anything. (Written out per collection so Astro can type each one's entries.)
export const collections = {
  explainers: defineCollection({
    // Drafts show in dev; production builds leave them out before validating them.
    loader: explainersLoader({ includeDrafts: import.meta.env.DEV }),
    schema: COLLECTIONS.explainers.schema,
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
