import type { Claim } from "../../schemas/claim.ts";
import { count, dayText, valueText } from "./text.ts";

/**
 * The description of a comparison chart: each claimant's latest figure with its date, highest
 * first (the order `latestByClaimant` returns), e.g. "Latest claims from two claimants:
 * Volodymyr Zelensky, 3,000 (23 December 2024); Pentagon, roughly 1,000 (30 December 2024)."
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
  return `Latest claims from ${who}: ${items.join("; ")}.`;
}
