import { z } from "astro/zod";
import { httpUrl, id, optional } from "./fields.ts";

/** Someone who makes claims or is quoted: a person or an organisation. */
export const claimantSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** What they are, as a reader needs it: "President of Ukraine". */
  role: z.string().min(1),
  affiliation: z.string().min(1),
  kind: z.enum(["person", "organisation"], { error: "must be person or organisation" }),
  url: optional(httpUrl),
  /**
   * claimants/<id> of the organisation (or person) this person speaks for: a spokesperson is
   * credited "Núria Vidal, for the Port Vell Housing Coalition".
   */
  speaksFor: optional(id),
});

export type Claimant = z.infer<typeof claimantSchema>;
