// The claims downloads: the whole dataset (/data/claims.csv, .json) and each explainer's
// (/explainers/<slug>/claims.csv, .json). Each route is one line over these.
import type { APIRoute, GetStaticPaths } from "astro";
import type { Claim } from "../../schemas/claim.ts";
import { byDateThenId } from "../claims/query.ts";
import { explainerDownloadKey } from "./cacheKeys.ts";
import { DOWNLOAD_FORMATS, downloadText, type DownloadFormat } from "./downloadFormats.ts";
import { writtenByBuild } from "./publishedFiles.ts";
import { getSiteData, type Explainer, type SiteData } from "./siteData.ts";

/** The download of these claims in a format, with its content type. */
export function claimsDownload(
  format: DownloadFormat,
  claims: readonly Claim[],
  { claimants, subjects, revisedBy }: Pick<SiteData, "claimants" | "subjects" | "revisedBy">,
): Response {
  return new Response(downloadText(format, claims, { claimants, subjects, revisedBy }), {
    headers: { "Content-Type": DOWNLOAD_FORMATS[format].type },
  });
}

/** GET for the whole claims dataset, by date then id. */
export function siteDownload(format: DownloadFormat): APIRoute {
  return async () => {
    const site = await getSiteData();
    return claimsDownload(format, [...site.claims.values()].sort(byDateThenId), site);
  };
}

/**
 * One download per explainer, at /explainers/<slug>/; none when `npm run build` writes them
 * itself (publishedFiles.ts).
 */
export const explainerDownloadPaths = (async () => {
  if (writtenByBuild()) return [];
  const site = await getSiteData();
  return site.explainers.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: explainerDownloadKey(site, entry),
  }));
}) satisfies GetStaticPaths;

/** GET for the claims one explainer shows, in its text and its charts. */
export function explainerDownload(format: DownloadFormat): APIRoute<{ entry: Explainer }> {
  return async ({ props }) => {
    const site = await getSiteData();
    return claimsDownload(format, site.shown.get(props.entry.id) ?? [], site);
  };
}
