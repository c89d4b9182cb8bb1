import Claim from "./Claim.astro";
import ClaimsCompare from "./ClaimsCompare.astro";
import ClaimsTimeline from "./ClaimsTimeline.astro";
import Quote from "./Quote.astro";

import type { AuthorComponent } from "../../schemas/components.ts";

/**
 * What authors can use in an explainer without importing it: `ExplainerBody.astro` fills each
 * slot of a compiled body with the one it names. Exactly the components declared in
 * src/schemas/components.ts: the type refuses a missing or an extra one.
 */
export const authorComponents = {
  Claim,
  Quote,
  ClaimsTimeline,
  ClaimsCompare,
} satisfies Record<AuthorComponent, unknown>;
