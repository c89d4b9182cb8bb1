import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcParams } from "../../helpers/property.ts";
import {
  parseYamlCarefully,
  parseYamlSource,
  yamlData,
} from "../../../src/lib/content/yamlSource.ts";

const CLAIMS = `- id: a
  value: { kind: point, n: 3 }
  sources:
    - url: https://example.org/
      publisher: Example
- id: b
  date: 2024-12-23
`;

const SYNTAX_HINT = "Check indentation, and quote text that contains a colon followed by a space.";
const ALIAS_HINT = "Write the value out in full instead of pointing at an &anchor.";

describe("parseYamlSource: data", () => {
  it("reads plain data, keeping dates as text", () => {
    const source = parseYamlSource("c.yaml", CLAIMS);
    expect(source.issues).toEqual([]);
    expect(source.data).toEqual([
      {
        id: "a",
        value: { kind: "point", n: 3 },
        sources: [{ url: "https://example.org/", publisher: "Example" }],
      },
      { id: "b", date: "2024-12-23" },
    ]);
  });

  it("skips a byte-order mark at the start, both ways of reading", () => {
    const text = "\uFEFF- id: a\n  note: x\n";
    const careful = parseYamlCarefully("c.yaml", text);
    expect(careful.issues).toEqual([]);
    expect(careful.data).toEqual([{ id: "a", note: "x" }]);
    expect(parseYamlSource("c.yaml", text).data).toEqual(careful.data);
    // Columns as an editor shows them, the mark not counted.
    expect({ ...careful.positionOf([0, "id"]) }).toEqual({ file: "c.yaml", line: 1, column: 7 });
    expect({ ...parseYamlSource("c.yaml", text).positionOf([0, "note"]) }).toMatchObject({
      line: 2,
      column: 9,
    });
  });

  it("reads an empty file as null, with nothing to report", () => {
    const source = parseYamlSource("c.yaml", "");
    expect([source.data, source.issues]).toEqual([null, []]);
  });
});

describe("parseYamlSource: positions", () => {
  const source = parseYamlSource("c.yaml", CLAIMS);

  it.each([
    { path: [], line: 1, column: 1, what: "the whole list" },
    { path: [0], line: 1, column: 3, what: "an entry, after its dash" },
    { path: [0, "id"], line: 1, column: 7, what: "a value" },
    { path: [0, "value"], line: 2, column: 10, what: "a flow mapping" },
    { path: [0, "value", "n"], line: 2, column: 28, what: "a value inside a flow mapping" },
    { path: [0, "sources", 0, "url"], line: 4, column: 12, what: "a value in a nested list" },
    { path: [1, "date"], line: 7, column: 9, what: "a date" },
    { path: [1, "missing"], line: 6, column: 3, what: "a missing field: its entry" },
    { path: [0, "value", "n", "deeper"], line: 2, column: 28, what: "below a scalar: the scalar" },
    { path: [5], line: 1, column: 1, what: "an entry past the end: the list" },
  ])("$what, $path → $line:$column", ({ path, line, column }) => {
    expect(source.positionOf(path)).toEqual({ file: "c.yaml", line, column });
  });

  it.each([
    { path: [0], key: "value", line: 2, column: 3, what: "a key" },
    { path: [1], key: "date", line: 7, column: 3, what: "a key of the second entry" },
    { path: [0, "value"], key: "n", line: 2, column: 25, what: "a key in a flow mapping" },
    { path: [1], key: "nope", line: 6, column: 3, what: "a key not there: its mapping" },
    { path: [0, "id"], key: "x", line: 1, column: 7, what: "not a mapping: the value itself" },
  ])("$what, $key in $path → $line:$column", ({ path, key, line, column }) => {
    expect(source.keyPositionOf(path, key)).toEqual({ file: "c.yaml", line, column });
  });

  it("shifts lines by lineOffset, for front matter inside an MDX file", () => {
    const fm = parseYamlSource("story.mdx", "title: T\nauthors: [a, b]\n", 1);
    expect(fm.positionOf(["authors", 1])).toEqual({ file: "story.mdx", line: 3, column: 14 });
    expect(fm.keyPositionOf([], "authors")).toEqual({ file: "story.mdx", line: 3, column: 1 });
    expect(fm.positionOf(["nope"])).toEqual({ file: "story.mdx", line: 2, column: 1 });
  });
});

