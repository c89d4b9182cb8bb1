// Direct labels on marks ("Syrskyi, 1 Jan: at least 38,000"): each tried in a few wordings and
// positions around its mark, kept only where it clears every mark, bar, arrow and label already
// placed and stays inside its bounds. A label that cannot be placed is left out; the chart then
// names that claimant in its key instead.
import { textWidth } from "./labels.ts";
import { round2 } from "./scales.ts";

/** An axis-aligned box, absolute px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One line of a label is this tall; a two-line label is twice that. */
export const LINE_HEIGHT = 14;
/** Labels are set semi-bold, a little wider than textWidth's regular weight. */
const BOLD = 1.08;
/** Space between a mark's extent and its label. */
const GAP = 5;

export interface AnnotationRequest {
  /** What the label belongs to (a claim id). */
  key: string;
  /** The point the label is about (the mark's centre). */
  x: number;
  y: number;
  /** Everything the mark draws (symbol, bar, arrow): the label goes outside it. */
  extent: Box;
  /** Wordings from most to least preferred; each one or two lines. */
  variants: readonly (readonly string[])[];
  /** Where the label must stay (the plot, or its panel). */
  bounds: Box;
}

export interface Annotation {
  key: string;
  lines: string[];
  /** Where text-anchor puts the text: start at x, end at x, middle around x. */
  x: number;
  /** The first line's vertical centre (dominant-baseline middle, or dy 0.32em). */
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * Labels for the requests, taken in order (the first has the pick of places): for each, the
 * first wording and position (right, left, above, below, then the diagonals above) that clears
 * `obstacles` and every label placed before it. Returns what was placed, in request order.
 */
export function placeAnnotations(
  requests: readonly AnnotationRequest[],
  obstacles: readonly Box[],
): Annotation[] {
  const index = new BoxIndex(obstacles);
  const taken: Box[] = [];
  const placed: Annotation[] = [];
  for (const request of requests) {
    // Other marks are obstacles; the label's own mark is avoided by placing around its extent.
    const own = grow(request.extent, 0.5);
    const blocked = (b: Box) =>
      index.hits(b, (o) => !inside(o, own)) || taken.some((t) => overlaps(t, b));
    const found = firstFit(request, blocked);
    if (found) {
      taken.push(found.box);
      placed.push(found);
    }
  }
  return placed;
}

function grow(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by };
}

/**
 * Obstacles filed by the cells of a coarse grid they touch, so a candidate label is tested
 * against the few near it: a chart's lines are kept clear as thousands of small boxes, and every
 * candidate of every label was being tested against all of them.
 */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  /** Boxes without finite edges, or too big to file: tested every time. */
  private readonly loose: Box[] = [];
  private static readonly CELL = 32;

  constructor(boxes: readonly Box[]) {
    for (const b of boxes) {
      if (BoxIndex.fileable(b)) this.each(b, (key) => this.cellAt(key).push(b));
      else this.loose.push(b);
    }
  }

  /** Whether any obstacle that `counts` overlaps `b`. */
  hits(b: Box, counts: (o: Box) => boolean): boolean {
    let hit = this.loose.some((o) => overlaps(o, b) && counts(o));
    if (!BoxIndex.fileable(b))
      return (
        hit ||
        [...this.cells.values()].some((cell) => cell.some((o) => overlaps(o, b) && counts(o)))
      );
    this.each(b, (key) => {
      hit ||= this.cells.get(key)?.some((o) => overlaps(o, b) && counts(o)) ?? false;
    });
    return hit;
  }

  private static fileable(b: Box): boolean {
    const span = 64 * BoxIndex.CELL;
    return (
      [b.left, b.right, b.top, b.bottom].every(Number.isFinite) &&
      b.right - b.left < span &&
      b.bottom - b.top < span
    );
  }

  private cellAt(key: number): Box[] {
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = []));
    return cell;
  }

  private each(b: Box, visit: (key: number) => void) {
    const c = BoxIndex.CELL;
    // Cells are keyed as one number; charts are far smaller than 2^20 cells across.
    for (let x = Math.floor(b.left / c); x <= Math.floor(b.right / c); x++)
      for (let y = Math.floor(b.top / c); y <= Math.floor(b.bottom / c); y++)
        visit((x + 2 ** 19) * 2 ** 20 + (y + 2 ** 19));
  }
}

function firstFit(request: AnnotationRequest, blocked: (b: Box) => boolean): Annotation | null {
  const { extent: e, y, bounds } = request;
  for (const lines of request.variants) {
    const w = Math.max(...lines.map((l) => textWidth(l) * BOLD));
    const h = lines.length * LINE_HEIGHT;
    // Centred on the mark's line where it sits beside the mark.
    const midTop = Math.min(Math.max(y - h / 2, bounds.top), bounds.bottom - h);
    const candidates: Array<{ box: Box; anchor: Annotation["anchor"] }> = [
      { anchor: "start", box: box(e.right + GAP, midTop, w, h) },
      { anchor: "end", box: box(e.left - GAP - w, midTop, w, h) },
      { anchor: "middle", box: box(request.x - w / 2, e.top - 3 - h, w, h) },
      { anchor: "middle", box: box(request.x - w / 2, e.bottom + 3, w, h) },
      { anchor: "start", box: box(request.x - 4, e.top - 3 - h, w, h) },
      { anchor: "end", box: box(request.x + 4 - w, e.top - 3 - h, w, h) },
      { anchor: "start", box: box(request.x - 4, e.bottom + 3, w, h) },
      { anchor: "end", box: box(request.x + 4 - w, e.bottom + 3, w, h) },
    ];
    for (const c of candidates) {
      if (!inside(c.box, bounds) || blocked(c.box)) continue;
      const x =
        c.anchor === "start"
          ? c.box.left
          : c.anchor === "end"
            ? c.box.right
            : (c.box.left + c.box.right) / 2;
      return {
        key: request.key,
        lines: [...lines],
        x: round2(x),
        y: round2(c.box.top + LINE_HEIGHT / 2),
        anchor: c.anchor,
        box: c.box,
      };
    }
  }
  return null;
}

const box = (left: number, top: number, w: number, h: number): Box => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

/**
 * "Syrskyi" from "Oleksandr Syrskyi": a person's surname, or the name as it is. An organisation
 * (`person: false`) keeps its whole name ("Open Relief Network", not "Network"); without
 * knowing, a name of two or three capitalised words is taken for a person's.
 */
export function shortName(name: string, isPerson?: boolean): string {
  if (isPerson === false) return name;
  const words = name.trim().split(/\s+/);
  const person = words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
  return person ? (words.at(-1) ?? name) : name;
}
