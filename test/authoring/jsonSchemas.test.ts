import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  buildJsonSchemas,
  schemaPath,
  serialiseSchema,
} from "../../src/lib/authoring/jsonSchemas.ts";
import { readContentSources } from "../../src/lib/content/checkContent.ts";
import { DATA_COLLECTIONS } from "../../src/schemas/collections.ts";
import { ROOT } from "../helpers/site.ts";

const { schemas, undescribed } = buildJsonSchemas();

// Strict mode catches a misspelt JSON Schema keyword; these two are the YAML extension's own.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addVocabulary(["enumDescriptions", "defaultSnippets"]);
const validators = Object.fromEntries(
  DATA_COLLECTIONS.map((c) => [c, ajv.compile(schemas[c])]),
) as Record<(typeof DATA_COLLECTIONS)[number], ReturnType<typeof ajv.compile>>;

const KURSK = readFileSync(join(ROOT, "src/content/claims/kursk.yaml"), "utf8");
const errorsFor = (collection: keyof typeof validators, data: unknown) => {
  const validate = validators[collection];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

describe("JSON Schemas for editors", () => {
  it.each(DATA_COLLECTIONS.map((c) => ({ collection: c })))(
    "schemas/$collection.schema.json is up to date with the Zod schema",
    async ({ collection }) => {
      const committed = readFileSync(join(ROOT, schemaPath(collection)), "utf8");
      const fresh = await serialiseSchema(schemas[collection], ROOT);
      // If this fails after a schema change: npm exec -- node scripts/json-schemas.ts
      expect(committed).toBe(fresh);
    },
  );

  it("describes every field, so hovers in the editor say what it is for", () => {
    expect(undescribed).toEqual([]);
  });

  it("accepts the example claims file as authors write it", () => {
    expect(errorsFor("claims", parse(KURSK))).toEqual([]);
  });

  it.each(DATA_COLLECTIONS.map((c) => ({ collection: c })))(
    "accepts every example $collection file",
    ({ collection }) => {
      for (const file of readContentSources(ROOT)[collection])
        expect(errorsFor(collection, parse(file.text)), file.path).toEqual([]);
    },
  );

  const claim = (parse(KURSK) as Array<Record<string, unknown>>)[4]!; // the event claim
  // AJV reports a value that fits none of the five shapes once per shape it tried; the set of
  // distinct messages (sorted) is what the editor shows.
  const ONE_OF = "/0/value must match exactly one schema in oneOf";
  const KIND = "/0/value/kind must be equal to constant";
  const EXTRA = "/0/value must NOT have additional properties";
  it.each([
    {
      name: "a number written as text",
      patch: { value: { kind: "point", n: "3,000" } },
      errors: [
        EXTRA,
        "/0/value must have required property 'high'",
        "/0/value must have required property 'low'",
        ONE_OF,
        KIND,
        "/0/value/n must be number",
      ],
    },
    {
      name: "a range missing high",
      patch: { value: { kind: "range", low: 1 } },
      errors: [
        EXTRA,
        "/0/value must have required property 'high'",
        "/0/value must have required property 'n'",
        ONE_OF,
        KIND,
      ],
    },
    {
      name: "a value with an extra field",
      patch: { value: { kind: "atMost", n: 1, low: 0 } },
      errors: [EXTRA, "/0/value must have required property 'high'", ONE_OF, KIND],
    },
    {
      name: "an unknown metric",
      patch: { metric: "casualites" },
      errors: ["/0/metric must be equal to one of the allowed values"],
    },
    {
      name: "an unknown status",
      patch: { status: "confirmed" },
      errors: ["/0/status must be equal to one of the allowed values"],
    },
    {
      name: "a date that is not YYYY-MM-DD",
      patch: { date: "4 January 2025" },
      errors: ['/0/date must match pattern "^\\d{4}-\\d{2}-\\d{2}$"'],
    },
    {
      name: "an unknown field",
      patch: { plase: "Kursk" },
      errors: ["/0 must NOT have additional properties"],
    },
    {
      name: "an id with capitals",
      patch: { id: "Zelensky-2025" },
      errors: ['/0/id must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"'],
    },
    {
      name: "a relative source URL",
      patch: { sources: [{ url: "/news", publisher: "P" }] },
      errors: ['/0/sources/0/url must match pattern "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$"'],
    },
    {
      name: "no sources",
      patch: { sources: [] },
      errors: ["/0/sources must NOT have fewer than 1 items"],
    },
    {
      name: "an event claim without a period",
      patch: { period: null },
      errors: ['/0 must match "then" schema', "/0/period must be object"],
    },
  ])("flags $name", ({ patch, errors }) => {
    const found = errorsFor("claims", [{ ...claim, ...patch }]);
    expect([...new Set(found)].sort()).toEqual(errors);
  });

  it("takes null for an optional field, as the example files write it", () => {
    expect(errorsFor("claims", [{ ...claim, relayedVia: null, verbatim: null }])).toEqual([]);
  });

  it("lists the allowed words with what each means", () => {
    const metric = (schemas.claims.items as { properties: Record<string, Record<string, unknown>> })
      .properties.metric!;
    expect(metric.enum).toEqual([
      "killed",
      "wounded",
      "casualties",
      "missing",
      "captured",
      "deployed",
      "losses",
    ]);
    expect(metric.enumDescriptions).toHaveLength(7);
    expect(metric.enumDescriptions).not.toContain("");
  });
});
