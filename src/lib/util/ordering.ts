/**
 * Orders used across the site. Plain code-unit comparison, not `localeCompare`: builds must
 * sort the same on every machine, whatever its locale.
 */

/** -1, 0 or 1 by UTF-16 code units. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, ties by id, so every list of dated things has one stable order. */
export const byDateThenId = <T extends { date: string; id: string }>(a: T, b: T): number =>
  compareText(a.date, b.date) || compareText(a.id, b.id);
