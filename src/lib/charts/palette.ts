import { compareText } from "../util/ordering.ts";
import type { Claim } from "../../schemas/claim.ts";

/** Mark shapes, in the order claimants receive them; each pairs with a colour slot. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "cross", "star", "wye"] as const;
export type Shape = (typeof SHAPES)[number];

/** Number of claimant colour slots (`--claimant-1` … `--claimant-7`, the Okabe-Ito set). */
export const SLOTS = 7;

/** How one claimant is drawn on every chart: a colour slot (1..7) and a shape. */
export interface SeriesStyle {
  slot: number;
  shape: Shape;
}

/** The style of the i-th claimant (0-based): 49 distinct colour and shape pairs before repeating. */
export function styleAt(i: number): SeriesStyle {
  // Shifting the shape by one every full turn of colours makes the first 7 × 7 pairs distinct.
  const shape = SHAPES[(i + Math.floor(i / SLOTS)) % SHAPES.length] ?? "circle";
  return { slot: (i % SLOTS) + 1, shape };
}

/**
 * Site-wide, stable styles: claimants ordered by the date of their earliest claim, then id; those
 * with no claims after, by id. Pass every claim and claimant of the site so a claimant looks the
 * same on every chart. Claimants that appear only in `claims` are included too.
 */
export function assignStyles(
  claims: readonly Claim[],
  claimantIds: readonly string[],
): Map<string, SeriesStyle> {
  const earliest = new Map<string, string>();
  for (const claim of claims) {
    const seen = earliest.get(claim.claimant);
    if (seen === undefined || claim.date < seen) earliest.set(claim.claimant, claim.date);
  }
  const silent = [...new Set(claimantIds)].filter((id) => !earliest.has(id)).sort(compareText);
  const speaking = [...earliest.keys()].sort(
    (a, b) => compareText(earliest.get(a) ?? "", earliest.get(b) ?? "") || compareText(a, b),
  );
  return new Map([...speaking, ...silent].map((id, i) => [id, styleAt(i)]));
}

/** Code-point order, so the result does not depend on the machine's locale. */

/**
 * The styles of one chart's claimants, in site order (the order of `styles`). A claimant missing
 * from the site-wide map gets the styles after the map's last, by id, so a chart never fails.
 */
export function chartStyles(
  claimantIds: Iterable<string>,
  styles: ReadonlyMap<string, SeriesStyle>,
): { ordered: string[]; style: (id: string) => SeriesStyle } {
  const rank = new Map([...styles.keys()].map((id, i) => [id, i]));
  const present = [...new Set(claimantIds)];
  const missing = present.filter((id) => !styles.has(id)).sort(compareText);
  const extra = new Map(missing.map((id, i) => [id, styleAt(styles.size + i)]));
  const ordered = [
    ...present
      .filter((id) => styles.has(id))
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
    ...missing,
  ];
  return {
    ordered,
    style: (id) => styles.get(id) ?? extra.get(id) ?? styleAt(0),
  };
}
