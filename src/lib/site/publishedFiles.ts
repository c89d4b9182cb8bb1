/**
 * The files `npm run build` writes itself, beside Astro's pages: each explainer's social card
 * (/og/<slug>.png) and its claims downloads (/explainers/<slug>/claims.csv and .json). They are
 * data, not pages, and through Astro's routes each one paid a page's overhead (its route, its
 * response, two writes: the site and the incremental cache) for a few kilobytes of text or a
 * card already drawn: three routes per explainer, a seventh of a 1,000-explainer build.
 *
 * The routes still serve them in `npm run dev` and in a plain `astro build`; `npm run build`
 * tells them to leave these to it (writtenByBuild). The files are worked out from the content
 * files the check has just passed, with the pages' own index (siteIndex.ts), card words
 * (socialCard.ts) and download formats (downloadFormats.ts), so they are the bytes the routes
 * would write: test/build/publishedFiles.test.ts builds both ways and compares.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Author } from "../../schemas/author.ts";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import { COLLECTIONS, type DataCollection } from "../../schemas/collections.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import type { ExplainerFrontmatter } from "../../schemas/explainer.ts";
import type { Subject } from "../../schemas/subject.ts";
import { splitFrontmatter } from "../content/mdxSource.ts";
import { readContentSources, type ContentSources } from "../content/readSources.ts";
import { yamlData } from "../content/yamlSource.ts";
import { cardReady, type CardJob } from "./cardPool.ts";
import { downloadText, type DownloadFormat } from "./downloadFormats.ts";
import { indexSite, type SiteIndex } from "./siteIndex.ts";
import { cardKey, renderCard, SITE_CARD_SLUG } from "./socialCard.ts";

/** An explainer as read from its file: its front matter as the check's schema reads it. */
export interface SourceExplainer {
  id: string;
  /** Relative to the project root, as Astro's entries give it. */
  filePath: string;
  body: string;
  data: ExplainerFrontmatter;
}

export type PublishedIndex = SiteIndex<SourceExplainer>;

/** The entries of one YAML collection that pass its schema. */
function valid<T>(sources: ContentSources, collection: DataCollection): T[] {
  const out: T[] = [];
  const schema = COLLECTIONS[collection].schema;
  for (const file of sources[collection]) {
    // Read without taking: the content loaders still want what the check read.
    const { data } = yamlData(file.path, file.text, { keep: true });
    for (const raw of Array.isArray(data) ? (data as unknown[]) : []) {
      const parsed = schema.safeParse(raw);
      // The collection's own schema: its output is the collection's entry type.
      if (parsed.success) out.push(parsed.data as unknown as T);
    }
  }
  return out;
}

/**
 * The published site's content, indexed as the pages index it: the explainers a production
 * build publishes (drafts left out) and every data entry, from the files the check has passed.
 */
export function publishedIndex(
  root: string,
  sources: ContentSources = readContentSources(root),
): PublishedIndex {
  const explainers: SourceExplainer[] = [];
  for (const file of sources.explainers) {
    const { frontmatter, body } = splitFrontmatter(file.path, file.text);
    const parsed = COLLECTIONS.explainers.schema.safeParse(frontmatter?.data);
    if (!parsed.success || parsed.data.draft === true) continue;
    explainers.push({
      id: basename(file.path, ".mdx"),
      filePath: file.path,
      body,
      data: parsed.data,
    });
  }
  return indexSite({
    explainers,
    claims: valid<Claim>(sources, "claims"),
    claimants: valid<Claimant>(sources, "claimants"),
    subjects: valid<Subject>(sources, "subjects"),
    authors: valid<Author>(sources, "authors"),
    events: valid<ChartEvent>(sources, "events"),
  });
}

const WRITTEN_BY_BUILD = "EXPLAINER_FILES_WRITTEN_BY_BUILD";

/** Tell this process's Astro build that `npm run build` writes the cards and downloads. */
export function leaveFilesToBuild(): void {
  process.env[WRITTEN_BY_BUILD] = "1";
}

/** In a route: true when `npm run build` writes this route's files itself. */
export function writtenByBuild(): boolean {
  return !import.meta.env.DEV && process.env[WRITTEN_BY_BUILD] === "1";
}

/** An explainer's card to write: the job drawn for it, and its file's name. */
export type PublishedCard = CardJob & { slug: string };

const DOWNLOADS: readonly DownloadFormat[] = ["csv", "json"];

/**
 * Write every explainer's downloads and card into the built site at `outDir`. Cards are waited
 * for (drawn on the other core since before Astro started) or drawn here, and copied from the
 * card cache. A card that cannot be drawn stops the build, naming its explainer.
 */
export async function writePublishedFiles(
  outDir: string,
  index: PublishedIndex,
  cards: readonly PublishedCard[],
): Promise<void> {
  // Thousands of small files: written a few at a time, so the disk's waits overlap (one file
  // after another, opening them was most of the time).
  await inParallel(index.explainers, async (e) => {
    const folder = join(outDir, "explainers", e.id);
    mkdirSync(folder, { recursive: true });
    for (const format of DOWNLOADS)
      await writeFile(
        join(folder, `claims.${format}`),
        downloadText(format, index.shown.get(e.id) ?? [], index),
      );
  });
  mkdirSync(join(outDir, "og"), { recursive: true });
  await inParallel(cards, async (card) => {
    if (card.slug === SITE_CARD_SLUG) return;
    try {
      const background = card.backgroundFile ? readFileSync(card.backgroundFile) : undefined;
      const content = { ...card.content, ...(background ? { background } : {}) };
      await cardReady(cardKey(content, card.options));
      await writeFile(
        join(outDir, "og", `${card.slug}.png`),
        await renderCard(content, card.options),
      );
    } catch (error) {
      throw new Error(
        `The social card of explainer "${card.slug}" could not be drawn: ${(error as Error).message}` +
          (card.backgroundFile
            ? `\n  Its lead image is ${card.backgroundFile}: check that it is a JPEG, PNG, WebP or AVIF picture that opens.`
            : ""),
        { cause: error },
      );
    }
  });
}

/** How many files are written at once. */
const WRITING_AT_ONCE = 16;

/** `work` on every item, at most WRITING_AT_ONCE at a time; the first failure fails it all. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(WRITING_AT_ONCE, items.length) }, lane));
}

/** The lead image's file of an explainer read from its file, if it has one. */
export const leadImageFile = (root: string, e: SourceExplainer): string | undefined =>
  e.data.image ? join(root, dirname(e.filePath), e.data.image.src) : undefined;
