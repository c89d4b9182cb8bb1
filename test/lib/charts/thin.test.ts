import { describe, expect, it } from "vitest";
import {
  latestPerClaimant,
  MAX_MARKS,
  thinForChart,
  thinningNote,
} from "../../../src/lib/charts/thin.ts";
import { memoFor } from "../../../src/lib/charts/memo.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import { claims } from "../../helpers/explainerContext.ts";

const base = claims.get("point")!;
/** `n` claims a day apart from 1 January 2024, claimants taking turns. */
const many = (n: number, claimants = 3): Claim[] =>
  Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `c${i}`,
    claimant: `k${i % claimants}`,
    date: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  }));

describe("thinForChart", () => {
  it("draws every claim of a chart small enough to tell them apart", () => {
    const list = many(MAX_MARKS);
    const t = thinForChart(list);
    expect(t.drawn).toHaveLength(MAX_MARKS);
    expect(t.spanDays).toBeUndefined();
    expect(thinningNote(t, "en-GB")).toBe("");
  });

  it("draws each claimant's latest per span of a 500-claim chart, and says so", () => {
    const list = many(500, 4);
    const t = thinForChart(list);
    expect(t.total).toBe(500);
    expect(t.drawn.length).toBeLessThanOrEqual(4 * 29);
    expect(t.drawn.length).toBeGreaterThan(4 * 20);
    // Every claimant's very latest claim is drawn.
    for (const k of ["k0", "k1", "k2", "k3"]) {
      const latest = list.filter((c) => c.claimant === k).at(-1)!;
      expect(t.drawn).toContain(latest);
    }
    expect(thinningNote(t, "en-GB")).toMatch(
      /^The chart draws \d+ of the 500 claims: each claimant's latest in every 18 days\. The table lists them all\.$/,
    );
  });

  it("always draws the highlighted claim", () => {
    const list = many(500, 2);
    expect(thinForChart(list).drawn.map((c) => c.id)).not.toContain("c2");
    expect(thinForChart(list, "c2").drawn.map((c) => c.id)).toContain("c2");
  });

  it("gives keyboard focus to one mark per claimant", () => {
    const focus = latestPerClaimant(thinForChart(many(500, 3)).drawn);
    expect([...focus].sort()).toEqual(["c497", "c498", "c499"]);
  });
});

describe("memoFor", () => {
  it("computes once per scope and key", () => {
    const scope = {};
    let runs = 0;
    const f = () => ++runs;
    expect(memoFor(scope, "a", f)).toBe(1);
    expect(memoFor(scope, "a", f)).toBe(1);
    expect(memoFor(scope, "b", f)).toBe(2);
    expect(memoFor({}, "a", f)).toBe(3);
  });
});
