import type { Claim } from "../../schemas/claim.ts";
import { disagreement, possessive } from "./describeTimeline.ts";
import { count, dayText, valueText } from "./text.ts";

/**
 * The description of a comparison chart: each claimant's latest figure with its date, highest
 * first (the order `latestByClaimant` returns), e.g. "Latest claims from two claimants:
 * Volodymyr Zelensky, 3,000 (23 December 2024); Pentagon, roughly 1,000 (30 December 2024)."
 * Then, when the highest and lowest cannot both be true, how far apart they are: the same
 * records the chart's spread bracket is drawn from.
 */
export function describeCompare(
  latest: readonly Claim[],
  names: ReadonlyMap<string, string>,
  locale = "en-GB",
): string {
  if (latest.length === 0) return "No claims to compare.";
  const items = latest.map(
    (c) =>
      `${names.get(c.claimant) ?? c.claimant}, ${valueText(c.value, locale)} (${dayText(c.date, locale)})`,
  );
  const who = `${count(latest.length)} ${latest.length === 1 ? "claimant" : "claimants"}`;
  const said = (c: Claim) =>
    `${possessive(names.get(c.claimant) ?? c.claimant)} ${valueText(c.value, locale)} (${dayText(c.date, locale)})`;
  const high = latest[0];
  const low = latest.at(-1);
  const apart = latest.length >= 2 && high && low ? disagreement(high, low, said) : null;
  return `Latest claims from ${who}: ${items.join("; ")}.${apart ? ` ${apart}` : ""}`;
}
