import type { APIRoute, GetStaticPaths } from "astro";
import { explainerClaims } from "../../../lib/claims/explainerContext.ts";
import { claimsJson } from "../../../lib/claims/records.ts";
import { parseMdx } from "../../../lib/content/mdxSource.ts";
import { getSiteData, type Explainer } from "../../../lib/content/store.ts";
import { siteConfig } from "../../../site.config.ts";

export const getStaticPaths = (async () => {
  const { explainers } = await getSiteData();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** The claims one explainer shows, in its text and its charts. */
export const GET: APIRoute<{ entry: Explainer }> = async ({ props }) => {
  const { claims, claimants, subjects } = await getSiteData();
  const shown = explainerClaims(parseMdx(props.entry.id, props.entry.body ?? "").elements, claims);
  return new Response(claimsJson(shown, { claimants, subjects, locale: siteConfig.locale }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
