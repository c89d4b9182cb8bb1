/**
 * Topics as front matter writes them: an id (`port-vell`) or a name (`Port Vell`). The id is the
 * address (/topics/port-vell/); the label is the site's configured one, else the author's own
 * spelling from any explainer, else the id's words.
 */
import { siteConfig, topicLabel, type SiteConfig } from "../../site.config.ts";
import { SLUG_PATTERN, topicId } from "../util/slug.ts";

export { topicId };

export interface Topic {
  id: string;
  label: string;
}

/** Every topic an author wrote as a name, by id: the first spelling found. */
export function topicNames(
  explainers: Iterable<{ data: { topics: readonly string[] } }>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of explainers)
    for (const t of e.data.topics) {
      if (SLUG_PATTERN.test(t)) continue;
      const id = topicId(t);
      if (!names.has(id)) names.set(id, t.trim());
    }
  return names;
}

/** A topic as written in front matter, with its id and the label readers see. */
export function topicOf(
  written: string,
  names: ReadonlyMap<string, string> = new Map(),
  config: SiteConfig = siteConfig,
): Topic {
  const id = topicId(written);
  const own = SLUG_PATTERN.test(written) ? undefined : written;
  return { id, label: topicLabel(id, config, own ?? names.get(id)) };
}
