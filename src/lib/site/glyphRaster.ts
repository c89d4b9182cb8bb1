// Glyphs to pixels: an outline's exact anti-aliased coverage (signed-area accumulation, as in
// font-rs: each edge adds the area it covers to a buffer, and a running sum along each row gives
// the coverage), kept per font, size, glyph and quarter-pixel offset so that a card only copies
// masks, and then blends them onto an RGB image in the text's colour.
import type { PathCommand } from "opentype.js";
import type { CardFont } from "./cardFonts.ts";

/** A coverage mask (0-255, row by row), placed with its top-left corner at (left, top). */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** Horizontal positions are kept to a quarter of a pixel: four masks per glyph and size. */
export const SUBPIXEL_STEPS = 4;

const LEVELS = 16;

/**
 * The coverage of a filled outline (nonzero, with overlapping contours clamped to full), on a
 * `width`×`height` grid. `commands` are in pixels, y downwards.
 */
export function rasterise(commands: PathCommand[], width: number, height: number): Float32Array {
  // One cell more per row, and a row's overflow spills into the next row's first cell, which
  // the running sum below reads in order: it must end at zero for a closed outline.
  const acc = new Float32Array(width * height + 2);
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    if (y0 === y1) return;
    let dir = 1;
    if (y0 > y1) {
      dir = -1;
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
    }
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    const yStart = Math.max(0, Math.floor(y0));
    if (y0 < 0) x -= y0 * dxdy;
    const yEnd = Math.min(height, Math.ceil(y1));
    for (let y = yStart; y < yEnd; y++) {
      const rowStart = y * width;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      const [xa, xb] = x < xNext ? [x, xNext] : [xNext, x];
      const xaFloor = Math.floor(xa);
      const xai = xaFloor;
      const xbi = Math.ceil(xb);
      if (xbi <= xai + 1) {
        // Inside one cell: the part of the cell right of the edge is covered.
        const xmf = 0.5 * (x + xNext) - xaFloor;
        acc[rowStart + xai] = acc[rowStart + xai]! + d - d * xmf;
        acc[rowStart + xai + 1] = acc[rowStart + xai + 1]! + d * xmf;
      } else {
        const s = 1 / (xb - xa);
        const xaf = xa - xaFloor;
        const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
        const xbf = xb - xbi + 1;
        const am = 0.5 * s * xbf * xbf;
        acc[rowStart + xai] = acc[rowStart + xai]! + d * a0;
        if (xbi === xai + 2) {
          acc[rowStart + xai + 1] = acc[rowStart + xai + 1]! + d * (1 - a0 - am);
        } else {
          const a1 = s * (1.5 - xaf);
          acc[rowStart + xai + 1] = acc[rowStart + xai + 1]! + d * (a1 - a0);
          for (let xi = xai + 2; xi < xbi - 1; xi++)
            acc[rowStart + xi] = acc[rowStart + xi]! + d * s;
          const a2 = a1 + (xbi - xai - 3) * s;
          acc[rowStart + xbi - 1] = acc[rowStart + xbi - 1]! + d * (1 - a2 - am);
        }
        acc[rowStart + xbi] = acc[rowStart + xbi]! + d * am;
      }
      x = xNext;
    }
  };
  // Curves become lines, more of them the more a curve bends: at most a twentieth of a pixel
  // off (a quadratic's distance from its chord is a quarter of |p0 - 2c + p1|, and falls with
  // the square of the number of pieces).
  /** The curve from (x0, y0) as `n` straight pieces; `at(t, 1 - t)` is its point at t. */
  const pieces = (
    n: number,
    x0: number,
    y0: number,
    at: (t: number, u: number) => readonly [number, number],
  ) => {
    let px = x0;
    let py = y0;
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      const [qx, qy] = at(t, 1 - t);
      line(px, py, qx, qy);
      px = qx;
      py = qy;
    }
  };
  const quad = (x0: number, y0: number, cx: number, cy: number, x1: number, y1: number) => {
    const dev = Math.hypot(x0 - 2 * cx + x1, y0 - 2 * cy + y1);
    pieces(Math.max(1, Math.ceil(Math.sqrt(dev * 5))), x0, y0, (t, u) => [
      u * u * x0 + 2 * u * t * cx + t * t * x1,
      u * u * y0 + 2 * u * t * cy + t * t * y1,
    ]);
  };
  const cubic = (
    x0: number,
    y0: number,
    ax: number,
    ay: number,
    bx: number,
    by: number,
    x1: number,
    y1: number,
  ) => {
    const dev = Math.max(
      Math.hypot(x0 - 2 * ax + bx, y0 - 2 * ay + by),
      Math.hypot(ax - 2 * bx + x1, ay - 2 * by + y1),
    );
    pieces(Math.max(1, Math.ceil(Math.sqrt(dev * 15))), x0, y0, (t, u) => [
      u * u * u * x0 + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * x1,
      u * u * u * y0 + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * y1,
    ]);
  };
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  for (const c of commands) {
    switch (c.type) {
      case "M":
        if (cx !== sx || cy !== sy) line(cx, cy, sx, sy);
        sx = cx = c.x;
        sy = cy = c.y;
        break;
      case "L":
        line(cx, cy, c.x, c.y);
        cx = c.x;
        cy = c.y;
        break;
      case "Q":
        quad(cx, cy, c.x1, c.y1, c.x, c.y);
        cx = c.x;
        cy = c.y;
        break;
      case "C":
        cubic(cx, cy, c.x1, c.y1, c.x2, c.y2, c.x, c.y);
        cx = c.x;
        cy = c.y;
        break;
      case "Z":
        line(cx, cy, sx, sy);
        cx = sx;
        cy = sy;
        break;
    }
  }
  if (cx !== sx || cy !== sy) line(cx, cy, sx, sy);
  const coverage = new Float32Array(width * height);
  let sum = 0;
  for (let i = 0; i < coverage.length; i++) {
    sum += acc[i]!;
    coverage[i] = Math.min(1, Math.abs(sum));
  }
  return coverage;
}

