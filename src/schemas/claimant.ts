import { z } from "astro/zod";
import { displayText, httpUrl, id, optional } from "./fields.ts";
import { colour, shape } from "./seriesLook.ts";

/** Someone who makes claims or is quoted: a person or an organisation. */
export const claimantSchema = z.strictObject({
  id,
  name: displayText(100),
  /** What they are, as a reader needs it: "President of Ukraine". */
  role: displayText(150),
  affiliation: displayText(150),
  kind: z.enum(["person", "organisation"], { error: "must be person or organisation" }),
  url: optional(httpUrl),
  /** Their colour on every chart (`orange`); left out, one is derived from the id. */
  colour: optional(colour),
  /** Their mark shape on every chart (`diamond`); left out, one is derived from the id. */
  shape: optional(shape),
  /**
   * claimants/<id> of the organisation (or person) this person speaks for: a spokesperson is
   * credited "Núria Vidal, for the Port Vell Housing Coalition".
   */
  speaksFor: optional(id),
});

export type Claimant = z.infer<typeof claimantSchema>;
