import { describe, expect, it } from "vitest";
import { compareGeometry } from "../../../src/lib/charts/compare.ts";
import { latestByClaimant } from "../../../src/lib/claims/query.ts";
import { textWidth } from "../../../src/lib/charts/labels.ts";
import { assignStyles, chartStyles } from "../../../src/lib/charts/palette.ts";
import { symbolPath } from "../../../src/lib/charts/symbols.ts";
import type { Claim, ClaimValue } from "../../../src/schemas/claim.ts";
import { claim } from "./fixtures.ts";

const NAMES = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
  ["intel", "US and South Korean intelligence estimates"],
]);

const kursk = [
  claim({ id: "z1", claimant: "zelensky", date: "2024-12-23", value: { kind: "point", n: 3000 } }),
  claim({ id: "p1", claimant: "pentagon", date: "2024-12-30", value: { kind: "approx", n: 1000 } }),
  claim({ id: "z2", claimant: "zelensky", date: "2025-01-10", value: { kind: "point", n: 4000 } }),
  claim({
    id: "i1",
    claimant: "intel",
    date: "2025-01-05",
    value: { kind: "range", low: 10_000, high: 12_000 },
  }),
  claim({
    id: "e1",
    claimant: "pentagon",
    date: "2025-01-20",
    value: { kind: "point", n: 200 },
    scope: "event",
    period: { from: "2025-01-18", to: "2025-01-19" },
  }),
];

const ids = (claims: Claim[]) => claims.map((c) => c.id);

describe("latestByClaimant", () => {
  it.each<{ name: string; claims: Claim[]; at?: string; expected: string[] }>([
    { name: "no claims", claims: [], expected: [] },
    {
      name: "latest of each, largest figure first, totals only",
      claims: kursk,
      expected: ["i1", "z2", "p1"],
    },
    { name: "as of a date", claims: kursk, at: "2024-12-31", expected: ["z1", "p1"] },
    {
      name: "the date itself counts",
      claims: kursk,
      at: "2025-01-10",
      expected: ["i1", "z2", "p1"],
    },
    { name: "before any claim", claims: kursk, at: "2020-01-01", expected: [] },
    {
      name: "same day: the later id",
      claims: [
        claim({ id: "b", value: { kind: "point", n: 1 } }),
        claim({ id: "a", value: { kind: "point", n: 2 } }),
      ],
      expected: ["b"],
    },
    {
      name: "a revised claim gives way to its revision even on the same day",
      claims: [claim({ id: "b" }), claim({ id: "a", supersedes: "b" })],
      expected: ["a"],
    },
    {
      name: "ties on figure: by claimant id",
      claims: [claim({ id: "x", claimant: "b" }), claim({ id: "y", claimant: "a" })],
      expected: ["y", "x"],
    },
  ])("$name", ({ claims, at, expected }) =>
    expect(ids(latestByClaimant(claims, at))).toEqual(expected),
  );
});

