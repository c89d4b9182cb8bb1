import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import type { Loader, LoaderContext } from "astro/loaders";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { collectionDir } from "../../schemas/collections.ts";
import { siteConfig } from "../../site.config.ts";
import { bodyCompiledAhead } from "./bodiesAhead.ts";
import { compileExplainerBody, type BodyPart } from "./explainerBody.ts";

/** What an explainer's file must be called: its address, then `.mdx` (the check says more). */
const EXPLAINER_FILE = /^[a-z0-9][^/\\]*\.mdx$/;

/**
 * The modules that decide what a body compiles to. Their text is part of each entry's digest,
 * so a change to how bodies compile compiles every body again, even from a kept content cache.
 */
const COMPILER_FILES = [
  "src/lib/content/explainerBody.ts",
  "src/lib/content/explainerGate.ts",
  "src/lib/content/explainerSections.ts",
  "src/lib/content/bodyRules.ts",
  "src/lib/content/mdxSource.ts",
  "src/lib/content/sections.ts",
  "src/lib/content/issues.ts",
  "src/lib/util/urls.ts",
  "src/lib/util/slug.ts",
  "src/lib/util/didYouMean.ts",
  "src/schemas/components.ts",
  // The parser and the serialiser, by version.
  "node_modules/satteri/package.json",
  "node_modules/hast-util-to-html/package.json",
];

/** The stored body of an explainer entry: its parts, or in dev the problem that stopped it. */
export interface CompiledBody {
  parts: BodyPart[];
  problem?: string;
}

/**
 * The explainers collection: one entry per MDX file directly in the folder whose name starts
 * with a letter or digit (the file name is the address; the content check reports any other).
 * Each body is compiled here, once, into the parts its page renders (explainerBody.ts), and
 * kept in Astro's content cache with a digest of the file, the site's sections and base, and the
 * compiler itself: a later build compiles only the files that changed.
 *
 * When drafts are left out (production builds) a draft is neither validated, compiled nor
 * stored: a half-written story, even one that does not parse yet, cannot stop a publish.
 * `npm run check` and `npm run dev` still hold drafts to every rule. In dev a body that breaks
 * a rule is stored with its problem (the page shows the check's report); in a build it stops
 * the build with the file, line and column.
 */
export function explainersLoader(options: { includeDrafts: boolean }): Loader {
  return {
    name: "explainers",
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = join(root, collectionDir("explainers"));
      const salt = compilerSalt(root, context.config.base, options.includeDrafts);
      const ids = new Set<string>();
      for (const file of explainerFiles(folder)) {
        try {
          const id = await loadFile(context, root, file, salt, options);
          if (id) ids.add(id);
        } catch (error) {
          // A build stops here (the check has reported it first). In dev one broken file must
          // not stop the others loading: the check's report shows it on every page.
          if (!options.includeDrafts) throw error;
          context.logger.error((error as Error).message);
        }
      }
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);

      const { watcher } = context;
      if (!watcher) return;
      watcher.add(folder);
      const mine = (path: string) =>
        dirname(path) === folder && EXPLAINER_FILE.test(basename(path));
      const onChange = async (path: string) => {
        if (!mine(path)) return;
        try {
          const id = await loadFile(context, root, path, salt, options);
          if (!id) context.store.delete(basename(path, ".mdx"));
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      };
      watcher.on("change", (path: string) => void onChange(path));
      watcher.on("add", (path: string) => void onChange(path));
      watcher.on("unlink", (path: string) => {
        if (mine(path)) context.store.delete(basename(path, ".mdx"));
      });
    },
  };
}

/** The explainer files in `folder`, in the order the loader reads them. */
export function explainerFiles(folder: string): string[] {
  const names = existsSync(folder) ? readdirSync(folder).sort() : [];
  return names.filter((name) => EXPLAINER_FILE.test(name)).map((name) => join(folder, name));
}

function compilerSalt(root: string, base: string, includeDrafts: boolean): string {
  const code = COMPILER_FILES.map((file) => {
    try {
      return readFileSync(join(root, file), "utf8");
    } catch {
      return "";
    }
  });
  return JSON.stringify([base, includeDrafts, siteConfig.sections, code]);
}

/**
 * An explainer file's front matter and body, split as Astro's MDX integration splits it: the front
 * matter blanked to spaces in the body, so lines match the file. `draft` when it says so.
 */
export function splitExplainer(text: string): {
  frontmatter: Record<string, unknown>;
  content: string;
  draft: boolean;
} {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
  const data = frontmatter as Record<string, unknown>;
  return { frontmatter: data, content, draft: data.draft === true };
}

/** Load one file into the store; its id, or undefined for a draft left out. */
async function loadFile(
  context: LoaderContext,
  root: string,
  file: string,
  salt: string,
  options: { includeDrafts: boolean },
): Promise<string | undefined> {
  const text = readFileSync(file, "utf8");
  const id = basename(file, ".mdx");
  const path = relative(root, file).split(sep).join("/");
  const digest = context.generateDigest(salt + text);
  const kept = context.store.get(id);
  if (kept?.digest === digest) return id;
  const { frontmatter, content, draft } = splitExplainer(text);
  if (!options.includeDrafts && draft) return undefined;
  const data = await context.parseData({ id, data: frontmatter, filePath: path });
  let body: CompiledBody;
  try {
    body = {
      parts:
        (await bodyCompiledAhead(path, content, context.config.base)) ??
        compileExplainerBody(content, {
          root,
          file,
          path,
          sections: siteConfig.sections,
          base: context.config.base,
        }),
    };
  } catch (error) {
    if (!options.includeDrafts) throw error;
    body = { parts: [], problem: (error as Error).message };
  }
  context.store.set({
    id,
    data,
    body: content.trim(),
    filePath: path,
    // A body that failed is compiled again next time, whatever else changed (a picture added).
    digest: body.problem ? `${digest}:failed:${Date.now()}` : digest,
    rendered: { html: "", metadata: { ...body } },
  });
  return id;
}
