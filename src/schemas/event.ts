import { z } from "astro/zod";
import { calendarDate, id, optional } from "./fields.ts";

/** A dated event charts can mark; without a subject it applies to every chart. */
export const eventSchema = z.strictObject({
  id,
  date: calendarDate,
  label: z.string().min(1),
  subject: optional(id),
});

export type ChartEvent = z.infer<typeof eventSchema>;