describe("compareGeometry", () => {
  const styles = assignStyles([...NAMES.keys()].map((id) => ({ id })));
  const geometry = (claims: Claim[], width = 680, at?: string) =>
    compareGeometry({ claims, styles, names: NAMES, width, ...(at ? { at } : {}) });

  it("lays out one 40 px row per claimant, figure and day on x from 0", () => {
    const g = geometry(kursk);
    expect(g.xScale).toBe("linear");
    expect(g.rows.map((r) => [r.claimant, r.label, r.figure])).toEqual([
      ["intel", "10,000\u201312,000 (5 Jan)", "10,000\u201312,000"],
      ["zelensky", "4,000 (10 Jan)", "4,000"],
      ["pentagon", "roughly 1,000 (30 Dec)", "roughly 1,000"],
    ]);
    expect(g.rows.map((r) => r.y)).toEqual([28, 68, 108]);
    expect(g.height).toBe(8 + 3 * 40 + 28);
    expect(g.xTicks[0]).toEqual({ x: g.plot.left, label: "0" });
    const [intel, zelensky, pentagon] = g.rows;
    expect(intel).toMatchObject({ kind: "range", filled: true, dateLabel: "5 January 2025" });
    expect(intel?.x1).toBeLessThan(intel?.x2 ?? 0);
    expect(intel?.x).toBeCloseTo(((intel?.x1 ?? 0) + (intel?.x2 ?? 0)) / 2, 1);
    expect(zelensky).toMatchObject({
      filled: true,
      symbol: symbolPath(zelensky?.shape ?? "circle", 64),
    });
    expect(pentagon?.filled).toBe(false);
    expect(zelensky?.x).toBeGreaterThan(pentagon?.x ?? Infinity);
  });

  it("keeps names in the left margin, on two lines at most", () => {
    for (const width of [320, 680]) {
      const g = geometry(kursk, width);
      for (const row of g.rows) {
        expect(row.nameLines.length).toBeLessThanOrEqual(2);
        for (const line of row.nameLines) expect(textWidth(line)).toBeLessThanOrEqual(row.nameX);
      }
    }
  });

  it("keeps every mark and its figure inside the SVG", () => {
    const g = geometry(kursk, 288);
    for (const row of g.rows) {
      expect(row.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(row.x).toBeLessThanOrEqual(g.plot.right);
      expect(row.labelLines.join(" ")).toBe(row.label);
      const w = Math.max(...row.labelLines.map((l) => textWidth(l)));
      const [from, to] =
        row.labelAnchor === "start" ? [row.labelX, row.labelX + w] : [row.labelX - w, row.labelX];
      expect(from).toBeGreaterThanOrEqual(g.plot.left);
      expect(to).toBeLessThanOrEqual(g.width);
    }
  });

  it.each<{ value: ClaimValue; direction: "left" | "right" }>([
    { value: { kind: "atLeast", n: 500 }, direction: "right" },
    { value: { kind: "atMost", n: 500 }, direction: "left" },
  ])("$value.kind: an arrow pointing $direction", ({ value, direction }) => {
    const g = geometry([
      claim({ id: "b", value }),
      claim({ id: "o", claimant: "other", value: { kind: "point", n: 1000 } }),
    ]);
    const row = g.rows.find((r) => r.claimId === "b");
    expect(row?.arrow?.direction).toBe(direction);
    const xs = (row?.arrow?.path.match(/-?[\d.]+(?=,)/g) ?? []).map(Number);
    const tip = direction === "right" ? Math.max(...xs) : Math.min(...xs);
    expect(Math.abs(tip - (row?.x ?? 0))).toBeCloseTo(22, 0);
  });

  it("switches to log beyond 100× and puts zero at the left edge", () => {
    const g = geometry([
      claim({ id: "a", claimant: "a", value: { kind: "point", n: 10 } }),
      claim({ id: "b", claimant: "b", value: { kind: "point", n: 5_000_000 } }),
      claim({ id: "c", claimant: "c", value: { kind: "point", n: 0 } }),
    ]);
    expect(g.xScale).toBe("log");
    expect(g.xAxisNote).toBe("Log scale; 0 drawn at the left edge");
    expect(g.rows.at(-1)).toMatchObject({ claimId: "c", x: g.plot.left, atFloor: true });
  });

  it("uses one scale at every width: the same figures at the same share of the plot", () => {
    const share = (width: number) => {
      const g = geometry(kursk, width);
      return g.rows.map((r) => (r.x - g.plot.left) / (g.plot.right - g.plot.left));
    };
    const [narrow, wide] = [share(288), share(560)];
    narrow.forEach((s, i) => expect(s).toBeCloseTo(wide[i] ?? NaN, 2));
  });

  it("marks an inferred figure as ours, and mutes all but the highlight", () => {
    const g = compareGeometry({
      claims: [
        claim({
          id: "a",
          claimant: "zelensky",
          value: { kind: "atMost", n: 1000 },
          inferred: "a battalion",
        }),
        claim({ id: "b", claimant: "pentagon", value: { kind: "point", n: 3000 } }),
      ],
      styles,
      names: NAMES,
      width: 560,
      highlight: "a",
    });
    const a = g.rows.find((r) => r.claimId === "a");
    expect(a).toMatchObject({ inferred: true, emphasis: "strong" });
    expect(a?.figure).toBe("up to \u2248 1,000 by our conversion");
    expect(g.rows.find((r) => r.claimId === "b")?.emphasis).toBe("muted");
  });

  it("draws the spread from the lowest to the highest figure only when asked", () => {
    const claims = [
      claim({ id: "z", claimant: "zelensky", value: { kind: "point", n: 3000 } }),
      claim({ id: "p", claimant: "pentagon", value: { kind: "approx", n: 1000 } }),
    ];
    expect(geometry(claims).spread).toBeUndefined();
    const g = compareGeometry({ claims, styles, names: NAMES, width: 560, spread: true });
    const [high, low] = g.rows;
    expect(g.spread).toMatchObject({
      x1: low?.x,
      x2: high?.x,
      label: "Zelensky's figure is 3× Pentagon's",
    });
    expect(g.spread!.y).toBeGreaterThan(low!.y);
    expect(g.spread!.labelY).toBeLessThan(g.plot.bottom);
    // Figures that can both be true get no bracket.
    const agree = compareGeometry({
      claims: [
        claims[0]!,
        claim({ id: "q", claimant: "pentagon", value: { kind: "atLeast", n: 2000 } }),
      ],
      styles,
      names: NAMES,
      width: 560,
      spread: true,
    });
    expect(agree.spread).toBeUndefined();
  });

  it("with no claims, has no rows and no ticks", () => {
    const g = geometry([]);
    expect(g.rows).toEqual([]);
    expect(g.xTicks).toEqual([]);
    expect(g.height).toBeGreaterThan(0);
  });

  it("uses each claimant's chart style", () => {
    const g = geometry(kursk);
    const { style } = chartStyles(
      g.rows.map((r) => r.claimant),
      styles,
    );
    for (const row of g.rows)
      expect({ slot: row.slot, shape: row.shape }).toEqual(style(row.claimant));
  });
});
