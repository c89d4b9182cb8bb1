import { describe, expect, it } from "vitest";
import {
  dodge,
  spreadLabels,
  stackRows,
  textWidth,
  WIDTH_SAFETY,
  truncate,
  wrap,
} from "../../../src/lib/charts/labels.ts";
import { random } from "./fixtures.ts";

describe("textWidth", () => {
  it.each([
    { text: "", width: 0 },
    { text: "iii", width: 3 * 0.3 * 12 * WIDTH_SAFETY },
    { text: "MMM", width: 3 * 0.85 * 12 * WIDTH_SAFETY },
    { text: "38k", width: (0.56 * 2 + 0.53) * 12 * WIDTH_SAFETY },
  ])("'$text' is about $width px", ({ text, width }) => expect(textWidth(text)).toBeCloseTo(width));

  it("scales with the font size", () =>
    expect(textWidth("Pentagon", 24)).toBe(textWidth("Pentagon") * 2));
});

describe("truncate", () => {
  it.each([
    { text: "Pentagon", max: 100, out: "Pentagon" },
    { text: "Ukraine's incursion into Kursk begins", max: 80, out: "Ukraine's i…" },
    { text: "Pentagon", max: 3, out: "" },
  ])("'$text' in $max px → '$out'", ({ text, max, out }) => {
    expect(truncate(text, max)).toBe(out);
    expect(textWidth(truncate(text, max))).toBeLessThanOrEqual(max);
  });
});

describe("wrap", () => {
  it.each([
    { text: "Pentagon", max: 100, lines: ["Pentagon"] },
    { text: "Volodymyr Zelensky", max: 70, lines: ["Volodymyr", "Zelensky"] },
    {
      text: "US and South Korean intelligence estimates",
      max: 110,
      lines: ["US and South", "Korean intellige…"],
    },
    { text: "  ", max: 100, lines: [] },
  ])("'$text' in $max px", ({ text, max, lines }) => {
    expect(wrap(text, max)).toEqual(lines);
    for (const line of wrap(text, max)) expect(textWidth(line)).toBeLessThanOrEqual(max);
  });
});

