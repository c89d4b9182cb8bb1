import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteConfig } from "../../site.config.ts";
import { checkContent, readContentSources, type ContentSources } from "./checkContent.ts";
import { buildNow } from "./dates.ts";
import { ContentError, type ContentIssue } from "./issues.ts";

// This file is src/lib/content/devCheck.ts; the project root is three levels up. (The dev
// server's working directory need not be the root: `astro dev --root elsewhere`.)
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

let cache: { key: string; issues: ContentIssue[] } | undefined;

/** Every content problem, re-checked only when a content file has changed since the last call. */
function currentIssues(root: string): ContentIssue[] {
  const sources = readContentSources(root);
  const key = Object.values(sources as ContentSources)
    .flat()
    .map((f) => `${f.path}:${statSync(join(root, f.path)).mtimeMs}:${f.text.length}`)
    .join("|");
  if (cache?.key !== key) {
    cache = {
      key,
      issues: checkContent(sources, {
        sections: siteConfig.sections,
        now: buildNow(),
        includeDrafts: true,
      }),
    };
  }
  return cache.issues;
}

/**
 * In dev, stop a page with the checker's own report, which Astro shows in its error overlay.
 * Problems in data files stop every page; a problem in one explainer stops only that
 * explainer's page, so one author's broken draft does not block everyone else's preview.
 */
export function throwOnContentIssuesInDev(explainerFile?: string): void {
  if (!import.meta.env.DEV) return;
  const issues = currentIssues(ROOT).filter(
    (i) => !i.file.startsWith("src/content/explainers/") || i.file === explainerFile,
  );
  if (issues.length) throw new ContentError(issues);
}
