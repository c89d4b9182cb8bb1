/**
 * The content check: every problem in all content at once, each with its file, line and what to
 * do. The build runs it before compiling anything, `npm run check` for authors, the dev server
 * on each request. The rules live by job: readSources.ts (which files are read), checkData.ts
 * (the YAML collections), checkExplainer.ts (each explainer), bodyRules.ts (what a body may hold).
 */
import { isoDay } from "../util/dates.ts";
import { checkData, type DataCheck, type Ref } from "./checkData.ts";
import { checkExplainer, type CheckOptions } from "./checkExplainer.ts";
import { sortIssues, type ContentIssue } from "./issues.ts";
import type { ContentSources } from "./readSources.ts";

export type { CheckOptions } from "./checkExplainer.ts";
export { readContentSources, type ContentSources, type SourceFile } from "./readSources.ts";

/** Check all content at once. Never throws on bad content. */
export function checkContent(sources: ContentSources, options: CheckOptions): ContentIssue[] {
  const data = checkData(sources, isoDay(options.now));
  const named = new Set<string>();
  const ref: Ref = (collection, id, at, field) => {
    if (collection === "events" && typeof id === "string") named.add(id);
    return data.ref(collection, id, at, field);
  };
  let explainers = sources.explainers.flatMap((file) =>
    checkExplainer(file, options, ref, data.validClaims, data.validClaimants),
  );
  // A claims file that cannot be read, or claims that fail their schema, leave charts short of
  // claims: those problems are the ones to fix, and every chart calling itself empty would bury
  // them. (A chart that is still empty once they are fixed is reported then.)
  if (data.unreadable.has("claims") || data.brokenClaims > 0)
    explainers = explainers.filter((i) => !/^nothing to chart\b/.test(i.message));
  // After the explainers: `data.ref` adds their unknown ids to `data.issues`.
  return dedupe(
    sortIssues([
      ...(sources.unread ?? []),
      ...data.issues,
      ...explainers,
      ...unplacedEvents(sources, options, data, named),
    ]),
  );
}

/**
 * Events that say neither where they belong (a subject, or `global: true`) nor are named by any
 * chart: they would show nowhere. A build skips drafts; a chart in a draft still counts, so the
 * drafts are read for their charts only when an event would otherwise be reported.
 */
function unplacedEvents(
  sources: ContentSources,
  options: CheckOptions,
  data: DataCheck,
  named: Set<string>,
): ContentIssue[] {
  let unplaced = data.unplacedEvents.filter((e) => !named.has(e.id));
  if (unplaced.length > 0 && !options.includeDrafts) {
    const note: Ref = (collection, id) => {
      if (collection === "events" && typeof id === "string") named.add(id);
      return true;
    };
    for (const file of sources.explainers)
      checkExplainer(file, { ...options, includeDrafts: true }, note, data.validClaims);
    unplaced = unplaced.filter((e) => !named.has(e.id));
  }
  return unplaced.map((e) => ({
    ...e.pos,
    field: "subject",
    message: `event "${e.id}" has no subject, so it shows on no chart`,
    hint: `Add subject: <subject id> (or subjects: [...]) to show it on that subject's charts, global: true to show it on every chart whose dates it falls within, or name it on a chart: <ClaimsTimeline events="${e.id}" ... />.`,
  }));
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
