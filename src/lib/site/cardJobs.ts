/**
 * Every published explainer's social card, worked out from the content files themselves, so the
 * build can start drawing cards on the other core while Astro is still compiling (seconds to
 * minutes before the card route first runs). The route works its cards out again from Astro's
 * own data and finds each one drawn: a card is kept by its content (cardKey), so one worked out
 * differently here is simply drawn again there, never shown wrong.
 */
import { basename, dirname, join, sep } from "node:path";
import { siteConfig } from "../../site.config.ts";
import { COLLECTIONS } from "../../schemas/collections.ts";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { Subject } from "../../schemas/subject.ts";
import { splitFrontmatter } from "../content/mdxSource.ts";
import { readContentSources, type ContentSources } from "../content/readSources.ts";
import { yamlData } from "../content/yamlSource.ts";
import { drawCardsInBackground, type CardJob } from "./cardPool.ts";
import {
  cardSetup,
  explainerCardText,
  SITE_CARD_SLUG,
  type CardContent,
  type CardOptions,
} from "./socialCard.ts";

/** The entries of one YAML collection that pass its schema, by id. */
function valid<T extends { id: string }>(
  sources: ContentSources,
  collection: "claims" | "claimants" | "subjects",
): Map<string, T> {
  const out = new Map<string, T>();
  const schema = COLLECTIONS[collection].schema;
  for (const file of sources[collection]) {
    // Read without taking: the content loaders still want what the check read.
    const { data } = yamlData(file.path, file.text, { keep: true });
    for (const raw of Array.isArray(data) ? (data as unknown[]) : []) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) continue;
      // The collection's own schema: its output is the collection's entry type.
      const entry = parsed.data as unknown as T;
      out.set(entry.id, entry);
    }
  }
  return out;
}

/**
 * The cards of the explainers a production build publishes (drafts left out), with the words
 * the card route gives them: title, dek and headline figure, over the lead image if any.
 */
export function cardJobs(
  root: string,
  sources: ContentSources,
  site: Pick<CardContent, "siteName" | "host">,
  options: CardOptions,
  locale: string,
): CardJob[] {
  const data = {
    claims: valid<Claim>(sources, "claims"),
    claimants: valid<Claimant>(sources, "claimants"),
    subjects: valid<Subject>(sources, "subjects"),
  };
  const jobs: CardJob[] = [];
  for (const file of sources.explainers) {
    // The site's own card keeps its slug (see the card route).
    if (basename(file.path, ".mdx") === SITE_CARD_SLUG) continue;
    const { frontmatter, body } = splitFrontmatter(file.path, file.text);
    const parsed = COLLECTIONS.explainers.schema.safeParse(frontmatter?.data);
    if (!parsed.success || parsed.data.draft === true) continue;
    const fm = parsed.data;
    jobs.push({
      content: explainerCardText(site, fm, file.path, body, data, locale),
      backgroundFile: fm.image ? join(root, dirname(file.path), fm.image.src) : undefined,
      options,
    });
  }
  return jobs;
}

/**
 * The cards of the site at `root`, worked out as the card route (src/pages/og/_card.ts) will:
 * kept where it keeps them, for the address the build publishes at.
 */
export function siteCardJobs(root: string): CardJob[] {
  const { content, options } = cardSetup(
    root,
    `${join(root, "src")}${sep}`,
    process.env.SITE_URL || siteConfig.url,
    siteConfig.name,
  );
  return cardJobs(root, readContentSources(root), content, options, siteConfig.locale);
}

/**
 * Start drawing the cards of the site at `root` on the other cores, before Astro runs. Only ever
 * a head start: if the cards cannot be worked out here, the card route works them out itself.
 */
export function startDrawingCards(root: string): void {
  let jobs: CardJob[];
  try {
    jobs = siteCardJobs(root);
  } catch {
    return;
  }
  drawCardsInBackground(jobs, join(root, "src/lib/site/cardWorker.ts"));
}
