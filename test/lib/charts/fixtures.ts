import type { Claim, ClaimValue } from "../../../src/schemas/claim.ts";

/** A valid claim with defaults for everything a chart test does not care about. */
export function claim(fields: Partial<Claim> & { id: string }): Claim {
  return {
    claimant: "a",
    date: "2025-01-01",
    subject: "kursk",
    metric: "casualties",
    value: { kind: "point", n: 100 },
    scope: "cumulative",
    status: "unverified",
    sources: [{ url: "https://example.org/", publisher: "Example" }],
    ...fields,
  };
}

/** A small deterministic generator (mulberry32), so generated data is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ["point", "approx", "range", "atLeast", "atMost"] as const;
const day = (offset: number) =>
  new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** `n` claims over two years from `claimants` claimants, every kind, a fifth of them episodes. */
export function generateClaims(n: number, claimants = 10, seed = 1): Claim[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[Math.floor(next() * KINDS.length)] ?? "point";
    const a = Math.round(next() * 50_000);
    const value: ClaimValue =
      kind === "range" ? { kind, low: a, high: a + 1 + Math.round(next() * 5000) } : { kind, n: a };
    const offset = Math.floor(next() * 730);
    const event = next() < 0.2;
    return claim({
      id: `c${i}`,
      claimant: `k${Math.floor(next() * claimants)}`,
      date: day(offset),
      value,
      scope: event ? "event" : "cumulative",
      ...(event ? { period: { from: day(Math.max(0, offset - 10)), to: day(offset) } } : {}),
    });
  });
}
