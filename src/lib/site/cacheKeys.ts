/**
 * Cache keys for incremental builds: a digest of everything a generated page is made from, so
 * a rebuild re-renders a page exactly when its output would change and copies the previous
 * output otherwise (Astro's `experimental.incrementalBuild`; the page's code is tracked by Astro
 * itself). A key must name every piece of content the page reads: a piece left out is a page
 * left stale, so each key here is built from the same selection the page renders.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Claim } from "../../schemas/claim.ts";
import { chartClaims, type ChartUse } from "../claims/chartSelection.ts";
import { mdxOutline } from "../content/mdxSource.ts";
import type { Explainer, SiteData } from "./siteData.ts";
import { topicOf } from "./topics.ts";

/** Maps and Sets as entries, so they hash by their contents (JSON gives `{}` for both). */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/** A short, stable digest of any JSON-able values (Dates as ISO strings). */
export function digestOf(...parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(JSON.stringify(part, replacer) ?? "undefined").update("\0");
  return hash.digest("base64url");
}

/** A file's bytes, digested (a lead image: its card changes when the picture does). */
export function fileDigest(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("base64url");
}

type KeyData = Pick<
  SiteData,
  "claims" | "claimants" | "subjects" | "events" | "styles" | "revisedBy" | "authors"
> &
  Partial<Pick<SiteData, "claimantPageOf">>;

/** The claimant records a claimant id brings onto a page: itself and whom it speaks for. */
function claimantRecords(data: KeyData, ids: Iterable<string>): unknown[] {
  const out = new Map<string, unknown>();
  const add = (id: string | undefined, depth = 0) => {
    if (!id || out.has(id) || depth > 8) return;
    const claimant = data.claimants.get(id);
    out.set(id, [claimant ?? null, data.styles.get(id) ?? null]);
    const speaksFor = (claimant as { speaksFor?: unknown } | undefined)?.speaksFor;
    if (typeof speaksFor === "string") add(speaksFor, depth + 1);
  };
  for (const id of ids) add(id);
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Everything shown about a set of claims wherever it appears: the records, their claimants (and
 * the relaying ones), subjects, the claims that revise them or that they revise, and the events a
 * chart of them can mark.
 */
export function claimsInputs(
  data: KeyData,
  claims: readonly Claim[],
  moreClaimants: string[] = [],
) {
  const ids = claims.map((c) => c.id).sort();
  const related = claims.flatMap((c) => [
    data.revisedBy.get(c.id) ?? null,
    c.supersedes ? (data.claims.get(c.supersedes) ?? null) : null,
  ]);
  const subjects = [...new Set(claims.map((c) => c.subject))].sort();
  return {
    claims: ids.map((id) => data.claims.get(id) ?? null),
    related,
    claimants: claimantRecords(data, [
      ...claims.flatMap((c) => (c.relayedVia ? [c.claimant, c.relayedVia] : [c.claimant])),
      ...related.flatMap((c) => (c ? [c.claimant] : [])),
      ...moreClaimants,
    ]),
    subjects: subjects.map((id) => data.subjects.get(id) ?? null),
    events: data.events,
    // Links to each claim's row on its claimant's numbered pages.
    claimantPages: ids.map((id) => data.claimantPageOf?.get(id) ?? null),
  };
}

/**
 * On claimant and subject pages each charted claim's row names the newest explainers showing
 * it and how many there are (see pageContext's `shownIn`).
 */
export function shownInInputs(
  data: Pick<SiteData, "shownIn">,
  claims: readonly Claim[],
  max: number,
): unknown {
  return claims.map((c) => {
    const all = data.shownIn.get(c.id) ?? [];
    return [all.length, all.slice(0, max).map((e) => [e.id, e.data.title])];
  });
}

/** An explainer as a list shows it (home, topics, archive, "In these explainers"). */
export const listedExplainer = (e: Explainer) => ({ id: e.id, data: e.data });

/** The claimants an explainer's body names outside claims: those its quotes are by. */
function quotedClaimants(entry: Explainer): string[] {
  return mdxOutline(entry.filePath ?? entry.id, entry.body ?? "")
    .elements.filter((el) => el.name === "Quote")
    .flatMap((el) => (typeof el.props.by?.value === "string" ? [el.props.by.value] : []));
}

/** An explainer's page: its file, the claims it shows with all they bring, its authors. */
export function explainerPageKey(
  data: KeyData & Pick<SiteData, "shown" | "topicNames">,
  entry: Explainer,
) {
  return digestOf(
    "explainer",
    entry.id,
    entry.data,
    entry.body,
    // A topic's label can come from another explainer's spelling of it.
    entry.data.topics.map((t) => topicOf(t, data.topicNames)),
    claimsInputs(data, data.shown.get(entry.id) ?? [], quotedClaimants(entry)),
    entry.data.authors.map((id) => data.authors.get(id) ?? null),
  );
}

/** An explainer's claims downloads (CSV, JSON): the claims it shows, their people and subjects. */
export function explainerDownloadKey(data: KeyData & Pick<SiteData, "shown">, entry: Explainer) {
  return digestOf("download", entry.id, claimsInputs(data, data.shown.get(entry.id) ?? []));
}

/** One chart on its own page: the explainer's title and the chart's claims. */
export function embedPageKey(data: KeyData, entry: Explainer, chart: ChartUse) {
  return digestOf(
    "embed",
    entry.id,
    entry.data.title,
    chart,
    claimsInputs(data, chartClaims(chart, data.claims)),
  );
}
