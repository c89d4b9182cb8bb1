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
    { name: "cannot fit", wanted: Array(16).fill(100), out: null },
  ])("$name", ({ wanted, out }) => {
    const got = spreadLabels(wanted, 14, 0, 200);
    if (out === null) expect(got).toBeNull();
    else expect(got?.map((n) => Math.round(n * 100) / 100)).toEqual(out);
  });

  it("keeps many labels apart, inside, and fast", () => {
    const next = random(7);
    const wanted = Array.from({ length: 2000 }, () => next() * 30_000);
    const started = performance.now();
    const got = spreadLabels(wanted, 14, 0, 30_000) ?? [];
    expect(performance.now() - started).toBeLessThan(50);
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

  it("gives up (offset 0) past the steps it may take, and stays fast with many ties", () => {
    const marks = Array.from({ length: 500 }, () => ({ x: 50, y: 10, group: "d" }));
    const started = performance.now();
    const offsets = dodge(marks, bounds);
    expect(performance.now() - started).toBeLessThan(50);
    expect(offsets.slice(0, 9)).toEqual([0, 5, -5, 10, -10, 15, -15, 20, -20]);
    expect(offsets.slice(9).every((o) => o === 0)).toBe(true);
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