describe("spreadLabels", () => {
  it.each<{ name: string; wanted: number[]; out: number[] | null }>([
    { name: "none", wanted: [], out: [] },
    { name: "apart already: unmoved", wanted: [10, 50, 30], out: [10, 50, 30] },
    { name: "two on one spot: either side", wanted: [50, 50], out: [43, 57] },
    { name: "three close: a block about their mean", wanted: [100, 104, 96], out: [100, 114, 86] },
    { name: "pushed off the bottom edge", wanted: [195, 199], out: [186, 200] },
    { name: "pushed off the top edge", wanted: [0, 1], out: [0, 14] },
    { name: "cannot fit", wanted: Array<number>(16).fill(100), out: null },
  ])("$name", ({ wanted, out }) => {
    const got = spreadLabels(wanted, 14, 0, 200);
    if (out === null) expect(got).toBeNull();
    else expect(got?.map((n) => Math.round(n * 100) / 100)).toEqual(out);
  });

  it("keeps many labels apart and inside, reading each wanted place O(log n) times", () => {
    const next = random(7);
    const wanted = Array.from({ length: 2000 }, () => next() * 30_000);
    // Count reads of the input instead of timing the call: the same on every machine. The sort
    // reads about 2 n log2 n (≈ 44,000 here); a quadratic merge would read millions.
    let reads = 0;
    const counted = new Proxy(wanted, {
      get(target, key, receiver): unknown {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const got = spreadLabels(counted, 14, 0, 30_000) ?? [];
    expect(got).toHaveLength(2000);
    expect(reads).toBeLessThanOrEqual(3 * 2000 * Math.log2(2000));
    const sorted = [...got].sort((a, b) => a - b);
    for (const [i, y] of sorted.entries()) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(30_000 + 1e-9);
      if (i > 0) expect(y - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-9);
    }
    // Order is kept: a label wanted lower never ends above one wanted higher.
    const byWanted = wanted.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
    const inOrder = byWanted.map((i) => got[i] ?? 0);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
  });
});

describe("dodge", () => {
  const bounds = { left: 0, right: 100 };
  it.each<{ name: string; marks: { x: number; y: number; group: string }[]; offsets: number[] }>([
    {
      name: "apart: unmoved",
      marks: [
        { x: 50, y: 10, group: "d" },
        { x: 50, y: 20, group: "d" },
      ],
      offsets: [0, 0],
    },
    {
      name: "three on one spot: right, then left",
      marks: [
        { x: 50, y: 10, group: "d" },
        { x: 50, y: 10, group: "d" },
        { x: 50, y: 12, group: "d" },
      ],
      offsets: [0, 5, -5],
    },
    {
      name: "different days are not dodged",
      marks: [
        { x: 50, y: 10, group: "d1" },
        { x: 51, y: 10, group: "d2" },
      ],
      offsets: [0, 0],
    },
    {
      name: "never past the plot edge",
      marks: [
        { x: 100, y: 10, group: "d" },
        { x: 100, y: 10, group: "d" },
      ],
      offsets: [0, -5],
    },
  ])("$name", ({ marks, offsets }) => expect(dodge(marks, bounds)).toEqual(offsets));

  it("gives up (offset 0) past the steps it may take", () => {
    const marks = Array.from({ length: 500 }, () => ({ x: 50, y: 10, group: "d" }));
    const offsets = dodge(marks, bounds);
    expect(offsets.slice(0, 9)).toEqual([0, 5, -5, 10, -10, 15, -15, 20, -20]);
    expect(offsets.slice(9)).toEqual(Array(491).fill(0));
  });

  // Work is counted as distance checks (Math.hypot calls), not timed: the same on every machine.
  describe("work", () => {
    const distanceChecks = (marks: { x: number; y: number; group: string }[], right = 100) => {
      const hypot = Math.hypot;
      let checks = 0;
      Math.hypot = (...values) => (checks++, hypot(...values));
      try {
        dodge(marks, { left: 0, right, minDistance: 9, step: 10 });
      } finally {
        Math.hypot = hypot;
      }
      return checks;
    };

    it("is near linear for marks spread over a chart: under one distance check per mark", () => {
      const next = random(3);
      const marks = Array.from({ length: 4000 }, () => ({
        x: Math.round(next() * 600),
        y: Math.round(next() * 300),
        group: `d${Math.floor(next() * 30)}`,
      }));
      expect(distanceChecks(marks, 600)).toBeLessThan(4000);
    });

    it("grows linearly with ties on one spot", () => {
      const ties = (n: number) => Array.from({ length: n }, () => ({ x: 50, y: 10, group: "d" }));
      expect(distanceChecks(ties(1000))).toBeLessThanOrEqual(2.5 * distanceChecks(ties(500)));
    });
  });
});

describe("stackRows", () => {
  it.each<{ name: string; spans: { from: number; to: number }[]; rows: number[] }>([
    {
      name: "apart: one row",
      spans: [
        { from: 0, to: 10 },
        { from: 20, to: 30 },
      ],
      rows: [0, 0],
    },
    {
      name: "overlapping: next row",
      spans: [
        { from: 0, to: 50 },
        { from: 20, to: 30 },
      ],
      rows: [0, 1],
    },
    {
      name: "too close (gap 8)",
      spans: [
        { from: 0, to: 10 },
        { from: 15, to: 30 },
      ],
      rows: [0, 1],
    },
    {
      name: "taken left to right whatever the input order",
      spans: [
        { from: 20, to: 30 },
        { from: 0, to: 50 },
      ],
      rows: [1, 0],
    },
    {
      name: "rows full: the one that ends soonest",
      spans: [0, 1, 2, 3].map((i) => ({ from: i, to: 100 - i })),
      rows: [0, 1, 2, 2],
    },
  ])("$name", ({ spans, rows }) => expect(stackRows(spans)).toEqual(rows));
});
