/**
 * The content check: every problem in all content at once, each with its file, line and what to
 * do. The build runs it before compiling anything, `npm run check` for authors, the dev server
 * on each request. The rules live by job: readSources.ts (which files are read), checkData.ts
 * (the YAML collections), checkExplainer.ts (each explainer), bodyRules.ts (what a body may hold).
 */
import { isoDay } from "../util/dates.ts";
import { checkData } from "./checkData.ts";
import { checkExplainer, type CheckOptions } from "./checkExplainer.ts";
import { sortIssues, type ContentIssue } from "./issues.ts";
import type { ContentSources } from "./readSources.ts";

export type { CheckOptions } from "./checkExplainer.ts";
export { readContentSources, type ContentSources, type SourceFile } from "./readSources.ts";

/** Check all content at once. Never throws on bad content. */
export function checkContent(sources: ContentSources, options: CheckOptions): ContentIssue[] {
  const data = checkData(sources, isoDay(options.now));
  const explainers = sources.explainers.flatMap((file) =>
    checkExplainer(file, options, data.ref, data.validClaims, data.validClaimants),
  );
  // After the explainers: `data.ref` adds their unknown ids to `data.issues`.
  return dedupe(sortIssues([...(sources.unread ?? []), ...data.issues, ...explainers]));
}

/** The same problem found by two rules (a raw and a parsed reading of one field) is one problem. */
function dedupe(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const message = i.message.replace(/ \(got [^]*\)$/, "");
    const key = `${i.file}:${i.line}:${i.column}:${i.field ?? ""}:${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
