import Claim from "./Claim.astro";
import ClaimsCompare from "./ClaimsCompare.astro";
import ClaimsTimeline from "./ClaimsTimeline.astro";
import Quote from "./Quote.astro";

/**
 * What authors can use in an explainer without importing it; passed to every explainer body
 * as `<Content components={authorComponents} />`. Keep in step with
 * `src/lib/content/componentProps.ts`, which the content check reads.
 */
export const authorComponents = { Claim, Quote, ClaimsTimeline, ClaimsCompare };
