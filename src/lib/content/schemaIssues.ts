import type { z } from "astro/zod";
import { closest } from "../util/didYouMean.ts";
import { show, type ContentIssue } from "./issues.ts";
import type { FieldPath, YamlSource } from "./yamlSource.ts";

/** `sources[0].url` from `["sources", 0, "url"]`. */
export function fieldName(path: FieldPath): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The field names a schema accepts at `path`, for "did you mean" on unknown fields. */
export function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "pipe": {
      // z.preprocess is a pipe from a transform (no fields) into the schema that has them.
      const fromIn = knownFields(def.in!, path);
      return fromIn.length ? fromIn : knownFields((def as { out?: z.ZodType }).out!, path);
    }
    case "optional":
    case "default":
    case "nullable":
      return knownFields(def.innerType!, path);
    case "union":
      return [...new Set(def.options!.flatMap((o) => knownFields(o, path)))];
    case "array":
      return path.length ? knownFields(def.element!, path.slice(1)) : [];
    case "object": {
      const shape = def.shape!;
      if (path.length === 0) return Object.keys(shape);
      const key = String(path[0]);
      const next = Object.hasOwn(shape, key) ? shape[key] : undefined;
      return next ? knownFields(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}

/**
 * Validate `data` (found at `basePath` in `source`) against a schema and turn every failure into
 * a placed issue: unknown fields (with did-you-mean), missing fields, and bad values (with the
 * value received). Returns the parsed value when valid.
 */
export function checkAgainstSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: YamlSource,
  basePath: FieldPath = [],
): { value?: z.infer<S>; issues: ContentIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, issues: [] };
  const issues: ContentIssue[] = [];
  const commaNumbers = new Set<string>();
  for (const issue of result.error.issues) {
    const rel = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    const path = [...basePath, ...rel];
    if (issue.code === "unrecognized_keys") {
      const known = knownFields(schema, rel);
      for (const key of issue.keys) {
        // `{ kind: point, n: 250,000 }`: YAML splits the number at the comma into n: 250 and a
        // field "000" (read as 0). Say what was typed and how to write it, once per number.
        const split = source.commaNumberAt(path, key);
        if (split) {
          const where = `${split.pos.line}:${split.pos.column}`;
          if (commaNumbers.has(where)) continue;
          commaNumbers.add(where);
          issues.push({
            ...split.pos,
            field: fieldName([...rel, split.field]),
            message: `${split.typed} is a number written with commas: inside { } YAML splits it at each comma (into ${split.typed.split(",")[0]} and a field "${key}")`,
            hint: `Write ${split.field}: ${split.typed.replace(/,/g, "")} (digits only, no commas).`,
          });
          continue;
        }
        const near = closest(key, known);
        // A field of another shape of the same thing (a qualifier on an exact figure).
        const elsewhere = near === key;
        issues.push({
          ...source.keyPositionOf(path, key),
          field: fieldName([...rel, key]),
          message: elsewhere ? `field "${key}" does not fit here` : `unknown field "${key}"`,
          hint: elsewhere
            ? key === "qualifier"
              ? "A qualifier goes with kind approx, atLeast or atMost: an exact figure or a range has none."
              : `"${key}" belongs to another kind of entry; remove it or change the kind.`
            : near
              ? `Did you mean "${near}"?`
              : `Fields allowed here: ${known.join(", ")}.`,
        });
      }
      continue;
    }
    const value = valueAt(data, rel);
    const missing = value === undefined || value === null;
    // A schema rule can say what to do (an unknown metric: the nearest one, the config line).
    const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
    issues.push({
      ...source.positionOf(path),
      field: fieldName(rel),
      message:
        missing && issue.code === "invalid_type"
          ? "is required but missing"
          : issue.code === "invalid_type" && issue.expected === "array"
            ? `must be a list (got ${show(value)})`
            : `${issue.message} (got ${show(value)})`,
      ...(typeof hint === "string" ? { hint } : listHint(issue, rel, value)),
    });
  }
  return { issues };
}

/**
 * For a single word where a list goes (`topics: floods`), the list to write instead; for a list
 * where one word goes (`speaksFor: [a, b]`), that only one is taken.
 */
function listHint(
  issue: z.core.$ZodIssue,
  rel: readonly (string | number)[],
  value: unknown,
): { hint?: string } {
  if (issue.code !== "invalid_type") return {};
  const key = rel.at(-1);
  if (Array.isArray(value) && issue.expected === "string")
    return {
      hint: `${String(key)} takes one value, written without brackets${key === "subject" ? ": for several, write subjects: [a, b]" : ""}.`,
    };
  if (issue.expected !== "array") return {};
  if (key === "sources") return {};
  const one = typeof value === "string" && value.length <= 100 ? value : "a, b";
  return { hint: `Write it in square brackets, even for one: ${String(key)}: [${one}]` };
}
