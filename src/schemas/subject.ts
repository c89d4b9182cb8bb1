import { z } from "astro/zod";
import { id, optional } from "./fields.ts";

/** What is being counted, e.g. "North Korean troops in Kursk". */
export const subjectSchema = z.strictObject({
  id,
  label: z.string().min(1),
  description: optional(z.string().min(1)),
});

export type Subject = z.infer<typeof subjectSchema>;