describe("parseYamlSource: problems, each placed", () => {
  it.each([
    {
      name: "an unclosed flow list",
      text: "- id: a\n  label: [unclosed\n",
      issues: [
        {
          line: 3,
          column: 1,
          message:
            "YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]",
          hint: SYNTAX_HINT,
        },
      ],
    },
    {
      name: "a key written twice",
      text: "- id: a\n  id: b\n",
      issues: [
        { line: 2, column: 3, message: "YAML syntax: Map keys must be unique", hint: SYNTAX_HINT },
      ],
    },
    {
      name: "a tab as indentation",
      text: "key: value\n\tbad: tab\n",
      issues: [
        {
          line: 2,
          column: 1,
          message: "YAML syntax: Tabs are not allowed as indentation",
          hint: SYNTAX_HINT,
        },
      ],
    },
    {
      name: "aliases, each one, before anything is expanded",
      text: "- &x { id: a }\n- *x\n- *x\n",
      issues: [
        {
          line: 2,
          column: 3,
          message: "YAML alias *x is not allowed in content",
          hint: ALIAS_HINT,
        },
        {
          line: 3,
          column: 3,
          message: "YAML alias *x is not allowed in content",
          hint: ALIAS_HINT,
        },
      ],
    },
  ])("$name", ({ text, issues }) => {
    const source = parseYamlSource("s.yaml", text);
    expect(source.issues).toEqual(issues.map((i) => ({ file: "s.yaml", ...i })));
    expect(source.data).toBeUndefined();
  });

  it("stops at five aliases, however many there are (a billion laughs stays small)", () => {
    const source = parseYamlSource(
      "s.yaml",
      `a: &a [1]\nb: [${Array(50).fill("*a").join(", ")}]\n`,
    );
    expect(source.issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
      "2:5 YAML alias *a is not allowed in content",
      "2:9 YAML alias *a is not allowed in content",
      "2:13 YAML alias *a is not allowed in content",
      "2:17 YAML alias *a is not allowed in content",
      "2:21 YAML alias *a is not allowed in content",
    ]);
  });

  it("places syntax errors after lineOffset too", () => {
    expect(parseYamlSource("story.mdx", "title: [T\n", 1).issues).toEqual([
      {
        file: "story.mdx",
        line: 3,
        column: 1,
        message:
          "YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]",
        hint: SYNTAX_HINT,
      },
    ]);
  });
});

describe("yamlData (what the content loaders read)", () => {
  const text = "- id: a\n  name: A\n";

  it("hands over what the check already parsed, once, for the same text", () => {
    const checked = parseYamlSource("src/content/x/handover.yaml", text);
    const first = yamlData("src/content/x/handover.yaml", text);
    expect(first.data).toBe(checked.data);
    // Handed over once: a second read parses again (same data, new objects).
    const second = yamlData("src/content/x/handover.yaml", text);
    expect(second.data).not.toBe(checked.data);
    expect(second.data).toEqual(checked.data);
  });

  it("parses again when the file changed after the check read it", () => {
    parseYamlSource("src/content/x/changed.yaml", text);
    const read = yamlData("src/content/x/changed.yaml", "- id: b\n  name: B\n");
    expect(read.data).toEqual([{ id: "b", name: "B" }]);
  });

  it("reports problems rather than handing over data", () => {
    const read = yamlData("src/content/x/broken.yaml", "- id: a\n  name: [unclosed\n");
    expect(read.data).toBeUndefined();
    expect(read.issues[0]?.message).toMatch(/YAML syntax/);
  });
});

