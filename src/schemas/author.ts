import { z } from "astro/zod";
import { httpUrl, id, optional } from "./fields.ts";

/** A byline. */
export const authorSchema = z.strictObject({
  id,
  name: z.string().min(1),
  role: optional(z.string().min(1)),
  url: optional(httpUrl),
});

export type Author = z.infer<typeof authorSchema>;
