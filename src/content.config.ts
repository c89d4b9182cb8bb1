import { defineCollection } from "astro:content";
import { explainersLoader } from "./lib/content/explainersLoader.ts";
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
    // Drafts show in dev; production builds leave them out before validating them.
    loader: explainersLoader({ includeDrafts: import.meta.env.DEV }),
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
