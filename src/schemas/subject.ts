import { z } from "astro/zod";
import { displayText, id, optional } from "./fields.ts";

/** What is being counted, e.g. "North Korean troops in Kursk". */
export const subjectSchema = z.strictObject({
  id,
  /** The display name, as a heading shows it: "The 15 June 2024 housing march in Port Vell". */
  label: displayText(200),
  /**
   * A shorter form for chart titles and running text, e.g. "the Port Vell housing march". Without
   * it, sentences use the label, with a leading "The"/"A"/"An" in lower case mid-sentence.
   */
  short: optional(displayText(100)),
  description: optional(z.string().min(1)),
});

export type Subject = z.infer<typeof subjectSchema>;
