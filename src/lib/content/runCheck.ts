import { siteConfig } from "../../site.config.ts";
import { DATA_COLLECTIONS } from "../../schemas/collections.ts";
import { checkContent, readContentSources, type ContentSources } from "./checkContent.ts";
import { buildNow } from "../util/dates.ts";
import { errorsOf, type ContentIssue } from "./issues.ts";
import { forgetParsedMdx } from "./mdxSource.ts";

let last: { key: string; issues: ContentIssue[] } | undefined;

/** FNV-1a over every file's path and text: a cheap "has anything changed" signature. */
function signature(root: string, includeDrafts: boolean, sources: ContentSources): string {
  let h = 0x811c9dc5;
  const files = [...sources.explainers, ...DATA_COLLECTIONS.flatMap((c) => sources[c])];
  const unread = (sources.unread ?? []).map((i) => ({ path: i.file, text: i.message }));
  for (const file of [...files, ...unread]) {
    for (const text of [file.path, file.text]) {
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
  }
  return `${root}|${includeDrafts}|${h >>> 0}`;
}

/**
 * Check every content file under `root`, with positions. The build script, the Astro
 * integration and dev pages all ask; the answer is reused until a file changes. Warnings
 * (`severity: "warning"`) are left out unless asked for: a caller that only stops on problems
 * (a dev page) can use the answer as it is.
 */
export function runContentCheck(
  root: string,
  includeDrafts: boolean,
  { warnings = false }: { warnings?: boolean } = {},
): ContentIssue[] {
  const sources = readContentSources(root);
  const key = signature(root, includeDrafts, sources);
  if (last?.key !== key) {
    const issues = checkContent(sources, {
      sections: siteConfig.sections,
      now: buildNow(),
      includeDrafts,
      root,
    });
    forgetParsedMdx();
    last = { key, issues };
  }
  return warnings ? last.issues : errorsOf(last.issues);
}
