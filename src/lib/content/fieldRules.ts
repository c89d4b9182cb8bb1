/** Rules that apply to fields in any content file: dates against the build day, hidden text. */
import { isCalendarDate, isoDay } from "../util/dates.ts";
import { CONTROL_CHARACTER, INVISIBLE } from "../util/urls.ts";
import type { ContentIssue, SourcePosition } from "./issues.ts";
import { fieldName } from "./schemaIssues.ts";
import type { FieldPath, YamlSource } from "./yamlSource.ts";

/** A dated field after the build day, as an issue; undefined when it is not. */
export function futureDate(
  value: unknown,
  today: string,
  at: SourcePosition,
  field: string,
  what: string,
): ContentIssue | undefined {
  const day =
    value instanceof Date ? isoDay(value) : typeof value === "string" ? value.slice(0, 10) : "";
  if (!isCalendarDate(day) || day <= today) return undefined;
  return {
    ...at,
    field,
    message: `${day} is in the future (the build date is ${today})`,
    hint: `${what}; check the year.`,
  };
}

/**
 * Characters that reorder the text around them (bidirectional embeddings, overrides and
 * isolates) in any text field of an entry, and in names and labels any invisible or direction
 * character at all: there they can make a page say something other than what was checked, or
 * make two names that look the same differ.
 */
const REORDERING = /[\u202a-\u202e\u2066-\u2069]/;
const NAME_FIELDS = new Set([
  "name",
  "label",
  "title",
  "dek",
  "role",
  "affiliation",
  "publisher",
  "channel",
  "place",
  "seoTitle",
]);
export function reorderingText(
  value: unknown,
  source: YamlSource,
  path: FieldPath,
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const walk = (v: unknown, at: FieldPath, depth: number) => {
    if (depth > 50) return;
    if (typeof v === "string") {
      const key = at.at(-1);
      const control = CONTROL_CHARACTER.exec(v);
      if (control)
        out.push({
          ...source.positionOf(at),
          field: fieldName(at.slice(typeof at[0] === "number" ? 1 : 0)) || undefined,
          message: `contains a control character (${codePoint(control[0])})`,
          hint: "Delete it: it shows as nothing, and a feed that carried it would be refused by feed readers.",
        });
      const found =
        REORDERING.exec(v) ??
        (typeof key === "string" && NAME_FIELDS.has(key) ? INVISIBLE.exec(v) : null);
      if (found)
        out.push({
          ...source.positionOf(at),
          field: fieldName(at.slice(typeof at[0] === "number" ? 1 : 0)) || undefined,
          message: `contains an invisible or text-direction character (${codePoint(found[0])})`,
          hint: "Delete it: direction characters can reverse the text around them, and invisible ones make look-alike names.",
        });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i], depth + 1));
    else if (v && typeof v === "object" && !(v instanceof Date))
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k], depth + 1);
  };
  walk(value, path, 0);
  return out;
}

/** `U+0001` for a character. */
const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
