/** Levenshtein edit distance, case-insensitive: small ids, so the simple O(n·m) table is fine. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[t.length]!;
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
    const d = apart >= limit && contains ? limit : editDistance(v, c);
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
