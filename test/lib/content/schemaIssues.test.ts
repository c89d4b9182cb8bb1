import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/content/issues.ts";
import {
  checkAgainstSchema,
  fieldName,
  knownFields,
} from "../../../src/lib/content/schemaIssues.ts";
import { parseYamlSource } from "../../../src/lib/content/yamlSource.ts";
import { claimSchema } from "../../../src/schemas/claim.ts";
import { explainerSchema } from "../../../src/schemas/explainer.ts";

const CLAIM_FIELDS = [
  "id",
  "claimant",
  "date",
  "channel",
  "relayedVia",
  "subject",
  "metric",
  "value",
  "verbatim",
  "inferred",
  "scope",
  "period",
  "place",
  "status",
  "supersedes",
  "sources",
];

/** Check the first entry of a claims file the way the content check does. */
function checkFirstClaim(text: string) {
  const source = parseYamlSource("c.yaml", text);
  expect(source.issues).toEqual([]);
  return checkAgainstSchema(claimSchema, (source.data as unknown[])[0], source, [0]);
}

describe("fieldName", () => {
  it.each([
    { path: [], name: "" },
    { path: ["title"], name: "title" },
    { path: ["sources", 0, "url"], name: "sources[0].url" },
    { path: [2, "value", "n"], name: "[2].value.n" },
    { path: ["authors", 1], name: "authors[1]" },
  ])("$path → '$name'", ({ path, name }) => expect(fieldName(path)).toBe(name));
});

describe("knownFields", () => {
  it.each([
    { name: "a claim's fields", schema: claimSchema, path: [], fields: CLAIM_FIELDS },
    {
      name: "every kind of figure's fields, once each",
      schema: claimSchema,
      path: ["value"],
      fields: ["kind", "n", "qualifier", "low", "high"],
    },
    {
      name: "a source's fields, through the list",
      schema: claimSchema,
      path: ["sources", 0],
      fields: ["url", "publisher", "title", "date", "archived"],
    },
    {
      name: "front matter fields",
      schema: explainerSchema,
      path: [],
      fields: [
        "title",
        "seoTitle",
        "dek",
        "published",
        "updated",
        "authors",
        "topics",
        "draft",
        "corrections",
        "image",
        "headline",
      ],
    },
    {
      name: "a correction's fields",
      schema: explainerSchema,
      path: ["corrections", 0],
      fields: ["date", "text"],
    },
    { name: "nothing under an unknown field", schema: claimSchema, path: ["nope"], fields: [] },
    { name: "nothing under a text field", schema: claimSchema, path: ["place"], fields: [] },
    { name: "nothing for a list itself", schema: z.array(claimSchema), path: [], fields: [] },
  ])("$name", ({ schema, path, fields }) => {
    expect(knownFields(schema, path)).toEqual(fields);
  });

  it("finds the fields of an optional object (period)", () => {
    expect(knownFields(claimSchema, ["period"])).toEqual(["from", "to"]);
  });
});

