// What the timeline's marks and the comparison's rows share: the width a chart is laid out at,
// keeping positions inside the plot, and the arrow on the open side of a bound.
import type { Claim } from "../../schemas/claim.ts";
import type { ValueScaleOptions } from "./scales.ts";
import { arrowPath, MARK_SIZE, markRadius } from "./symbols.ts";

/**
 * Narrowest layout; anything narrower is laid out at this width. It is the chart's box on a
 * 320 px phone (the page keeps 16 px each side), so the narrow layout is never shrunk to fit
 * and its 12 px text stays 12 px.
 */
export const MIN_WIDTH = 288;

/**
 * The two layouts a page draws: the narrow one for chart boxes under WIDE_FROM px, the wide one
 * from there up. Each is drawn at the smallest box it is shown in, so it is only ever scaled up
 * and chart text never renders below its set size.
 */
export const LAYOUT_WIDTHS = { narrow: MIN_WIDTH, wide: 560 } as const;
export const WIDE_FROM = 560;

/** The width a chart is laid out at: whole px, never below MIN_WIDTH (which is also the fallback). */
export function chartWidth(width: number): number {
  return Math.max(MIN_WIDTH, Math.round(Number.isFinite(width) ? width : MIN_WIDTH));
}

/** n kept within [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** How far a bound's arrow reaches from the mark's centre, in px. */
export const ARROW = 22;

/**
 * The figure scale's room for arrows: the highest "at least" figure needs ARROW px (and one
 * more) free towards the ceiling, so its arrow stays inside the plot. Spread into valueScale's
 * options; nothing when no claim is a lower bound.
 */
export function arrowClearance(claims: readonly Claim[]): Pick<ValueScaleOptions, "clearance"> {
  const highest = Math.max(0, ...claims.map((c) => (c.value.kind === "atLeast" ? c.value.n : 0)));
  return highest > 0 ? { clearance: { value: highest, px: ARROW + 1 } } : {};
}

/**
 * The arrow on the open side of a bound ("at least", "up to") for a mark centred at (x, y): along
 * `axis`, towards lower (-1) or higher (1) pixel values, from the mark's edge to a tip ARROW px
 * from its centre but not past `edge` (the plot's edge on that side). A plot too tight for that
 * still gets a stub that clears the mark, even if it crosses the edge.
 */
export function boundArrow(
  x: number,
  y: number,
  axis: "x" | "y",
  towards: -1 | 1,
  edge: number,
  r = markRadius(MARK_SIZE),
): { tip: number; path: string } {
  const at = axis === "x" ? x : y;
  let tip: number;
  let from: number;
  if (towards < 0) {
    tip = Math.max(edge, at - ARROW);
    if (at - tip < r + 4) tip = at - r - 6;
    from = at - r;
  } else {
    tip = Math.min(edge, at + ARROW);
    if (tip - at < r + 4) tip = at + r + 6;
    from = at + r;
  }
  return { tip, path: axis === "x" ? arrowPath(from, y, tip, y) : arrowPath(x, from, x, tip) };
}
