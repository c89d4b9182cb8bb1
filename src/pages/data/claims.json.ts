import type { APIRoute } from "astro";
import { claimsJson } from "../../lib/claims/records.ts";
import { byDateThenId } from "../../lib/claims/query.ts";
import { getSiteData } from "../../lib/site/siteData.ts";
import { siteConfig } from "../../site.config.ts";

/** The whole claims dataset as JSON. */
export const GET: APIRoute = async () => {
  const { claims, claimants, subjects } = await getSiteData();
  const body = claimsJson([...claims.values()].sort(byDateThenId), {
    claimants,
    subjects,
    locale: siteConfig.locale,
  });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
