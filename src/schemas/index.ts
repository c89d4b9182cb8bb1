/** Every content schema, by collection name; `src/content.config.ts` and the checker share them. */
export { claimSchema } from "./claim.ts";
export { claimantSchema } from "./claimant.ts";
export { subjectSchema } from "./subject.ts";
export { authorSchema } from "./author.ts";
export { eventSchema } from "./event.ts";
export { explainerSchema } from "./explainer.ts";
