import { describe, expect, it } from "vitest";
import { describeTimeline, timelineTitle } from "../../../src/lib/charts/describeTimeline.ts";
import type { Claim, Metric } from "../../../src/schemas/claim.ts";
import { claim } from "./fixtures.ts";

const NAMES = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
  ["syrskyi", "Oleksandr Syrskyi"],
  ["intel", "US and South Korean intelligence estimates"],
]);

describe("timelineTitle", () => {
  it.each<{ metric: Metric; title: string }>([
    { metric: "casualties", title: "Claims of casualties among North Korean troops in Kursk" },
    { metric: "killed", title: "Claims of how many North Korean troops in Kursk were killed" },
    { metric: "deployed", title: "Claims of how many North Korean troops in Kursk were deployed" },
    { metric: "missing", title: "Claims of how many North Korean troops in Kursk are missing" },
    { metric: "losses", title: "Claims of losses among North Korean troops in Kursk" },
  ])("$metric", ({ metric, title }) =>
    expect(timelineTitle(" North Korean troops in Kursk ", metric)).toBe(title),
  );
});

const z1 = claim({
  id: "z1",
  claimant: "zelensky",
  date: "2024-12-23",
  value: { kind: "point", n: 3000 },
});
const p1 = claim({
  id: "p1",
  claimant: "pentagon",
  date: "2024-12-30",
  value: { kind: "approx", n: 1000 },
});

describe("describeTimeline", () => {
  it.each<{ name: string; claims: Claim[]; text: string }>([
    { name: "no claims", claims: [], text: "No claims to plot." },
    {
      name: "one claim",
      claims: [z1],
      text: "One claim, by Volodymyr Zelensky on 23 December 2024: 3,000.",
    },
    {
      name: "two claimants who disagree",
      claims: [p1, z1],
      text:
        "Two claims from two claimants (Volodymyr Zelensky and Pentagon), made between 23 December 2024 and 30 December 2024. " +
        "The highest figure is Volodymyr Zelensky's 3,000 (23 December 2024); the lowest is Pentagon's roughly 1,000 (30 December 2024). " +
        "Volodymyr Zelensky's 3,000 (23 December 2024) is three times Pentagon's roughly 1,000 (30 December 2024).",
    },
    {
      name: "one claimant, same day, same figure",
      claims: [z1, { ...z1, id: "z0" }],
      text: "Two claims from Volodymyr Zelensky, all made on 23 December 2024. Every figure is 3,000.",
    },
  ])("$name", ({ claims, text }) => expect(describeTimeline(claims, NAMES)).toBe(text));

  it.each<{ name: string; high: Claim["value"]; low: Claim["value"]; says: string | null }>([
    {
      name: "exact multiple",
      high: { kind: "point", n: 3000 },
      low: { kind: "point", n: 1000 },
      says: "is three times",
    },
    {
      name: "twice",
      high: { kind: "point", n: 2000 },
      low: { kind: "approx", n: 1000 },
      says: "is twice",
    },
    {
      name: "rounded",
      high: { kind: "point", n: 3100 },
      low: { kind: "point", n: 1000 },
      says: "is about three times",
    },
    {
      name: "large",
      high: { kind: "point", n: 38_000 },
      low: { kind: "point", n: 1000 },
      says: "is 38 times",
    },
    {
      name: "a little",
      high: { kind: "point", n: 1200 },
      low: { kind: "point", n: 1000 },
      says: "is 20% higher than",
    },
    {
      name: "a bound: at least",
      high: { kind: "atLeast", n: 2900 },
      low: { kind: "point", n: 1000 },
      says: "is at least 2.5 times",
    },
    {
      name: "against zero",
      high: { kind: "point", n: 10 },
      low: { kind: "point", n: 0 },
      says: "contrasts with",
    },
    {
      name: "compatible: range holds the point",
      high: { kind: "range", low: 900, high: 1100 },
      low: { kind: "point", n: 1000 },
      says: null,
    },
    {
      name: "a bound far above",
      high: { kind: "atLeast", n: 500 },
      low: { kind: "point", n: 100 },
      says: "is at least five times",
    },
    {
      name: "compatible: at least allows it",
      high: { kind: "point", n: 800 },
      low: { kind: "atLeast", n: 500 },
      says: null,
    },
    {
      name: "compatible: up to",
      high: { kind: "point", n: 3000 },
      low: { kind: "atMost", n: 5000 },
      says: null,
    },
  ])("disagreement, $name", ({ high, low, says }) => {
    const text = describeTimeline(
      [
        claim({ id: "a", claimant: "zelensky", date: "2025-01-01", value: high }),
        claim({ id: "b", claimant: "pentagon", date: "2025-01-02", value: low }),
      ],
      NAMES,
    );
    const sentence = text
      .split(". ")
      .find((s) => s.startsWith("Volodymyr Zelensky's") || s.startsWith("Pentagon's"));
    if (says === null) expect(sentence).toBeUndefined();
    else expect(sentence).toContain(says);
  });

  it("compares the furthest-apart latest totals, not earlier or episode claims", () => {
    const claims = [
      claim({
        id: "a0",
        claimant: "zelensky",
        date: "2024-12-01",
        value: { kind: "point", n: 100 },
      }),
      claim({
        id: "a1",
        claimant: "zelensky",
        date: "2025-01-01",
        value: { kind: "point", n: 6000 },
      }),
      claim({
        id: "b1",
        claimant: "pentagon",
        date: "2025-01-02",
        value: { kind: "point", n: 3000 },
      }),
      claim({
        id: "c1",
        claimant: "syrskyi",
        date: "2025-01-03",
        value: { kind: "point", n: 2000 },
      }),
      claim({
        id: "e1",
        claimant: "syrskyi",
        date: "2025-01-04",
        value: { kind: "atMost", n: 50 },
        scope: "event",
        period: { from: "2025-01-03", to: "2025-01-04" },
      }),
    ];
    const text = describeTimeline(claims, NAMES);
    expect(text).toContain(
      "Volodymyr Zelensky's 6,000 (1 January 2025) is three times Oleksandr Syrskyi's 2,000 (3 January 2025).",
    );
    expect(text).toContain(
      "The highest total is Volodymyr Zelensky's 6,000 (1 January 2025); the lowest is Volodymyr Zelensky's 100 (1 December 2024).",
    );
    expect(text).toContain(
      "One claim is about a single episode, shown across its period and separately from the totals.",
    );
  });

  it("names up to six claimants, then counts the rest", () => {
    const claims = Array.from({ length: 8 }, (_, i) =>
      claim({ id: `c${i}`, claimant: `k${i}`, date: `2025-01-0${i + 1}` }),
    );
    expect(describeTimeline(claims, new Map())).toMatch(
      /^Eight claims from eight claimants \(k0, k1, k2, k3, k4 and 3 others\)/,
    );
  });

  it("uses a plain apostrophe after a final s", () => {
    const claims = [
      claim({ id: "a", claimant: "intel", date: "2025-01-01", value: { kind: "point", n: 900 } }),
      claim({
        id: "b",
        claimant: "pentagon",
        date: "2025-01-02",
        value: { kind: "point", n: 100 },
      }),
    ];
    expect(describeTimeline(claims, NAMES)).toContain(
      "US and South Korean intelligence estimates' 900",
    );
  });

  it("mentions revised claims", () => {
    const claims = [
      z1,
      claim({ id: "z2", claimant: "zelensky", date: "2025-01-01", supersedes: "z1" }),
    ];
    expect(describeTimeline(claims, NAMES)).toContain("One claim was later revised, shown faded.");
  });
});