describe("parseYamlSource: the quick way reads what the careful way reads", () => {
  // Plain scalars each YAML reader may resolve its own way: numbers in every notation, the
  // YAML 1.1 words, dates, times, and text that only looks like them.
  const PLAIN = [
    "12",
    "-0",
    "+7",
    "012",
    "0o17",
    "0o8",
    "0x1F",
    "0X1F",
    "0b101",
    "1_000",
    "1,000",
    "1.5",
    "1.",
    ".5",
    "-.5",
    "1e3",
    "1E-3",
    "1.5e+3",
    ".inf",
    "-.Inf",
    "+.INF",
    ".nan",
    ".NaN",
    "NaN",
    "~",
    "null",
    "Null",
    "NULL",
    "nul",
    "true",
    "True",
    "TRUE",
    "tRue",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "2024-01-01",
    "2024-1-1",
    "2024-01-01T10:00:00Z",
    "12:30",
    "1:30:00",
    "0.1.2",
    "5%",
    "about 5",
    "Kursk",
    "a b",
    "null x",
    "1e",
    "e3",
    "-",
    "=",
    "<<",
    "0x",
    "00",
  ];
  const TAGGED = ["!!str 12", "!!int 12", "!!float 1", "!!bool yes", "&a x", "!local x", "!!null"];
  const QUOTED = ['"12"', "'true'", '"a\\tb"', '"\\u00e9"', "'it''s'", '""', '"line\\nbreak"'];
  const scalarArb = fc.oneof(
    fc.constantFrom(...PLAIN),
    fc.constantFrom(...QUOTED),
    fc.constantFrom(...TAGGED),
  );
  const keyArb = fc.constantFrom("id", "n", "date", "note", "1", "true", "x y", "<<", "__proto__");
  const flowMap = fc
    .uniqueArray(fc.tuple(keyArb, scalarArb), { selector: (p) => p[0], maxLength: 4 })
    .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")} }`);
  const flowSeq = fc.array(scalarArb, { maxLength: 4 }).map((vs) => `[${vs.join(", ")}]`);
  // A block list, a block text, and a value followed by a comment.
  const blockSeq = fc
    .array(scalarArb, { minLength: 1, maxLength: 3 })
    .map((vs) => `\n${vs.map((v) => `    - ${v}`).join("\n")}`);
  const blockText = fc.constantFrom(
    "|\n    two\n    lines",
    ">-\n    folded\n    text",
    "|+\n    kept\n",
  );
  const commented = scalarArb.map((v) => `${v} # a note: 12`);
  const valueArb = fc.oneof(scalarArb, flowMap, flowSeq, blockSeq, blockText, commented);
  // Keys may repeat: a duplicate is a problem either way.
  const entryArb = fc
    .array(fc.tuple(keyArb, valueArb), { minLength: 1, maxLength: 5 })
    .chain((pairs) =>
      fc.constantFrom(
        // Block style, one field a line, and flow style on one line.
        `- ${pairs.map(([k, v]) => `${k}: ${v}`).join("\n  ")}\n`,
        `- { ${pairs
          .filter(([, v]) => !v.includes("\n") && !v.includes("#"))
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ")} }\n`,
      ),
    );
  // Sometimes with a byte-order mark first, as some editors save.
  const docArb = fc
    .tuple(fc.boolean(), fc.array(entryArb, { minLength: 1, maxLength: 4 }))
    .map(([bom, es]) => (bom ? "\uFEFF" : "") + es.join(""));

  it("gives the same data wherever the careful way finds no problem", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const careful = parseYamlCarefully("c.yaml", text);
        const quick = parseYamlSource("c.yaml", text);
        if (careful.issues.length) expect(quick.issues).toEqual(careful.issues);
        else {
          expect(quick.issues).toEqual([]);
          expect(quick.data).toEqual(careful.data);
        }
      }),
      fcParams(2000),
    );
  });
});