describe("checkAgainstSchema", () => {
  const VALID = `- id: a
  claimant: zelensky
  date: 2024-12-23
  subject: kursk
  metric: killed
  value: { kind: point, n: 3 }
  scope: cumulative
  status: unverified
  sources:
    - url: https://example.org/
      publisher: Example
`;

  it("returns the parsed value and no issues when the data fits", () => {
    const { value, issues } = checkFirstClaim(VALID);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ id: "a", date: "2024-12-23", value: { kind: "point", n: 3 } });
  });

  it("places each bad value at the value, quoting what it got", () => {
    const { value, issues } = checkFirstClaim(
      VALID.replace("metric: killed", "metric: dead").replace("n: 3 }", 'n: "3,000" }'),
    );
    expect(value).toBeUndefined();
    expect(issues).toEqual([
      {
        file: "c.yaml",
        line: 5,
        column: 11,
        field: "metric",
        message: 'is not a metric this site counts (got "dead")',
        hint: 'Metrics: killed, wounded, casualties, missing, captured, deployed, losses. To count something new, add it to metrics in src/site.config.ts: { id: "dead", label: "dead", unit: { one: "person", other: "people" }, title: "Claims of {metric} among {subject}", description: "claims of {metric} among {subject}" },',
      },
      {
        file: "c.yaml",
        line: 6,
        column: 28,
        field: "value.n",
        message:
          'is a number written with separators: write 3000, without commas, spaces or quotes (got "3,000")',
      },
    ]);
  });

  it("places an unknown field at its key, with a did-you-mean at any depth", () => {
    const { issues } = checkFirstClaim(
      VALID.replace("  scope: cumulative", "  scope: cumulative\n  plase: Kursk")
        .replace("n: 3 }", "n: 3, hgh: 4 }")
        .replace("publisher: Example", "publisher: Example\n      titel: Y"),
    );
    expect(issues.map(formatIssue)).toEqual([
      'c.yaml:6:31 value.hgh: unknown field "hgh"\n    Did you mean "high"?',
      'c.yaml:13:7 sources[0].titel: unknown field "titel"\n    Did you mean "title"?',
      'c.yaml:8:3 plase: unknown field "plase"\n    Did you mean "place"?',
    ]);
  });

  it("lists the fields allowed when nothing is close", () => {
    const fm = parseYamlSource(
      "story.mdx",
      "title: T\ndek: D\npublished: 2025-01-05\nauthors: [a]\nxyzzy: 1\n",
      1,
    );
    expect(checkAgainstSchema(explainerSchema, fm.data, fm).issues.map(formatIssue)).toEqual([
      'story.mdx:6:1 xyzzy: unknown field "xyzzy"\n' +
        "    Fields allowed here: title, seoTitle, dek, published, updated, authors, topics, draft, corrections, image, headline.",
    ]);
  });

  // A null field is placed at its null, a missing one at its entry. (Missing enum fields read
  // "must be one of ... (got nothing)": Zod reports them as a bad value, not a missing one.)
  it("says a missing or null field is missing", () => {
    const { issues } = checkFirstClaim(
      "- id: b\n  date: 2024-12-23\n  claimant: null\n  subject: s\n  metric: killed\n",
    );
    expect(issues.map(formatIssue)).toEqual([
      "c.yaml:3:13 claimant: is required but missing",
      "c.yaml:1:3 value: is required but missing",
      "c.yaml:1:3 scope: must be one of cumulative, event (got nothing)",
      "c.yaml:1:3 status: must be one of unverified, corroborated, disputed, retracted (got nothing)",
      "c.yaml:1:3 sources: is required but missing",
    ]);
  });

  it("answers an unknown field inside period with a did-you-mean", () => {
    const { issues } = checkFirstClaim(
      VALID.replace(
        "scope: cumulative",
        "scope: event\n  period: { from: 2024-12-01, too: 2024-12-02 }",
      ),
    );
    expect(issues.map(formatIssue)).toEqual([
      "c.yaml:8:11 period.to: is required but missing",
      'c.yaml:8:31 period.too: unknown field "too"\n    Did you mean "to"?',
    ]);
  });
});

describe("a field of another shape", () => {
  it("says a qualifier does not go with an exact figure, not 'did you mean qualifier'", () => {
    const source = parseYamlSource("c.yaml", "- value: { kind: point, n: 3, qualifier: about }\n");
    const { issues } = checkAgainstSchema(
      claimSchema.shape.value,
      (source.data as Array<{ value: unknown }>)[0]!.value,
      source,
      [0, "value"],
    );
    expect(issues).toEqual([
      {
        file: "c.yaml",
        line: 1,
        column: 31,
        field: "qualifier",
        message: 'field "qualifier" does not fit here',
        hint: "A qualifier goes with kind approx, atLeast or atMost: an exact figure or a range has none.",
      },
    ]);
  });
});

describe("a number typed with commas inside { }", () => {
  it("is one problem at the number, with the digits to write", () => {
    const source = parseYamlSource(
      "c.yaml",
      "- value: { kind: point, n: 250,000 }\n- value: { kind: atLeast, n: 1,250,000 }\n",
    );
    const data = source.data as Array<{ value: unknown }>;
    const found = [0, 1].flatMap(
      (i) =>
        checkAgainstSchema(claimSchema.shape.value, data[i]!.value, source, [i, "value"]).issues,
    );
    expect(found.map(formatIssue)).toEqual([
      'c.yaml:1:28 n: 250,000 is a number written with commas: inside { } YAML splits it at each comma (into 250 and a field "0")\n    Write n: 250000 (digits only, no commas).',
      'c.yaml:2:30 n: 1,250,000 is a number written with commas: inside { } YAML splits it at each comma (into 1 and a field "0")\n    Write n: 1250000 (digits only, no commas).',
    ]);
  });

  it("written in a block, is named as a number with separators", () => {
    const source = parseYamlSource("c.yaml", "- value:\n    kind: point\n    n: 250,000\n");
    const data = source.data as Array<{ value: unknown }>;
    const { issues } = checkAgainstSchema(claimSchema.shape.value, data[0]!.value, source, [
      0,
      "value",
    ]);
    expect(issues.map(formatIssue)).toEqual([
      'c.yaml:3:8 n: is a number written with separators: write 250000, without commas, spaces or quotes (got "250,000")',
    ]);
  });
});
