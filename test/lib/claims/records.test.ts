import { describe, expect, it } from "vitest";
import {
  CSV_COLUMNS,
  claimRow,
  claimsCsv,
  claimsJson,
  csvField,
} from "../../../src/lib/claims/records.ts";
import { claim, claimants, claims, subjects } from "../../helpers/explainerContext.ts";

const lookups = { claimants, subjects, locale: "en-GB" };

describe("csvField (RFC 4180)", () => {
  it.each([
    { value: "plain", out: "plain" },
    { value: "3,000", out: '"3,000"' },
    { value: 'say "when"', out: '"say ""when"""' },
    { value: "two\nlines", out: '"two\nlines"' },
    { value: "", out: "" },
  ])("$value", ({ value, out }) => expect(csvField(value)).toBe(out));
});

describe("csvField neutralises formulas (OWASP CSV injection)", () => {
  it.each([
    { value: "=1+1", out: `"'=1+1"` },
    { value: '=HYPERLINK("http://x","y")', out: `"'=HYPERLINK(""http://x"",""y"")"` },
    { value: "+44 20", out: `"'+44 20"` },
    { value: "-2+3", out: `"'-2+3"` },
    { value: "@SUM(A1)", out: `"'@SUM(A1)"` },
    { value: "\t=1", out: `"'\t=1"` },
    { value: "\r=1", out: `"'\r=1"` },
    { value: "  =1", out: `"'  =1"` },
    { value: "\uff1d1+1", out: `"'\uff1d1+1"` },
    { value: "a=1", out: "a=1" },
    { value: "1-2", out: "1-2" },
  ])("$value", ({ value, out }) => expect(csvField(value)).toBe(out));
});

describe("claimsCsv", () => {
  const csv = claimsCsv([...claims.values()], lookups);
  const lines = csv.split("\r\n");

  it("has a fixed header and one CRLF-terminated row per claim", () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines.length - 2).toBe(claims.size);
  });

  it("keeps the column order stable (downstream spreadsheets depend on it)", () => {
    expect(CSV_COLUMNS.slice(0, 6)).toEqual([
      "id",
      "date",
      "claimant_id",
      "claimant_name",
      "relayed_via",
      "subject_id",
    ]);
  });

  it("writes the figure both as numbers and in words, from the same record", () => {
    const row = claimRow(claims.get("range")!, lookups);
    expect([row.value_kind, row.value_n, row.value_low, row.value_high, row.value_text]).toEqual([
      "range",
      "",
      "10000",
      "12000",
      "10,000–12,000",
    ]);
    expect(csv).toContain(',"10,000–12,000",');
  });

  it("puts the first source in columns and every source URL in `sources`", () => {
    const row = claimRow(claims.get("at-most")!, lookups);
    expect(row.source_url).toBe("https://example.org/address");
    expect(row.sources).toBe("https://example.org/address https://example.org/telegram");
    expect(row.relayed_via).toBe("zelensky");
    expect([row.period_from, row.period_to]).toEqual(["2025-01-03", "2025-01-04"]);
  });
});

describe("claimsJson", () => {
  it("carries each claim as authored plus its wording, and the claimants it names", () => {
    const data = JSON.parse(claimsJson([claims.get("at-most")!], lookups)) as {
      claims: unknown[];
      claimants: object;
      subjects: object;
    };
    expect(data.claims[0]).toMatchObject({
      id: "at-most",
      valueText: "up to 1,000",
      value: { kind: "atMost", n: 1000 },
    });
    expect(Object.keys(data.claimants)).toEqual(["syrskyi", "zelensky"]);
    expect(Object.keys(data.subjects)).toEqual(["north-korean-troops-kursk"]);
  });
});

describe("revision chains in downloads", () => {
  // 38,000 on 17 June, revised to 45,000 on 20 June: both ends of the chain name the other.
  const first = claim({ id: "first", claimant: "pentagon", value: { kind: "point", n: 38000 } });
  const revised = claim({
    id: "revised",
    claimant: "pentagon",
    value: { kind: "point", n: 45000 },
    supersedes: "first",
  });
  const chained = { ...lookups, revisedBy: new Map([["first", revised]]) };

  it("adds superseded_by as the last CSV column, beside supersedes", () => {
    expect(CSV_COLUMNS.at(-1)).toBe("superseded_by");
    expect(claimRow(first, chained)).toMatchObject({ supersedes: "", superseded_by: "revised" });
    expect(claimRow(revised, chained)).toMatchObject({ supersedes: "first", superseded_by: "" });
    const [, row] = claimsCsv([first], chained).split("\r\n");
    expect(row!.endsWith(",revised")).toBe(true);
  });

  it("gives a revised claim supersededBy in the JSON, and no such key otherwise", () => {
    const data = JSON.parse(claimsJson([first, revised], chained)) as {
      claims: Array<Record<string, unknown>>;
    };
    expect(data.claims[0]).toMatchObject({ id: "first", supersededBy: "revised" });
    expect(data.claims[1]).toMatchObject({ id: "revised", supersedes: "first" });
    expect(data.claims[1]).not.toHaveProperty("supersededBy");
  });
});
