import { z } from "astro/zod";
import { calendarDate, displayText, id, optional } from "./fields.ts";

/** The most subjects one event may belong to. */
export const EVENT_SUBJECTS_MAX = 50;

/**
 * A dated event charts can mark. It belongs to what it is about: it shows on the charts of its
 * subject (`subject`, or `subjects` for several), on a chart that names it
 * (`<ClaimsTimeline events="id">`), or, when it concerns every story (`global: true`), on any
 * chart whose dates it falls within. An event that says none of these shows nowhere: the check
 * refuses it unless a chart names it.
 */
export const eventSchema = z
  .strictObject({
    id,
    date: calendarDate,
    label: displayText(100),
    /** Only on charts of this subject. */
    subject: optional(id),
    /** Only on charts of these subjects. */
    subjects: optional(
      z
        .array(id)
        .min(1, { error: "needs at least one subject id" })
        .max(EVENT_SUBJECTS_MAX, {
          error: `must list at most ${EVENT_SUBJECTS_MAX} subjects: for an event that concerns every story, write global: true instead`,
        }),
    ),
    /** On every chart whose dates it falls within; never stretches a chart's axis. */
    global: optional(z.boolean({ error: "must be true or false, without quotes" })),
  })
  .superRefine((event, ctx) => {
    event.subjects?.forEach((s, i) => {
      if (event.subjects!.indexOf(s) < i)
        ctx.addIssue({
          code: "custom",
          path: ["subjects", i],
          message: `lists "${s}" twice: remove this one`,
        });
    });
    if (event.subject !== undefined && event.subjects !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["subjects"],
        message: "give either subject or subjects, not both: put every subject in subjects",
      });
    if (event.global === true && (event.subject !== undefined || event.subjects !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["global"],
        message:
          "an event is either global (for every story) or of its subjects: remove global, or remove subject",
      });
  });

export type ChartEvent = z.infer<typeof eventSchema>;

/** The subjects an event belongs to (none for a global event or one only charts name). */
export function eventSubjects(event: Pick<ChartEvent, "subject" | "subjects">): readonly string[] {
  return event.subjects ?? (event.subject === undefined ? [] : [event.subject]);
}

/** Whether an event says where it shows: a subject, subjects, or `global: true`. */
export function eventIsPlaced(event: Pick<ChartEvent, "subject" | "subjects" | "global">): boolean {
  return event.global === true || eventSubjects(event).length > 0;
}
