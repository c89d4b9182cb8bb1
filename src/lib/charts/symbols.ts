import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolWye,
  type SymbolType,
} from "d3-shape";
import type { Shape } from "./palette.ts";
import { round2 } from "./scales.ts";

/** d3's plus turned 45°: a diagonal cross, whose arms never line up with a bound's arrow. */
const symbolX: SymbolType = {
  draw(context, size) {
    // The outline of d3's symbolCross (arms r wide, 3r long), each corner turned by 45°.
    const r = Math.sqrt(size / 5) / 2;
    const plus = [
      [-3, -1],
      [-1, -1],
      [-1, -3],
      [1, -3],
      [1, -1],
      [3, -1],
      [3, 1],
      [1, 1],
      [1, 3],
      [-1, 3],
      [-1, 1],
      [-3, 1],
    ] as const;
    plus.forEach(([x, y], i) => {
      const [tx, ty] = [Math.SQRT1_2 * (x - y) * r, Math.SQRT1_2 * (x + y) * r];
      if (i === 0) context.moveTo(tx, ty);
      else context.lineTo(tx, ty);
    });
    context.closePath();
  },
};

const TYPES: Record<Shape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  x: symbolX,
  star: symbolStar,
  wye: symbolWye,
};

/** Area in px² of a mark on the charts: a circle about 9 px across. */
export const MARK_SIZE = 64;

/** Distance from a mark's centre to its edge, near enough for every shape at `size`. */
export function markRadius(size = MARK_SIZE): number {
  return Math.sqrt(Math.max(0, size) / Math.PI);
}

const cache = new Map<string, string>();

/** SVG path `d` for a shape of the given area (px²) centred on 0,0, coordinates to 2 decimals. */
export function symbolPath(shape: Shape, size: number): string {
  const area = Number.isFinite(size) && size > 0 ? size : 0;
  const key = `${shape}:${area}`;
  let d = cache.get(key);
  if (d === undefined) {
    // d3 can write "-0" for coordinates that round to zero; normalise so paths compare equal.
    d = (symbol(TYPES[shape], area).digits(2)() ?? "").replace(/-0(?![.\d])/g, "0");
    cache.set(key, d);
  }
  return d;
}

/**
 * An arrow from (x, y) to the tip (x2, y2), axis-aligned, with a 3 px barbed head: the open end
 * of a bound ("at least", "up to").
 */
export function arrowPath(x: number, y: number, x2: number, y2: number, head = 4): string {
  const dx = Math.sign(x2 - x);
  const dy = Math.sign(y2 - y);
  // Barbs sit behind the tip, perpendicular to the shaft.
  const bx = x2 - dx * head;
  const by = y2 - dy * head;
  const px = dy * 3;
  const py = dx * 3;
  const n = (v: number) => String(round2(v));
  return (
    `M${n(x)},${n(y)}L${n(x2)},${n(y2)}` +
    `M${n(bx - px)},${n(by - py)}L${n(x2)},${n(y2)}L${n(bx + px)},${n(by + py)}`
  );
}
