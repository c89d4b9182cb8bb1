import type { Claim } from "../../schemas/claim.ts";

/**
 * How a timeline's claims are best shown. One claim is a sentence and its table row: a lone mark
 * on a months-long axis says nothing a sentence does not. Two claims by two claimants, of one
 * scope (two totals, or two episodes), are a comparison: side by side on one scale. Anything
 * else (more claims, or one claimant's two, which may be a revision or a total and an episode)
 * keeps the timeline.
 */
export type ChartForm = "sentence" | "compare" | "timeline";

/** The form for these claims (see ChartForm). No claims: the timeline, which says so. */
export function chartForm(claims: readonly Claim[]): ChartForm {
  if (claims.length === 1) return "sentence";
  const [a, b] = claims;
  if (claims.length === 2 && a && b && a.claimant !== b.claimant && a.scope === b.scope)
    return "compare";
  return "timeline";
}
