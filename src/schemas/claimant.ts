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
});

export type Claimant = z.infer<typeof claimantSchema>;
