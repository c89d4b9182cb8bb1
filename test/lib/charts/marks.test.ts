import { describe, expect, it } from "vitest";
import {
  ARROW,
  arrowClearance,
  boundArrow,
  chartWidth,
  clamp,
  MIN_WIDTH,
} from "../../../src/lib/charts/marks.ts";
import { arrowPath, markRadius } from "../../../src/lib/charts/symbols.ts";
import { claim } from "./fixtures.ts";

const r = markRadius();

describe("chartWidth", () => {
  it.each([
    [640, 640],
    [321.6, 322],
    [MIN_WIDTH, MIN_WIDTH],
    [100, MIN_WIDTH],
    [0, MIN_WIDTH],
    [-50, MIN_WIDTH],
    [Number.NaN, MIN_WIDTH],
    [Number.POSITIVE_INFINITY, MIN_WIDTH],
  ])("%s is laid out at %s", (width, expected) => expect(chartWidth(width)).toBe(expected));
});

describe("clamp", () => {
  it("keeps a value inside the bounds", () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(clamp(2, 0, 3)).toBe(2);
  });
});

describe("arrowClearance", () => {
  it("is nothing without a lower bound", () => {
    expect(arrowClearance([])).toEqual({});
    expect(
      arrowClearance([claim({ id: "a" }), claim({ id: "b", value: { kind: "atMost", n: 9 } })]),
    ).toEqual({});
  });

  it("makes room beyond the highest lower bound", () => {
    const claims = [
      claim({ id: "a", value: { kind: "atLeast", n: 500 } }),
      claim({ id: "b", value: { kind: "atLeast", n: 900 } }),
      claim({ id: "c", value: { kind: "point", n: 5000 } }),
    ];
    expect(arrowClearance(claims)).toEqual({ clearance: { value: 900, px: ARROW + 1 } });
  });
});

describe("boundArrow", () => {
  it("reaches ARROW px from the centre when the plot has room", () => {
    expect(boundArrow(100, 100, "y", -1, 10)).toEqual({
      tip: 100 - ARROW,
      path: arrowPath(100, 100 - r, 100, 100 - ARROW),
    });
    expect(boundArrow(50, 20, "x", 1, 600)).toEqual({
      tip: 50 + ARROW,
      path: arrowPath(50 + r, 20, 50 + ARROW, 20),
    });
  });

  it("stops at the plot's edge", () => {
    expect(boundArrow(100, 100, "y", -1, 90).tip).toBe(90);
    expect(boundArrow(100, 100, "y", 1, 110).tip).toBe(110);
    expect(boundArrow(100, 20, "x", -1, 90).tip).toBe(90);
  });

  it("is a stub clearing the mark when the edge is too close", () => {
    expect(boundArrow(100, 100, "y", -1, 98).tip).toBe(100 - r - 6);
    expect(boundArrow(100, 100, "y", 1, 101).tip).toBe(100 + r + 6);
    expect(boundArrow(100, 20, "x", 1, 102)).toEqual({
      tip: 100 + r + 6,
      path: arrowPath(100 + r, 20, 100 + r + 6, 20),
    });
  });
});
