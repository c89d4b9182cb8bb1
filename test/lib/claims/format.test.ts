import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatNumber,
  formatPeriod,
  formatScope,
  formatValue,
  keyWord,
  qualifierOf,
  valueExtent,
} from "../../../src/lib/claims/format.ts";
import type { ClaimValue } from "../../../src/schemas/claim.ts";

describe("formatValue", () => {
  it.each<{ value: ClaimValue; words: string }>([
    { value: { kind: "point", n: 3000 }, words: "3,000" },
    { value: { kind: "approx", n: 1000 }, words: "roughly 1,000" },
    { value: { kind: "range", low: 10000, high: 12000 }, words: "10,000\u201312,000" },
    { value: { kind: "atLeast", n: 38000 }, words: "at least 38,000" },
    { value: { kind: "atMost", n: 1000 }, words: "up to 1,000" },
    { value: { kind: "point", n: 0 }, words: "0" },
    { value: { kind: "point", n: 1250000 }, words: "1,250,000" },
    { value: { kind: "approx", n: 2.5 }, words: "roughly 2.5" },
  ])("$value.kind $words", ({ value, words }) => expect(formatValue(value)).toBe(words));

  it.each<{ value: ClaimValue; words: string }>([
    {
      value: { kind: "atMost", n: 30000, qualifier: "no more than" },
      words: "no more than 30,000",
    },
    { value: { kind: "atMost", n: 30000, qualifier: "at most" }, words: "at most 30,000" },
    { value: { kind: "atLeast", n: 50000, qualifier: "more than" }, words: "more than 50,000" },
    { value: { kind: "approx", n: 40000, qualifier: "about" }, words: "about 40,000" },
    { value: { kind: "approx", n: 40000, qualifier: "some" }, words: "some 40,000" },
  ])("the claimant's word: $words", ({ value, words }) => {
    expect(formatValue(value)).toBe(words);
    expect(qualifierOf(value)).toBe(words.replace(/ [\d,]+$/, ""));
  });

  it("has no word for a point or a range", () => {
    expect(qualifierOf({ kind: "point", n: 1 })).toBeUndefined();
    expect(qualifierOf({ kind: "range", low: 1, high: 2 })).toBeUndefined();
  });

  it("follows the locale's grouping", () => {
    expect(formatValue({ kind: "atLeast", n: 38000 }, "de-DE")).toBe("at least 38.000");
  });
});

describe("formatNumber", () => {
  it("rounds to two decimals at most", () => expect(formatNumber(1 / 3)).toBe("0.33"));
});

describe("valueExtent", () => {
  it.each<{ value: ClaimValue; low: number; high: number }>([
    { value: { kind: "range", low: 10, high: 12 }, low: 10, high: 12 },
    { value: { kind: "atMost", n: 1000 }, low: 1000, high: 1000 },
  ])("$value.kind", ({ value, low, high }) => expect(valueExtent(value)).toEqual({ low, high }));
});

describe("dates", () => {
  it("reads a day in UTC whatever the zone", () => {
    expect(formatDay("2024-12-23")).toBe("23 December 2024");
    expect(formatDay("2024-12-23", "en-GB", "short")).toBe("23 Dec 2024");
  });
  it("formats periods, collapsing shared month and year", () => {
    expect(formatPeriod({ from: "2025-01-03", to: "2025-01-04" })).toMatch(
      /^3\s?–\s?4 January 2025$/,
    );
    expect(formatPeriod({ from: "2025-01-04", to: "2025-01-04" })).toBe("4 January 2025");
    expect(formatPeriod({ from: "2024-08-06", to: "2025-01-01" })).toMatch(
      /^6 August 2024\s?–\s?1 January 2025$/,
    );
  });
  it("describes scope", () => {
    expect(formatScope({ scope: "cumulative" })).toBe("Total to date");
    expect(formatScope({ scope: "event", period: { from: "2025-01-04", to: "2025-01-04" } })).toBe(
      "One episode, 4 January 2025",
    );
  });
});

describe("keyWord", () => {
  it("names a kind's symbol with the word the chart's figures use, when they agree", () => {
    const atMost = (n: number, qualifier?: "up to" | "no more than" | "at most"): ClaimValue =>
      qualifier ? { kind: "atMost", n, qualifier } : { kind: "atMost", n };
    expect(keyWord("atMost", [atMost(1, "no more than"), atMost(2, "no more than")])).toBe(
      "no more than",
    );
    expect(keyWord("atMost", [atMost(1, "no more than"), atMost(2)])).toBe("up to");
    expect(keyWord("atLeast", [atMost(1, "at most")])).toBe("at least");
  });
});

describe("formatted figures and days are remembered", () => {
  it("gives the same text the second time, per locale and month form", () => {
    expect(formatNumber(12000)).toBe("12,000");
    expect(formatNumber(12000)).toBe("12,000");
    expect(formatNumber(12000, "de-DE")).toBe("12.000");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe(new Intl.NumberFormat("en-GB").format(-0));
    expect(formatDay("2024-12-23")).toBe("23 December 2024");
    expect(formatDay("2024-12-23", "en-GB", "short")).toBe("23 Dec 2024");
    expect(formatDay("2024-12-23", "de-DE")).toBe("23. Dezember 2024");
    expect(formatDay("2024-12-23")).toBe("23 December 2024");
  });
});
