import Claim from "./Claim.astro";
import ClaimsCompare from "./ClaimsCompare.astro";
import ClaimsTimeline from "./ClaimsTimeline.astro";
import Quote from "./Quote.astro";

import type { AuthorComponent } from "../../schemas/components.ts";

/**
 * What authors can use in an explainer without importing it; passed to every explainer body
 * as `<Content components={authorComponents} />`. Exactly the components declared in
 * src/schemas/components.ts: the type refuses a missing or an extra one.
 */
export const authorComponents = {
  Claim,
  Quote,
  ClaimsTimeline,
  ClaimsCompare,
} satisfies Record<AuthorComponent, unknown>;
