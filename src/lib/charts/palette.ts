import { COLOURS, SHAPES, type Colour, type Shape } from "../../schemas/seriesLook.ts";

export { COLOURS, SHAPES, type Colour, type Shape };

/** Number of claimant colour slots (`--claimant-1` … `--claimant-6`), one per colour name. */
export const SLOTS = COLOURS.length;

/** How one claimant is drawn on a chart: a colour slot (1..SLOTS) and a shape. */
export interface SeriesStyle {
  slot: number;
  shape: Shape;
}

/**
 * A claimant's own style, before a chart settles clashes: what its YAML declares (kept on every
 * chart) and, for what it leaves out, the default derived from its id.
 */
export interface ClaimantStyle extends SeriesStyle {
  declared: { slot: boolean; shape: boolean };
}

/** What a claimant's YAML may say about its looks. */
export interface ClaimantLook {
  id: string;
  colour?: Colour | undefined;
  shape?: Shape | undefined;
}

/** FNV-1a, 32 bit: a small, stable hash of an id (the same on every machine and build). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The style a claimant gets from its id alone: one of the SLOTS × SHAPES pairs, by hash. It
 * depends on nothing else, so publishing other claimants never changes it.
 */
export function defaultStyle(id: string): SeriesStyle {
  const h = hash(id);
  return {
    slot: (h % SLOTS) + 1,
    shape: SHAPES[Math.floor(h / SLOTS) % SHAPES.length] ?? "circle",
  };
}

/** A claimant's style: what it declares, else its default from the id. */
export function claimantStyle(look: ClaimantLook): ClaimantStyle {
  const fallback = defaultStyle(look.id);
  return {
    slot: look.colour ? COLOURS.indexOf(look.colour) + 1 : fallback.slot,
    shape: look.shape ?? fallback.shape,
    declared: { slot: look.colour !== undefined, shape: look.shape !== undefined },
  };
}

/**
 * Every claimant's own style, by id. Each depends only on that claimant's record, never on what
 * else is published; `chartStyles` settles clashes within one chart.
 */
export function assignStyles(claimants: Iterable<ClaimantLook>): Map<string, ClaimantStyle> {
  return new Map([...claimants].map((c) => [c.id, claimantStyle(c)]));
}

/** Code-point order, so the result does not depend on the machine's locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The styles of one chart's claimants. Each keeps its own style unless another claimant on the
 * same chart already has that colour or shape: then it takes the nearest free pair (declared
 * parts never change). Claimants settle in a fixed order (fully declared first, then partly,
 * then by id), so the result depends only on who is on the chart. Up to SLOTS claimants get
 * distinct colours and distinct shapes, so shape alone tells them apart in print.
 * `ordered` is the claimants in the order given (callers pass them by first claim).
 */
export function chartStyles(
  claimantIds: Iterable<string>,
  styles: ReadonlyMap<string, SeriesStyle | ClaimantStyle>,
): { ordered: string[]; style: (id: string) => SeriesStyle } {
  const ordered = [...new Set(claimantIds)];
  const own = (id: string): ClaimantStyle => {
    const s = styles.get(id);
    if (!s) return claimantStyle({ id });
    return "declared" in s ? s : { ...s, declared: { slot: true, shape: true } };
  };
  const fixedness = (s: ClaimantStyle) => Number(!s.declared.slot) + Number(!s.declared.shape);
  const settleOrder = [...ordered].sort(
    (a, b) => fixedness(own(a)) - fixedness(own(b)) || byCodePoint(a, b),
  );

  const colourUses = new Map<number, number>();
  const shapeUses = new Map<Shape, number>();
  const pairs = new Set<string>();
  const settled = new Map<string, SeriesStyle>();
  for (const id of settleOrder) {
    const s = own(id);
    let best: SeriesStyle = { slot: s.slot, shape: s.shape };
    let bestCost = Infinity;
    for (const candidate of nearby(s)) {
      // A shared pair is worst; then as few shared colours and shapes as possible.
      const cost =
        (pairs.has(`${candidate.slot}/${candidate.shape}`) ? 1000 : 0) +
        (colourUses.get(candidate.slot) ?? 0) +
        (shapeUses.get(candidate.shape) ?? 0);
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
      if (cost === 0) break;
    }
    settled.set(id, best);
    colourUses.set(best.slot, (colourUses.get(best.slot) ?? 0) + 1);
    shapeUses.set(best.shape, (shapeUses.get(best.shape) ?? 0) + 1);
    pairs.add(`${best.slot}/${best.shape}`);
  }
  return { ordered, style: (id) => settled.get(id) ?? defaultStyle(id) };
}

/**
 * The pairs a claimant may take, nearest first: its own, then one step round the colours or the
 * shapes, then two, ... Declared parts stay put.
 */
function* nearby(s: ClaimantStyle): Generator<SeriesStyle> {
  const colourSteps = s.declared.slot ? 1 : SLOTS;
  const shapeSteps = s.declared.shape ? 1 : SHAPES.length;
  const start = SHAPES.indexOf(s.shape);
  for (let distance = 0; distance < colourSteps + shapeSteps - 1; distance++) {
    for (let k = 0; k <= distance; k++) {
      const j = distance - k;
      if (k >= colourSteps || j >= shapeSteps) continue;
      yield {
        slot: ((s.slot - 1 + k) % SLOTS) + 1,
        shape: SHAPES[(start + j) % SHAPES.length] ?? s.shape,
      };
    }
  }
}
