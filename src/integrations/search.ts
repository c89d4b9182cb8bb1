import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/** Where the bundle goes in the built site, and so its URL under the base: `<base>pagefind/`. */
export const SEARCH_BUNDLE = "pagefind";

/**
 * Pages Pagefind reads: the explainers themselves (`explainers/<slug>/index.html`), not their
 * embed pages, and nothing else. Within a page only the regions marked `data-pagefind-body` are
 * indexed (the headline, the dek, the body), less what is marked `data-pagefind-ignore`.
 */
export const SEARCH_GLOB = "explainers/*/index.html";

/**
 * Furniture inside the indexed regions that lives in components shared with other pages, left
 * out by selector: a figure's popup (claimant, date and status, which the page's prose, data
 * tables and filters already carry) and source-number links. Indexed, they would run into the
 * sentence around them in excerpts ("10,000–12,000 US and South Korean ... verified1 soldiers").
 */
export const SEARCH_EXCLUDE = [".claim__details", ".claim__refs", ".quote__source"];

/**
 * `work`, or an error if Pagefind's service process dies first. Its Node wrapper does not notice
 * the process exiting (a panic, say), so the call would never settle and Node would exit with
 * the build half done; when nothing else is left to run, Node emits "beforeExit", and that is
 * taken as the service having died.
 */
async function unlessServiceDies<T>(work: Promise<T>): Promise<T> {
  let onIdle = () => {};
  const died = new Promise<never>((_, reject) => {
    onIdle = () => reject(new Error("the Pagefind process stopped without answering"));
    process.once("beforeExit", onIdle);
  });
  try {
    return await Promise.race([work, died]);
  } finally {
    process.off("beforeExit", onIdle);
  }
}

/** Index the explainer pages of the built site in `site` into `<site>/pagefind/`; the page count. */
async function buildIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await unlessServiceDies(
      pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE }),
    );
    if (!index) throw new Error(errors.join("\n") || "Pagefind did not start");
    const added = await unlessServiceDies(index.addDirectory({ path: site, glob: SEARCH_GLOB }));
    if (added.errors.length) throw new Error(added.errors.join("\n"));
    const written = await unlessServiceDies(
      index.writeFiles({ outputPath: join(site, SEARCH_BUNDLE) }),
    );
    if (written.errors.length) throw new Error(written.errors.join("\n"));
    return added.page_count;
  } catch (error) {
    throw new Error(`Search index (Pagefind) failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    // The service is a child process: stop it so the build can exit.
    await pagefind.close();
  }
}

/**
 * Builds the static search index (Pagefind) over the built site into `<outDir>/pagefind/`. It
 * starts as soon as Astro has written the pages, in Pagefind's own process, while the page
 * thread goes on with the rest (the cards and downloads, the sitemaps, reading each page's
 * policy for `_headers`), and the build waits for it when Astro is done. `npm run build` builds
 * into a scratch folder, so an indexing error fails the build and the previous dist/ stays.
 */
export function search(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: "search",
    hooks: {
      "astro:build:generated": ({ dir }) => {
        indexing = buildIndex(fileURLToPath(dir));
        // Reported when Astro is done, below; an Astro build that fails first reports its own.
        indexing.catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await (indexing ?? buildIndex(fileURLToPath(dir)));
        logger.info(`Search index: ${pages} pages`);
      },
    },
  };
}
