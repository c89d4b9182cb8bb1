/** Text measurement and placement without a DOM: estimates, good to a few pixels for sans 12 px. */

// Advance widths in em for a typical UI sans (Helvetica/Arial-like), grouped by shape.
const NARROW = new Set("iljtfrI!|.,:;'’ ()[]-");
const WIDE = new Set("mwMW@%");

// Readers' fonts differ: the Helvetica-like widths below run ~15% narrow for DejaVu Sans and
// similar wide faces. Over-estimating costs a few pixels of margin; under-estimating cuts text.
export const WIDTH_SAFETY = 1.15;

/** Estimated width in px of `text` set in a sans at `fontSize` px, erring on the wide side. */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= "0" && ch <= "9") em += 0.56;
    else if (ch >= "A" && ch <= "Z") em += 0.67;
    else em += 0.53;
  }
  return em * fontSize * WIDTH_SAFETY;
}

/** `text`, cut with an ellipsis if needed so it fits `maxWidth` px. */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("").trimEnd()}…`, fontSize) > maxWidth) {
    chars.pop();
  }
  return chars.length > 0 ? `${chars.join("").trimEnd()}…` : "";
}

/** `text` broken at spaces into at most `maxLines` lines of `maxWidth` px; the last cut if needed. */
export function wrap(text: string, maxWidth: number, maxLines = 2, fontSize = 12): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line: string[] = [];
  for (const [i, word] of words.entries()) {
    if (line.length === 0 || textWidth([...line, word].join(" "), fontSize) <= maxWidth) {
      line.push(word);
    } else if (lines.length === maxLines - 1) {
      // Last line allowed: take every remaining word and let truncate() cut it.
      line.push(...words.slice(i));
      break;
    } else {
      lines.push(line.join(" "));
      line = [word];
    }
  }
  if (line.length > 0) lines.push(line.join(" "));
  return lines.map((l) => truncate(l, maxWidth, fontSize));
}

/**
 * Positions for labels that want to sit at `wanted` (px along one axis), at least `gap` apart and
 * within [lo, hi], moved as little as possible: overlapping labels merge into a block centred on
 * the mean of what its members want. Results are in input order; null when they cannot fit.
 * O(n log n), so it copes with any number of labels.
 */
export function spreadLabels(
  wanted: readonly number[],
  gap: number,
  lo: number,
  hi: number,
): number[] | null {
  const n = wanted.length;
  if (n === 0) return [];
  if ((n - 1) * gap > hi - lo) return null;
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  // A block: `count` labels from `first` in `order`, placed from `start` at `gap` intervals;
  // `sum` is the sum of (wanted - index in block × gap), so the ideal start is sum / count.
  type Block = { first: number; count: number; sum: number; start: number };
  const blocks: Block[] = [];
  const settle = (b: Block) => {
    b.start = Math.min(Math.max(b.sum / b.count, lo), hi - (b.count - 1) * gap);
  };
  for (const [k, i] of order.entries()) {
    const block: Block = { first: k, count: 1, sum: wanted[i] ?? 0, start: 0 };
    settle(block);
    blocks.push(block);
    for (;;) {
      const cur = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (!cur || !prev || prev.start + prev.count * gap <= cur.start) break;
      prev.sum += cur.sum - cur.count * prev.count * gap;
      prev.count += cur.count;
      settle(prev);
      blocks.pop();
    }
  }
  const out = new Array<number>(n).fill(0);
  for (const b of blocks) {
    for (let j = 0; j < b.count; j++) {
      const i = order[b.first + j];
      if (i !== undefined) out[i] = b.start + j * gap;
    }
  }
  return out;
}

/**
 * Horizontal offsets (px) that keep marks of one group (one date) from hiding each other: a mark
 * whose centre would fall within `minDistance` of one already placed moves sideways by `step`,
 * alternating right and left, up to `maxSteps` steps, never outside [left, right]. Marks are
 * taken in the given order, so the first keeps its place: deterministic for a fixed order.
 * A spatial hash keeps this near O(n) however many marks there are.
 */
export function dodge(
  marks: readonly { x: number; y: number; group: string }[],
  options: { minDistance?: number; step?: number; maxSteps?: number; left: number; right: number },
): number[] {
  const { minDistance = 4, step = 5, maxSteps = 4, left, right } = options;
  const cell = minDistance;
  const grid = new Map<string, Array<{ x: number; y: number }>>();
  const key = (group: string, cx: number, cy: number) => `${group}|${cx}|${cy}`;
  const clash = (group: string, x: number, y: number) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const p of grid.get(key(group, cx + i, cy + j)) ?? []) {
          if (Math.hypot(p.x - x, p.y - y) < minDistance) return true;
        }
      }
    }
    return false;
  };
  return marks.map(({ x, y, group }) => {
    let offset = 0;
    for (let k = 0; k <= maxSteps * 2; k++) {
      // 0, +step, -step, +2 step, -2 step ...
      const candidate = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
      if (k > 0 && (x + candidate < left || x + candidate > right)) continue;
      if (!clash(group, x + candidate, y)) {
        offset = candidate;
        break;
      }
    }
    const at = { x: x + offset, y };
    const k = key(group, Math.floor(at.x / cell), Math.floor(at.y / cell));
    const list = grid.get(k);
    // Marks that gave up all sit on one spot; one copy of a spot answers `clash` the same, and
    // keeps many ties from making every later look-up scan them all.
    if (!list) grid.set(k, [at]);
    else if (!list.some((p) => p.x === at.x && p.y === at.y)) list.push(at);
    return offset;
  });
}

/**
 * Greedy rows for horizontal intervals (event labels): taken from left to right, each goes in the
 * first row where it clears the previous label by `gap`; with `maxRows` full, the row that ends
 * soonest (an overlap is then unavoidable). Returns row indices in input order.
 */
export function stackRows(
  spans: readonly { from: number; to: number }[],
  gap = 8,
  maxRows = 3,
): number[] {
  const ends: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => (spans[a]?.from ?? 0) - (spans[b]?.from ?? 0));
  for (const i of order) {
    const { from, to } = spans[i] ?? { from: 0, to: 0 };
    let row = ends.findIndex((end) => end + gap <= from);
    if (row === -1) row = ends.length < maxRows ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, to);
    rows[i] = row;
  }
  return rows;
}
