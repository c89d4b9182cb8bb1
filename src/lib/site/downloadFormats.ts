// The claims downloads' formats: what a route serves and what `npm run build` writes itself
// (publishedFiles.ts) are made here, so they are the same bytes.
import type { Claim } from "../../schemas/claim.ts";
import { siteConfig } from "../../site.config.ts";
import { claimsCsv, claimsJson } from "../claims/records.ts";
import type { SiteIndex, IndexedExplainer } from "./siteIndex.ts";

export const DOWNLOAD_FORMATS = {
  csv: { write: claimsCsv, type: "text/csv; charset=utf-8" },
  json: { write: claimsJson, type: "application/json; charset=utf-8" },
} as const;

export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

/** The download of these claims in a format. */
export function downloadText(
  format: DownloadFormat,
  claims: readonly Claim[],
  {
    claimants,
    subjects,
    revisedBy,
  }: Pick<SiteIndex<IndexedExplainer>, "claimants" | "subjects" | "revisedBy">,
): string {
  return DOWNLOAD_FORMATS[format].write(claims, {
    claimants,
    subjects,
    revisedBy,
    locale: siteConfig.locale,
  });
}
