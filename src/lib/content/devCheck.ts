import { fileURLToPath } from "node:url";
import { ContentError } from "./issues.ts";
import { runContentCheck } from "./runCheck.ts";

// This file is src/lib/content/devCheck.ts; the project root is three levels up. (The dev
// server's working directory need not be the root: `astro dev --root elsewhere`.)
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * In dev, stop a page with the checker's own report, which Astro shows in its error overlay.
 * Problems in data files stop every page; a problem in one explainer stops only that
 * explainer's page, so one author's broken draft does not block everyone else's preview.
 */
export function throwOnContentIssuesInDev(explainerFile?: string): void {
  if (!import.meta.env.DEV) return;
  const issues = runContentCheck(ROOT, true).filter(
    (i) => !i.file.startsWith("src/content/explainers/") || i.file === explainerFile,
  );
  if (issues.length) throw new ContentError(issues);
}
