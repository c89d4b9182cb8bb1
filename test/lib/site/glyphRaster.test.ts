// The glyph rasteriser: exact area coverage of outlines, masks kept per glyph, blending.
import { join } from "node:path";
import type { PathCommand } from "opentype.js";
import { describe, expect, it } from "vitest";
import { cardFace } from "../../../src/lib/site/cardFonts.ts";
import {
  blendMask,
  glyphMask,
  rasterise,
  type RgbImage,
} from "../../../src/lib/site/glyphRaster.ts";

/** A closed polygon, clockwise or not as given. */
const polygon = (points: Array<[number, number]>): PathCommand[] => [
  { type: "M", x: points[0]![0], y: points[0]![1] },
  ...points.slice(1).map(([x, y]): PathCommand => ({ type: "L", x, y })),
  { type: "Z" },
];
const square = (x0: number, y0: number, x1: number, y1: number) =>
  polygon([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);
const at = (cov: Float32Array, width: number, x: number, y: number) => cov[y * width + x]!;
const sum = (cov: Float32Array) => cov.reduce((a, b) => a + b, 0);

describe("rasterise", () => {
  it("covers a square on whole pixels fully inside, not at all outside", () => {
    const cov = rasterise(square(2, 3, 8, 7), 10, 10);
    for (let y = 0; y < 10; y++)
      for (let x = 0; x < 10; x++)
        expect(at(cov, 10, x, y)).toBeCloseTo(x >= 2 && x < 8 && y >= 3 && y < 7 ? 1 : 0, 5);
  });

  it("covers the pixels an edge crosses in part, by the area inside", () => {
    const cov = rasterise(square(2.5, 2.5, 7.5, 7.25), 10, 10);
    expect(at(cov, 10, 4, 4)).toBeCloseTo(1, 5);
    expect(at(cov, 10, 2, 4)).toBeCloseTo(0.5, 5);
    expect(at(cov, 10, 7, 4)).toBeCloseTo(0.5, 5);
    expect(at(cov, 10, 4, 7)).toBeCloseTo(0.25, 5);
    expect(at(cov, 10, 2, 2)).toBeCloseTo(0.25, 5);
    expect(at(cov, 10, 1, 4)).toBe(0);
    expect(sum(cov)).toBeCloseTo(5 * 4.75, 4);
  });

  it("gives the area of a slanted shape and of a curved one to within 1%", () => {
    // A triangle: exact, as every edge is straight.
    const triangle = polygon([
      [3, 2],
      [33, 5],
      [10, 22],
    ]);
    expect(sum(rasterise(triangle, 40, 30))).toBeCloseTo(0.5 * (3 * -17 + 33 * 20 + 10 * -3), 3);
    // A circle of radius 12 from four cubic arcs.
    const r = 12;
    const c = 15;
    const k = 0.5522847498 * r;
    const circle: PathCommand[] = [
      { type: "M", x: c + r, y: c },
      { type: "C", x1: c + r, y1: c + k, x2: c + k, y2: c + r, x: c, y: c + r },
      { type: "C", x1: c - k, y1: c + r, x2: c - r, y2: c + k, x: c - r, y: c },
      { type: "C", x1: c - r, y1: c - k, x2: c - k, y2: c - r, x: c, y: c - r },
      { type: "C", x1: c + k, y1: c - r, x2: c + r, y2: c - k, x: c + r, y: c },
      { type: "Z" },
    ];
    const area = sum(rasterise(circle, 30, 30));
    expect(Math.abs(area - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.01);
    // The same circle from quadratic arcs through the same points.
    const quads: PathCommand[] = [{ type: "M", x: c + r, y: c }];
    for (let i = 1; i <= 16; i++) {
      const a = (i * Math.PI) / 8;
      const m = a - Math.PI / 16;
      const far = r / Math.cos(Math.PI / 16);
      quads.push({
        type: "Q",
        x1: c + far * Math.cos(m),
        y1: c + far * Math.sin(m),
        x: c + r * Math.cos(a),
        y: c + r * Math.sin(a),
      });
    }
    const quadArea = sum(rasterise(quads, 30, 30));
    expect(Math.abs(quadArea - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.01);
  });

  it("leaves a hole drawn the other way round empty", () => {
    const ring = square(1, 1, 9, 9);
    const hole = polygon([
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
    ]);
    const cov = rasterise([...ring, ...hole], 10, 10);
    expect(at(cov, 10, 5, 5)).toBeCloseTo(0, 5);
    expect(at(cov, 10, 2, 5)).toBeCloseTo(1, 5);
    expect(sum(cov)).toBeCloseTo(64 - 16, 4);
  });
});

describe("glyphMask", () => {
  const face = cardFace(join(import.meta.dirname, "../../../src"), "serif", 700);
  const H = face.main.glyphOf("H");

  it("draws a glyph once and keeps it", () => {
    const mask = glyphMask(face.main, H, 40, 0)!;
    expect(glyphMask(face.main, H, 40, 0)).toBe(mask);
    // Above the baseline (y < 0), the height of a capital, and full in the stems.
    expect(mask.top).toBeLessThan(-20);
    expect(mask.top + mask.height).toBeLessThanOrEqual(1);
    expect(Math.max(...mask.coverage)).toBe(255);
    expect(glyphMask(face.main, face.main.glyphOf(" "), 40, 0)).toBeNull();
  });

  it("shifts by quarters of a pixel", () => {
    const area = (sub: number) =>
      glyphMask(face.main, H, 40, sub)!.coverage.reduce((a, b) => a + b);
    // The same shape: about the same ink, whatever the offset.
    expect(Math.abs(area(2) - area(0)) / area(0)).toBeLessThan(0.02);
    expect(glyphMask(face.main, H, 40, 2)!.coverage).not.toEqual(
      glyphMask(face.main, H, 40, 0)!.coverage,
    );
  });
});

describe("blendMask", () => {
  it("mixes the colour in by coverage, clipped to the image", () => {
    const image: RgbImage = {
      width: 2,
      height: 1,
      data: new Uint8Array([200, 200, 200, 200, 200, 200]),
    };
    const mask = {
      left: 0,
      top: 0,
      width: 3,
      height: 1,
      coverage: new Uint8Array([255, 128, 255]),
    };
    blendMask(image, mask, 0, 0, [0, 100, 200]);
    expect([...image.data]).toEqual([0, 100, 200, 100, 150, 200]);
  });
});
