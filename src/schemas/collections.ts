/**
 * The content collections, declared once: each one's folder, what one entry is called, its
 * file extension and its schema. The Astro collections, the content check, the JSON Schemas for
 * editors and the authoring commands all read this.
 */
import type { z } from "astro/zod";
import { authorSchema } from "./author.ts";
import { claimSchema } from "./claim.ts";
import { claimantSchema } from "./claimant.ts";
import { eventSchema } from "./event.ts";
import { explainerSchema } from "./explainer.ts";
import { subjectSchema } from "./subject.ts";

/** Where all content lives, relative to the project root. */
export const CONTENT_DIR = "src/content";

export interface CollectionSpec {
  /** One entry, in messages: "unknown claimant". */
  noun: string;
  /** The only extension the loaders read. */
  extension: ".mdx" | ".yaml";
  schema: z.ZodType;
}

export const COLLECTIONS = {
  explainers: { noun: "explainer", extension: ".mdx", schema: explainerSchema },
  claims: { noun: "claim", extension: ".yaml", schema: claimSchema },
  claimants: { noun: "claimant", extension: ".yaml", schema: claimantSchema },
  subjects: { noun: "subject", extension: ".yaml", schema: subjectSchema },
  authors: { noun: "author", extension: ".yaml", schema: authorSchema },
  events: { noun: "event", extension: ".yaml", schema: eventSchema },
} as const satisfies Record<string, CollectionSpec>;

export type Collection = keyof typeof COLLECTIONS;
/** The YAML collections: each file a list of entries with ids. */
export const DATA_COLLECTIONS = ["claims", "claimants", "subjects", "authors", "events"] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** `src/content/claims`: the folder a collection's files live in. */
export const collectionDir = (collection: Collection): string => `${CONTENT_DIR}/${collection}`;
