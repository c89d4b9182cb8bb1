import { parse } from "yaml";
import type { DataCollection } from "../../schemas/collections.ts";
import { readContentSources, type ContentSources } from "../content/checkContent.ts";

/** One declared entry, as a choice in a prompt: its id and what a person calls it. */
export interface EntryChoice {
  id: string;
  /** The name or label, e.g. "Volodymyr Zelensky". */
  label: string;
  /** The role or description, e.g. "President of Ukraine". */
  hint?: string;
}

/**
 * The entries declared in one collection, in file order, for offering as choices. Files that
 * do not parse are skipped: the content check reports those.
 */
export function listEntries(
  source: string | ContentSources,
  collection: DataCollection,
): EntryChoice[] {
  const sources = typeof source === "string" ? readContentSources(source) : source;
  const out: EntryChoice[] = [];
  for (const file of sources[collection]) {
    let data: unknown;
    try {
      data = parse(file.text);
    } catch {
      continue;
    }
    if (!Array.isArray(data)) continue;
    for (const raw of data as Array<Record<string, unknown> | null>) {
      if (!raw || typeof raw.id !== "string") continue;
      const text = (k: string) => (typeof raw[k] === "string" ? raw[k] : undefined);
      out.push({
        id: raw.id,
        label: text("name") ?? text("label") ?? raw.id,
        hint: text("role") ?? text("description"),
      });
    }
  }
  return out;
}

/** Topic ids in use: the site's configured labels plus those already in explainers. */
export function knownTopics(sources: ContentSources, configured: Iterable<string>): string[] {
  const topics = new Set(configured);
  for (const file of sources.explainers) {
    const fm = /^---\n([\s\S]*?)\n---/.exec(file.text)?.[1];
    if (!fm) continue;
    try {
      const data = parse(fm) as { topics?: unknown } | null;
      if (Array.isArray(data?.topics))
        data.topics.forEach((t) => typeof t === "string" && topics.add(t));
    } catch {
      // A broken front matter is the content check's to report.
    }
  }
  return [...topics].sort();
}
