import fc from "fast-check";
import { textWidth } from "../../../src/lib/charts/labels.ts";
import { describe, expect, it } from "vitest";
import { compareGeometry } from "../../../src/lib/charts/compare.ts";
import { assignStyles } from "../../../src/lib/charts/palette.ts";
import { timelineGeometry } from "../../../src/lib/charts/timeline.ts";
import type { Claim, ClaimValue } from "../../../src/schemas/claim.ts";
import type { ChartEvent } from "../../../src/schemas/event.ts";
import { fcParams } from "../../helpers/property.ts";
import { claim } from "./fixtures.ts";

const START = Date.UTC(2024, 0, 1);
const day = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
const CLAIMANTS = Array.from({ length: 10 }, (_, i) => `claimant-${i}`);
const NAMES = new Map(CLAIMANTS.map((id, i) => [id, `Claimant number ${i}`]));

const figure = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 10_000_000, noNaN: true, noDefaultInfinity: true }),
);

const value: fc.Arbitrary<ClaimValue> = fc.oneof(
  fc.record({ kind: fc.constant("point" as const), n: figure }),
  fc.record({ kind: fc.constant("approx" as const), n: figure }),
  fc.record({ kind: fc.constant("atLeast" as const), n: figure }),
  fc.record({ kind: fc.constant("atMost" as const), n: figure }),
  fc
    .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 5_000_000 }))
    .map(([low, width]) => ({
      kind: "range" as const,
      low,
      high: Math.min(10_000_000, low + width),
    })),
);

/** A claim within two years; a third are episodes with a period that ends by the claim's date. */
const claimShape = fc.record({
  claimant: fc.constantFrom(...CLAIMANTS),
  offset: fc.integer({ min: 0, max: 730 }),
  value,
  event: fc.boolean(),
  periodStart: fc.integer({ min: 0, max: 90 }),
  periodEnd: fc.integer({ min: 0, max: 90 }),
  supersedes: fc.option(fc.nat(), { nil: undefined }),
});

const claimsArb: fc.Arbitrary<Claim[]> = fc
  .array(claimShape, { minLength: 1, maxLength: 60 })
  .map((shapes) =>
    shapes.map((s, i) => {
      const [near, far] = [
        Math.min(s.periodStart, s.periodEnd),
        Math.max(s.periodStart, s.periodEnd),
      ];
      const earlier = s.supersedes !== undefined && i > 0 ? `c${s.supersedes % i}` : undefined;
      return claim({
        id: `c${i}`,
        claimant: s.claimant,
        date: day(s.offset),
        value: s.value,
        scope: s.event ? "event" : "cumulative",
        ...(s.event ? { period: { from: day(s.offset - far), to: day(s.offset - near) } } : {}),
        ...(earlier ? { supersedes: earlier } : {}),
      });
    }),
  );

const eventsArb: fc.Arbitrary<ChartEvent[]> = fc
  .array(
    fc.record({
      offset: fc.integer({ min: -30, max: 760 }),
      label: fc.string({ minLength: 1, maxLength: 60 }),
    }),
    {
      maxLength: 4,
    },
  )
  .map((es) => es.map((e, i) => ({ id: `e${i}`, date: day(e.offset), label: e.label })));

const widthArb = fc.integer({ min: 288, max: 1200 });

/** Every value in the tree: no NaN, no infinity, no undefined (also not as text). */
function expectClean(value: unknown, path = "geometry"): void {
  if (value === undefined) throw new Error(`${path} is undefined`);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (typeof value === "string") {
    if (/NaN|undefined|Infinity/.test(value)) throw new Error(`${path} reads "${value}"`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectClean(v, `${path}[${i}]`));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) expectClean(v, `${path}.${k}`);
  }
}

const TOLERANCE = 0.5;

describe("timelineGeometry, for any claims", () => {
  it("has only finite numbers, marks inside the plot, sorted ticks, spaced labels", () => {
    fc.assert(
      fc.property(claimsArb, eventsArb, widthArb, (claims, events, width) => {
        const styles = assignStyles(CLAIMANTS.map((id) => ({ id })));
        const g = timelineGeometry({ claims, events, styles, names: NAMES, width });
        expectClean(g);
        expect(g.height).toBeGreaterThan(0);
        expect(g.marks).toHaveLength(claims.length);

        const { left, right, top, bottom } = g.plot;
        const inX = (x: number) => x >= left - TOLERANCE && x <= right + TOLERANCE;
        const inY = (y: number) => y >= top - TOLERANCE && y <= bottom + TOLERANCE;
        for (const m of g.marks) {
          expect(inX(m.x) && inY(m.y), `${m.claimId} at ${m.x},${m.y}`).toBe(true);
          if (m.span) expect(inX(m.span.x1) && inX(m.span.x2) && m.span.x1 <= m.span.x2).toBe(true);
          if (m.range)
            expect(inY(m.range.y1) && inY(m.range.y2) && m.range.y1 >= m.range.y2).toBe(true);
          expect(m.filled).toBe(m.kind !== "approx");
        }
        for (const e of g.events) expect(inX(e.x)).toBe(true);

        for (const panel of g.panels) {
          const ys = panel.yTicks.map((t) => t.y);
          expect(ys).toEqual([...ys].sort((a, b) => b - a));
          for (const y of ys)
            expect(y >= panel.top - TOLERANCE && y <= panel.bottom + TOLERANCE).toBe(true);
        }
        expect(g.xTicks.length).toBeGreaterThanOrEqual(2);
        const xs = g.xTicks.map((t) => t.x);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));

        // Direct labels never overlap one another or leave the SVG; a claimant without one is
        // named in the legend.
        const boxes = g.labels.map((l) => {
          const w = Math.max(...l.lines.map((t) => textWidth(t) * 1.08));
          const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
          return { x0, x1: x0 + w, y0: l.y - 7, y1: l.y - 7 + 14 * l.lines.length };
        });
        boxes.forEach((b, i) => {
          expect(b.x0 >= -TOLERANCE && b.x1 <= g.width + TOLERANCE).toBe(true);
          for (const o of boxes.slice(i + 1)) {
            const apart =
              b.x1 <= o.x0 + 0.01 ||
              o.x1 <= b.x0 + 0.01 ||
              b.y1 <= o.y0 + 0.01 ||
              o.y1 <= b.y0 + 0.01;
            expect(apart).toBe(true);
          }
        });
        const labelled = new Set(g.labels.map((l) => l.claimant));
        const everyone = new Set(claims.map((c) => c.claimant));
        expect(g.legend === null).toBe([...everyone].every((id) => labelled.has(id)));

        // Lines only ever join a claimant's cumulative claims.
        const cumulative = new Set(
          claims.filter((c) => c.scope === "cumulative").map((c) => c.claimant),
        );
        for (const l of g.lines) expect(cumulative.has(l.claimant)).toBe(true);
      }),
      fcParams(150),
    );
  });
});

describe("compareGeometry, for any claims", () => {
  it("has only finite numbers and marks inside the plot", () => {
    fc.assert(
      fc.property(claimsArb, widthArb, (claims, width) => {
        const g = compareGeometry({
          claims,
          styles: assignStyles(CLAIMANTS.map((id) => ({ id }))),
          names: NAMES,
          width,
        });
        expectClean(g);
        for (const row of g.rows) {
          expect(row.x).toBeGreaterThanOrEqual(g.plot.left - TOLERANCE);
          expect(row.x).toBeLessThanOrEqual(g.plot.right + TOLERANCE);
        }
      }),
      fcParams(60),
    );
  });
});
