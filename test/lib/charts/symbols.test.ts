import { describe, expect, it } from "vitest";
import { SHAPES, type Shape } from "../../../src/lib/charts/palette.ts";
import { arrowPath, markRadius, symbolPath } from "../../../src/lib/charts/symbols.ts";

const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe("symbolPath", () => {
  it.each(SHAPES.map((shape) => ({ shape })))(
    "$shape: a closed path centred on 0,0",
    ({ shape }) => {
      const d = symbolPath(shape, 64);
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|undefined/);
      // Two decimals at most, and no "-0".
      expect(d).not.toMatch(/\d\.\d{3}/);
      expect(d).not.toMatch(/-0(?![.\d])/);
      const extent = Math.max(...numbers(d).map(Math.abs));
      expect(extent).toBeGreaterThan(3);
      expect(extent).toBeLessThan(9);
    },
  );

  it.each<{ shape: Shape; d: string }>([
    { shape: "circle", d: "M4.51,0A4.51,4.51,0,1,1,-4.51,0A4.51,4.51,0,1,1,4.51,0" },
    { shape: "square", d: "M-4,-4h8v8h-8Z" },
    {
      shape: "x",
      d: "M-2.53,-5.06L0,-2.53L2.53,-5.06L5.06,-2.53L2.53,0L5.06,2.53L2.53,5.06L0,2.53L-2.53,5.06L-5.06,2.53L-2.53,0L-5.06,-2.53Z",
    },
  ])("$shape at 64 px²", ({ shape, d }) => expect(symbolPath(shape, 64)).toBe(d));

  it("grows with the area", () => {
    const extent = (size: number) =>
      Math.max(...numbers(symbolPath("diamond", size)).map(Math.abs));
    expect(extent(256)).toBeCloseTo(extent(64) * 2, 1);
  });

  it.each([0, -5, Number.NaN])("draws nothing visible for size %s, without NaN", (size) => {
    const d = symbolPath("star", size);
    expect(d).not.toMatch(/NaN/);
    expect(numbers(d).every((n) => n === 0)).toBe(true);
  });

  it("gives the radius of a mark", () => expect(markRadius(64)).toBeCloseTo(4.51, 2));
});

describe("arrowPath", () => {
  it.each<{ name: string; args: [number, number, number, number]; d: string }>([
    {
      name: "up",
      args: [10, 20, 10, 6],
      d: "M10,20L10,6M13,10L10,6L7,10",
    },
    {
      name: "down",
      args: [10, 20, 10, 34],
      d: "M10,20L10,34M7,30L10,34L13,30",
    },
    {
      name: "right",
      args: [10, 20, 24, 20],
      d: "M10,20L24,20M20,17L24,20L20,23",
    },
    {
      name: "left",
      args: [10, 20, -4, 20],
      d: "M10,20L-4,20M0,23L-4,20L0,17",
    },
  ])("$name: shaft to the tip, barbs behind it", ({ args, d }) =>
    expect(arrowPath(...args)).toBe(d),
  );
});
