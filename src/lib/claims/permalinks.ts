/**
 * Where a claim can be linked to. Every page that shows a claim gives one rendering of it (the
 * first: a figure in the prose or a row of a chart's data table) the id `claim-<id>`, so
 * `#claim-<id>` always lands on it; claim ids are lower-case words and hyphens, so the id is
 * valid HTML and never collides with the page's own ids ("chart-2", "source-3").
 */
import type { Claim } from "../../schemas/claim.ts";

/** The element id of a claim on a page: "claim-zelensky-2024-12-23-nk-casualties". */
export function claimAnchor(id: string): string {
  return `claim-${id}`;
}

/**
 * The claim's row on its claimant's page, which lists their claims newest first in numbered
 * pages: "/claimants/zelensky/#claim-..." on page 1, "/claimants/zelensky/3/#claim-..." after.
 */
export function claimantPagePath(claim: Pick<Claim, "id" | "claimant">, page = 1): string {
  return `/claimants/${claim.claimant}/${page > 1 ? `${page}/` : ""}#${claimAnchor(claim.id)}`;
}

/** The claim where an explainer shows it: "/explainers/<slug>/#claim-...". */
export function explainerClaimPath(slug: string, id: string): string {
  return `/explainers/${slug}/#${claimAnchor(id)}`;
}

/**
 * Hands out each claim's anchor once per page: the first rendering asks and gets
 * `claim-<id>`, later ones get undefined (and link to it instead), so ids stay unique.
 */
export function claimAnchors(): (id: string) => string | undefined {
  const given = new Set<string>();
  return (id) => {
    if (given.has(id)) return undefined;
    given.add(id);
    return claimAnchor(id);
  };
}