/** A glyph's outline in px: at `size`, with its origin at (dx, dy), y downwards. */
function glyphCommands(font: CardFont, glyph: number, size: number, dx: number, dy: number) {
  const scale = size / font.unitsPerEm;
  const X = (x: number) => dx + x * scale;
  const Y = (y: number) => dy - y * scale;
  return font.font.glyphs.get(glyph).path.commands.map((c): PathCommand => {
    switch (c.type) {
      case "M":
      case "L":
        return { type: c.type, x: X(c.x), y: Y(c.y) };
      case "Q":
        return { type: "Q", x1: X(c.x1), y1: Y(c.y1), x: X(c.x), y: Y(c.y) };
      case "C":
        return {
          type: "C",
          x1: X(c.x1),
          y1: Y(c.y1),
          x2: X(c.x2),
          y2: Y(c.y2),
          x: X(c.x),
          y: Y(c.y),
        };
      case "Z":
        return c;
    }
  });
}

const masks = new Map<string, GlyphMask | null>();

/**
 * A glyph's mask at a size, drawn `sub` quarters of a pixel right of a whole pixel, relative to
 * the point where its baseline starts; drawn once per process. Null for an empty glyph (space).
 */
export function glyphMask(
  font: CardFont,
  glyph: number,
  size: number,
  sub: number,
): GlyphMask | null {
  const key = `${font.file}\0${size}\0${glyph}\0${sub}`;
  let mask = masks.get(key);
  if (mask !== undefined) return mask;
  const commands = glyphCommands(font, glyph, size, sub / SUBPIXEL_STEPS, 0);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of commands) {
    if (c.type === "Z") continue;
    const xs = c.type === "C" ? [c.x, c.x1, c.x2] : c.type === "Q" ? [c.x, c.x1] : [c.x];
    const ys = c.type === "C" ? [c.y, c.y1, c.y2] : c.type === "Q" ? [c.y, c.y1] : [c.y];
    for (const x of xs) [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
    for (const y of ys) [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  }
  if (!(maxX > minX && maxY > minY)) {
    masks.set(key, null);
    return null;
  }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top;
  const shifted = commands.map((c): PathCommand => {
    switch (c.type) {
      case "M":
      case "L":
        return { type: c.type, x: c.x - left, y: c.y - top };
      case "Q":
        return { type: "Q", x1: c.x1 - left, y1: c.y1 - top, x: c.x - left, y: c.y - top };
      case "C":
        return {
          type: "C",
          x1: c.x1 - left,
          y1: c.y1 - top,
          x2: c.x2 - left,
          y2: c.y2 - top,
          x: c.x - left,
          y: c.y - top,
        };
      case "Z":
        return c;
    }
  });
  const area = rasterise(shifted, width, height);
  const coverage = new Uint8Array(area.length);
  for (let i = 0; i < area.length; i++)
    coverage[i] = Math.round((Math.round(area[i]! * LEVELS) * 255) / LEVELS);
  mask = { left, top, width, height, coverage };
  masks.set(key, mask);
  return mask;
}

/** An RGB image, 3 bytes a pixel, row by row. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** "#rrggbb" as three numbers. */
export const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** Blend a mask onto an image in a colour, its origin at the whole pixel (x, y). */
export function blendMask(
  image: RgbImage,
  mask: GlyphMask,
  x: number,
  y: number,
  colour: readonly [number, number, number],
): void {
  const { data, width: W, height: H } = image;
  const [r, g, b] = colour;
  for (let my = 0; my < mask.height; my++) {
    const py = y + mask.top + my;
    if (py < 0 || py >= H) continue;
    for (let mx = 0; mx < mask.width; mx++) {
      const a = mask.coverage[my * mask.width + mx]!;
      if (a === 0) continue;
      const px = x + mask.left + mx;
      if (px < 0 || px >= W) continue;
      const i = (py * W + px) * 3;
      if (a === 255) {
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
      } else {
        const k = 255 - a;
        data[i] = (data[i]! * k + r * a + 127) / 255;
        data[i + 1] = (data[i + 1]! * k + g * a + 127) / 255;
        data[i + 2] = (data[i + 2]! * k + b * a + 127) / 255;
      }
    }
  }
}

/** Draw glyphs set on a line (cardText.ts) with its start at x and its baseline at y. */
export function drawGlyphs(
  image: RgbImage,
  glyphs: ReadonlyArray<{ font: CardFont; glyph: number; x: number }>,
  size: number,
  x: number,
  baseline: number,
  colour: readonly [number, number, number],
): void {
  const y = Math.round(baseline);
  for (const g of glyphs) {
    const at = Math.round((x + g.x) * SUBPIXEL_STEPS) / SUBPIXEL_STEPS;
    const whole = Math.floor(at);
    const mask = glyphMask(g.font, g.glyph, size, Math.round((at - whole) * SUBPIXEL_STEPS));
    if (mask) blendMask(image, mask, whole, y, colour);
  }
}

/** Fill a rectangle (whole pixels) with a colour. */
export function fillRect(
  image: RgbImage,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: readonly [number, number, number],
): void {
  const x0 = Math.max(0, Math.round(x));
  const x1 = Math.min(image.width, Math.round(x + width));
  const y0 = Math.max(0, Math.round(y));
  const y1 = Math.min(image.height, Math.round(y + height));
  for (let py = y0; py < y1; py++)
    for (let px = x0; px < x1; px++) image.data.set(colour, (py * image.width + px) * 3);
}
