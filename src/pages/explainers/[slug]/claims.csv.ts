import type { APIRoute, GetStaticPaths } from "astro";
import { claimsCsv } from "../../../lib/claims/records.ts";
import { getSiteData, type Explainer } from "../../../lib/site/siteData.ts";
import { siteConfig } from "../../../site.config.ts";

export const getStaticPaths = (async () => {
  const { explainers } = await getSiteData();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** The claims one explainer shows, in its text and its charts. */
export const GET: APIRoute<{ entry: Explainer }> = async ({ props }) => {
  const { shown, claimants, subjects } = await getSiteData();
  const claims = shown.get(props.entry.id) ?? [];
  return new Response(claimsCsv(claims, { claimants, subjects, locale: siteConfig.locale }), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
