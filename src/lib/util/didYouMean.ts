/**
 * Levenshtein edit distance, case-insensitive. With `max`, only the band of the table within
 * `max` of its diagonal is worked out, and it returns `max + 1` as soon as the distance must
 * exceed `max`: a did-you-mean among 16,000 claim ids only needs to know which are close (the
 * whole table for each took a third of a second per unknown id).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const k = Math.min(max, Math.max(s.length, t.length));
  if (Math.abs(s.length - t.length) > k) return k + 1;
  const far = k + 1;
  let prev = new Int32Array(t.length + 2).fill(far);
  let row = new Int32Array(t.length + 2).fill(far);
  for (let j = 0; j <= Math.min(t.length, k); j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(t.length, i + k);
    row[lo - 1] = lo === 1 ? i : far;
    let least = lo === 1 ? i : far;
    const si = s.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = si === t.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost, far);
      row[j] = v;
      if (v < least) least = v;
    }
    row[hi + 1] = far;
    // Every later row is at least this row's least value.
    if (least > k) return k + 1;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[t.length]!, k + 1);
}

/**
 * The known id closest to `value`, or undefined when nothing is plausibly what was meant.
 * A candidate counts when it is within a third of the longer string's length in edits, or when
 * one contains the other ("zelensky" for "zelensky-ukraine").
 */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const v = value.toLowerCase();
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const contains = v.length >= 3 && (c.includes(v) || v.includes(c));
    const limit = Math.max(2, Math.ceil(Math.max(v.length, c.length) / 3));
    // When the lengths alone put the distance past the limit, the table is not needed (a pasted
    // page against every id would take minutes).
    const apart = Math.abs(v.length - c.length);
    if (apart > limit && !contains) continue;
    // Only a distance that could still win matters: within the limit, and no worse than the best.
    const d =
      apart >= limit && contains
        ? limit
        : editDistance(v, c, contains ? limit : Math.min(limit, bestScore));
    if (d > limit && !contains) continue;
    const score = contains ? Math.min(d, limit) : d;
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** `did you mean "x"?` when there is a close id, else a list of a few known ids. */
export function suggest(value: string, known: readonly string[], noun: string): string {
  const near = closest(value, known);
  if (near) return `Did you mean "${near}"?`;
  if (known.length === 0) return `No ${noun} is declared yet.`;
  const some = [...known]
    .sort()
    .slice(0, 5)
    .map((k) => `"${k}"`);
  return `Known ${noun} ids: ${some.join(", ")}${known.length > 5 ? ", ..." : ""}.`;
}
