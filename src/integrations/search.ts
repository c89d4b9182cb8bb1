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

/**
 * Builds the static search index (Pagefind) over the built site once Astro has written it, into
 * `<outDir>/pagefind/`. `npm run build` builds into a scratch folder, so an indexing error fails
 * the build and the previous dist/ stays as it was.
 */
export function search(): AstroIntegration {
  return {
    name: "search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await unlessServiceDies(
            pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE }),
          );
          if (!index) throw new Error(errors.join("\n") || "Pagefind did not start");
          const added = await unlessServiceDies(
            index.addDirectory({ path: site, glob: SEARCH_GLOB }),
          );
          if (added.errors.length) throw new Error(added.errors.join("\n"));
          const written = await unlessServiceDies(
            index.writeFiles({ outputPath: join(site, SEARCH_BUNDLE) }),
          );
          if (written.errors.length) throw new Error(written.errors.join("\n"));
          logger.info(`Search index: ${added.page_count} pages`);
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${(error as Error).message}`, {
            cause: error,
          });
        } finally {
          // The service is a child process: stop it so the build can exit.
          await pagefind.close();
        }
      },
    },
  };
}
