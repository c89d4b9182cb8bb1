import { describe, expect, it } from "vitest";
import { assignStyles } from "../../../src/lib/charts/palette.ts";
import { symbolPath } from "../../../src/lib/charts/symbols.ts";
import { ARROW } from "../../../src/lib/charts/marks.ts";
import { textWidth } from "../../../src/lib/charts/labels.ts";
import {
  chartHeight,
  timelineGeometry,
  type TimelineGeometry,
  type TimelineMark,
  type TimelineOptions,
} from "../../../src/lib/charts/timeline.ts";
import type { Claim, ClaimValue } from "../../../src/schemas/claim.ts";
import type { ChartEvent } from "../../../src/schemas/event.ts";
import { claim, generateClaims } from "./fixtures.ts";

const NAMES = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
  ["syrskyi", "Oleksandr Syrskyi"],
  ["nato", "NATO"],
  ["intel", "US and South Korean intelligence estimates"],
]);

/** The chart for `claims`, styled as the site would style them. */
function chart(
  claims: Claim[],
  options: Partial<Omit<TimelineOptions, "claims">> = {},
): TimelineGeometry {
  return timelineGeometry({
    claims,
    styles: assignStyles([...NAMES.keys()].map((id) => ({ id }))),
    names: NAMES,
    width: 680,
    ...options,
  });
}

const mark = (g: TimelineGeometry, id: string) => {
  const m = g.marks.find((m) => m.claimId === id);
  if (!m) throw new Error(`no mark ${id}`);
  return m;
};

const kursk = [
  claim({ id: "z1", claimant: "zelensky", date: "2024-12-23", value: { kind: "point", n: 3000 } }),
  claim({ id: "p1", claimant: "pentagon", date: "2024-12-30", value: { kind: "approx", n: 1000 } }),
  claim({ id: "z2", claimant: "zelensky", date: "2025-01-10", value: { kind: "point", n: 4000 } }),
];

function inside(g: TimelineGeometry, x: number, y: number) {
  expect(x).toBeGreaterThanOrEqual(g.plot.left);
  expect(x).toBeLessThanOrEqual(g.plot.right);
  expect(y).toBeGreaterThanOrEqual(g.plot.top);
  expect(y).toBeLessThanOrEqual(g.plot.bottom);
}

describe("timelineGeometry: size", () => {
  it.each([
    { width: 288, height: 360 },
    { width: 320, height: 400 },
    { width: 340, height: 425 },
    { width: 479, height: 599 },
    { width: 480, height: 270 },
    { width: 680, height: 383 },
    { width: 1200, height: 675 },
  ])("$width wide is $height tall", ({ width, height }) => {
    expect(chartHeight(width)).toBe(height);
    const g = chart(kursk, { width });
    expect([g.width, g.height]).toEqual([width, height]);
    expect(g.plot.left).toBeGreaterThan(0);
    expect(g.plot.right).toBeLessThan(width);
    expect(g.plot.bottom).toBeLessThan(height);
    expect(g.plot.right - g.plot.left).toBeGreaterThan(width / 2);
  });

  it.each([100, 0, Number.NaN])("lays out %s px as 288 (a 320 px phone's chart box)", (width) => {
    expect(chart(kursk, { width }).width).toBe(288);
  });

  it("gives fewer date ticks when narrow", () => {
    const claims = generateClaims(40);
    expect(chart(claims, { width: 320 }).xTicks.length).toBeLessThan(
      chart(claims, { width: 1200 }).xTicks.length,
    );
  });
});

describe("timelineGeometry: edge cases", () => {
  it("with no claims, draws an empty frame", () => {
    const g = chart([]);
    expect(g).toMatchObject({
      marks: [],
      lines: [],
      xTicks: [],
      yTicks: [],
      labels: [],
      legend: null,
    });
    expect(g.plot.bottom).toBeGreaterThan(g.plot.top);
  });

  it("with one claim, draws one labelled mark inside the plot", () => {
    const g = chart([kursk[0] as Claim]);
    expect(g.marks).toHaveLength(1);
    expect(g.lines).toEqual([]);
    expect(g.labels.map((l) => l.lines.join(" "))).toEqual(["Zelensky, 23 Dec: 3,000"]);
    expect(g.legend).toBeNull();
    expect(g.xTicks.length).toBeGreaterThanOrEqual(2);
    const m = mark(g, "z1");
    inside(g, m.x, m.y);
    // Padded by three days each side: the mark sits in the middle.
    expect(m.x).toBeCloseTo((g.plot.left + g.plot.right) / 2, 0);
    expect(m).toMatchObject({ label: "3,000", dateLabel: "23 December 2024", filled: true });
  });

  it("with every claim on one date, keeps them apart from the edges", () => {
    const claims = ["a", "b", "c"].map((id, i) =>
      claim({ id, claimant: id, date: "2025-01-01", value: { kind: "point", n: (i + 1) * 100 } }),
    );
    const g = chart(claims);
    for (const m of g.marks) {
      expect(m.x).toBeGreaterThan(g.plot.left + 20);
      expect(m.x).toBeLessThan(g.plot.right - 20);
    }
  });

  it("puts zero on the baseline of a linear scale", () => {
    const g = chart([
      claim({ id: "z", value: { kind: "point", n: 0 } }),
      claim({ id: "h", value: { kind: "point", n: 50 } }),
    ]);
    expect(g.yScale).toBe("linear");
    expect(mark(g, "z").y).toBe(g.plot.bottom);
    expect(mark(g, "z").atFloor).toBeUndefined();
    expect(g.yTicks[0]).toEqual({ y: g.plot.bottom, label: "0" });
  });

  it.each<{ name: string; values: number[]; scale: "linear" | "log" }>([
    { name: "exactly 100× stays linear", values: [10, 1000], scale: "linear" },
    { name: "just over 100× goes log", values: [10, 1001], scale: "log" },
    { name: "10 to 5,000,000 goes log", values: [10, 5_000_000], scale: "log" },
    { name: "zeros do not count", values: [0, 0, 5_000_000], scale: "linear" },
  ])("$name", ({ values, scale }) => {
    const claims = values.map((n, i) =>
      claim({ id: `c${i}`, date: `2025-01-0${i + 1}`, value: { kind: "point", n } }),
    );
    const g = chart(claims);
    expect(g.yScale).toBe(scale);
    expect(g.yAxisNote).toBe(scale === "log" ? "Log scale" : undefined);
    for (const m of g.marks) inside(g, m.x, m.y);
  });

  it("on a log scale, clamps zero to the floor and says so", () => {
    const claims = [0, 10, 5_000_000].map((n, i) =>
      claim({ id: `c${i}`, date: `2025-01-0${i + 1}`, value: { kind: "point", n } }),
    );
    const g = chart(claims);
    expect(mark(g, "c0")).toMatchObject({ y: g.plot.bottom, atFloor: true });
    expect(mark(g, "c1").atFloor).toBeUndefined();
    expect(g.yAxisNote).toBe("Log scale; 0 drawn on the bottom line");
    expect(g.yTicks.map((t) => t.label)).toEqual(["10", "1k", "100k", "10M"]);
  });

  it("lays out 1,000 claims reading each claim a bounded number of times", () => {
    // Work is counted, not timed, so the test is the same on every machine: every read of a
    // claim's fields goes through a proxy. The layout reads each claim about 56 times (sorting
    // adds a log n factor); a layout that compared every claim with every other would read each
    // one about a thousand times.
    const claims = generateClaims(1000);
    let reads = 0;
    const counted = claims.map(
      (c) =>
        new Proxy(c, {
          get(target, key, receiver): unknown {
            reads++;
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    const g = timelineGeometry({
      claims: counted,
      styles: assignStyles([]),
      names: NAMES,
      width: 680,
    });
    expect(g.marks).toHaveLength(1000);
    expect(g.legend).toHaveLength(10);
    expect(reads / claims.length).toBeLessThan(80);
  });

  it("does not depend on the order claims are passed in", () => {
    const claims = generateClaims(60, 5, 3);
    const styles = assignStyles([]);
    const options = { styles, names: NAMES, width: 680 };
    expect(timelineGeometry({ ...options, claims: [...claims].reverse() })).toEqual(
      timelineGeometry({ ...options, claims }),
    );
  });
});

describe("timelineGeometry: marks", () => {
  const at = (value: ClaimValue, scope: Claim["scope"] = "cumulative") =>
    chart([
      claim({
        id: "m",
        date: "2025-01-10",
        value,
        scope,
        ...(scope === "event" ? { period: { from: "2025-01-03", to: "2025-01-08" } } : {}),
      }),
      claim({ id: "low", date: "2025-01-01", value: { kind: "point", n: 0 } }),
      claim({ id: "high", date: "2025-01-20", value: { kind: "point", n: 2000 } }),
    ]);

  it.each<{ value: ClaimValue; filled: boolean; label: string }>([
    { value: { kind: "point", n: 1000 }, filled: true, label: "1,000" },
    { value: { kind: "approx", n: 1000 }, filled: false, label: "roughly 1,000" },
    { value: { kind: "range", low: 800, high: 1200 }, filled: true, label: "800\u20131,200" },
    { value: { kind: "atLeast", n: 1000 }, filled: true, label: "at least 1,000" },
    { value: { kind: "atMost", n: 1000 }, filled: true, label: "up to 1,000" },
  ])("$value.kind: filled $filled, '$label'", ({ value, filled, label }) => {
    const g = at(value);
    const m = mark(g, "m");
    expect(m).toMatchObject({ kind: value.kind, filled, label, superseded: false });
    expect(m.symbol).toBe(symbolPath(m.shape, 64));
    // 1,000 sits on the 1k gridline (a range's centre is its middle).
    expect(m.y).toBeCloseTo(g.yTicks.find((t) => t.label === "1k")?.y ?? NaN, 0);
    inside(g, m.x, m.y);
  });

  it("draws a range as a bar from low (lower on screen) to high, centred on the mark", () => {
    const m = mark(at({ kind: "range", low: 500, high: 1500 }), "m");
    expect(m.range?.y1).toBeGreaterThan(m.range?.y2 ?? Infinity);
    expect(m.y).toBeCloseTo(((m.range?.y1 ?? 0) + (m.range?.y2 ?? 0)) / 2, 1);
    expect(m.range?.capHalfWidth).toBeGreaterThan(0);
    expect(m.arrow).toBeUndefined();
  });

  it.each<{ kind: "atLeast" | "atMost"; direction: "up" | "down" }>([
    { kind: "atLeast", direction: "up" },
    { kind: "atMost", direction: "down" },
  ])("$kind: an arrow pointing $direction from the mark", ({ kind, direction }) => {
    const m = mark(at({ kind, n: 1000 }), "m");
    expect(m.arrow?.direction).toBe(direction);
    const ys = (m.arrow?.path.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((p) =>
      Number(p.split(",")[1]),
    );
    const tip = direction === "up" ? Math.min(...ys) : Math.max(...ys);
    expect(Math.abs(tip - m.y)).toBeCloseTo(ARROW, 0);
    expect(direction === "up" ? tip < m.y : tip > m.y).toBe(true);
    expect(m.range).toBeUndefined();
  });

  it("leaves room above the highest 'at least' for its arrow", () => {
    const g = chart([claim({ id: "a", value: { kind: "atLeast", n: 38_000 } })]);
    const m = mark(g, "a");
    expect(m.y - g.plot.top).toBeGreaterThanOrEqual(14);
  });

  it("draws an event claim across its period, and never joins it in a line", () => {
    const claims = [
      claim({
        id: "e1",
        date: "2025-01-10",
        scope: "event",
        period: { from: "2025-01-03", to: "2025-01-08" },
      }),
      claim({
        id: "e2",
        date: "2025-01-20",
        scope: "event",
        period: { from: "2025-01-15", to: "2025-01-20" },
      }),
      claim({ id: "t1", date: "2025-01-05", value: { kind: "point", n: 500 } }),
    ];
    const g = chart(claims);
    const e1 = mark(g, "e1");
    expect(e1.scope).toBe("event");
    expect(e1.span?.x1).toBeLessThan(e1.span?.x2 ?? -Infinity);
    expect(e1.span?.x2).toBeLessThan(e1.x); // the period ended before the claim was made
    expect(mark(g, "e2").span?.x2).toBe(mark(g, "e2").x);
    expect(mark(g, "t1").span).toBeUndefined();
    expect(g.lines).toEqual([]); // one cumulative claim: nothing to join
  });

  it("keeps same-day ties visible, in a fixed order", () => {
    const claims = ["zelensky", "pentagon", "syrskyi"].map((claimant, i) =>
      claim({ id: `t${i}`, claimant, date: "2025-01-01", value: { kind: "point", n: 1000 } }),
    );
    const g = chart(claims);
    const xs = g.marks.map((m) => m.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(9);
    expect(chart([...claims].reverse()).marks).toEqual(g.marks);
    // The claimant first on the chart (by date, then claim id) keeps the true position.
    const first = "zelensky";
    expect(g.marks.find((m) => m.claimant === first)?.x).toBe(
      Math.min(...g.marks.map((m) => m.x)) + 10,
    );
  });

  it("rounds every coordinate to two decimals", () => {
    const g = chart(generateClaims(50));
    const text = JSON.stringify(g);
    expect(text).not.toMatch(/\d\.\d{3}/);
  });
});

describe("timelineGeometry: lines and revisions", () => {
  it("joins one claimant's totals by date", () => {
    const g = chart(kursk);
    expect(g.lines).toEqual([
      {
        claimant: "zelensky",
        slot: 1,
        d: `M${mark(g, "z1").x},${mark(g, "z1").y}L${mark(g, "z2").x},${mark(g, "z2").y}`,
      },
    ]);
  });

  it("leaves a superseded claim out of its line and joins it to its revision", () => {
    const claims = [
      claim({
        id: "a",
        claimant: "zelensky",
        date: "2025-01-01",
        value: { kind: "point", n: 100 },
      }),
      claim({
        id: "b",
        claimant: "zelensky",
        date: "2025-01-05",
        value: { kind: "point", n: 300 },
      }),
      claim({
        id: "c",
        claimant: "zelensky",
        date: "2025-01-09",
        value: { kind: "point", n: 150 },
        supersedes: "b",
      }),
    ];
    const g = chart(claims);
    expect(mark(g, "b").superseded).toBe(true);
    expect(mark(g, "a").superseded).toBe(false);
    expect(g.revisions).toEqual([
      {
        from: "b",
        to: "c",
        d: `M${mark(g, "b").x},${mark(g, "b").y}L${mark(g, "c").x},${mark(g, "c").y}`,
      },
    ]);
    expect(g.lines).toHaveLength(1);
    expect(g.lines[0]?.d).toBe(
      `M${mark(g, "a").x},${mark(g, "a").y}L${mark(g, "c").x},${mark(g, "c").y}`,
    );
  });

  it("joins a revision across claimants only by its connector", () => {
    const claims = [
      claim({ id: "a", claimant: "zelensky", date: "2025-01-01" }),
      claim({ id: "b", claimant: "pentagon", date: "2025-01-05", supersedes: "a" }),
    ];
    const g = chart(claims);
    expect(g.lines).toEqual([]);
    expect(g.revisions.map((r) => [r.from, r.to])).toEqual([["a", "b"]]);
    expect(mark(g, "a").superseded).toBe(true);
  });

  it("ignores a supersedes link to a claim not on the chart", () => {
    const g = chart([claim({ id: "b", supersedes: "elsewhere" })]);
    expect(g.revisions).toEqual([]);
    expect(mark(g, "b").superseded).toBe(false);
  });
});

describe("timelineGeometry: styles, labels and legend", () => {
  it("styles a claimant the same in every chart", () => {
    const all = [
      claim({ id: "x", claimant: "nato", date: "2024-01-01" }),
      claim({ id: "y", claimant: "pentagon", date: "2024-06-01", subject: "other" }),
      claim({ id: "z", claimant: "pentagon", date: "2024-07-01" }),
    ];
    const styles = assignStyles([
      { id: "nato", colour: "orange", shape: "circle" },
      { id: "pentagon", colour: "sky-blue", shape: "square" },
    ]);
    const one = timelineGeometry({ claims: all.slice(1, 2), styles, names: NAMES, width: 680 });
    const two = timelineGeometry({ claims: all, styles, names: NAMES, width: 680 });
    expect(mark(one, "y")).toMatchObject({ slot: 2, shape: "square" });
    expect(mark(two, "y")).toMatchObject({ slot: 2, shape: "square" });
    expect(mark(two, "x")).toMatchObject({ slot: 1, shape: "circle" });
  });

  it("labels the marks directly: who, when and what, with nothing overlapping", () => {
    const g = chart(kursk);
    expect(g.legend).toBeNull();
    expect(g.labels.map((l) => [l.claimId, l.lines.join(" ")])).toEqual([
      ["z2", "Zelensky, 10 Jan: 4,000"],
      ["p1", "Pentagon, 30 Dec: roughly 1,000"],
      ["z1", "Zelensky, 23 Dec: 3,000"],
    ]);
    expectClear(g);
  });

  it("names two people who share a surname in full", () => {
    const names = new Map([
      ["a", "Anna Smith"],
      ["b", "Ben Smith"],
      ["c", "Oleksandr Syrskyi"],
    ]);
    const claims = ["a", "b", "c"].map((claimant, i) =>
      claim({
        id: claimant,
        claimant,
        date: `2025-0${i + 1}-01`,
        value: { kind: "point", n: 1000 * (i + 1) },
      }),
    );
    const g = timelineGeometry({
      claims,
      styles: assignStyles([...new Set(claims.map((c) => c.claimant))].map((id) => ({ id }))),
      names,
      width: 560,
    });
    expect(g.labels.map((l) => l.lines.join(" ").split(",")[0]).sort()).toEqual([
      "Anna Smith",
      "Ben Smith",
      "Syrskyi",
    ]);
  });

  it("says what a revision replaced, and leaves the revised mark to the connector", () => {
    const g = chart([
      claim({
        id: "a",
        claimant: "zelensky",
        date: "2025-01-01",
        value: { kind: "point", n: 38_000 },
      }),
      claim({
        id: "b",
        claimant: "zelensky",
        date: "2025-02-01",
        value: { kind: "point", n: 45_000 },
        supersedes: "a",
      }),
    ]);
    expect(mark(g, "b").revises).toBe("38,000");
    expect(g.labels.map((l) => [l.claimId, l.lines.join(" ")])).toEqual([
      ["b", "Zelensky, 1 Feb: 45,000, revised from 38,000"],
    ]);
    expect(g.revisions).toHaveLength(1);
  });

  it("labels the highlight first and mutes every other mark and line", () => {
    const g = chart(kursk, { highlight: "p1" });
    expect(g.labels[0]).toMatchObject({ claimId: "p1", emphasis: "strong" });
    expect(mark(g, "p1").emphasis).toBe("strong");
    expect(mark(g, "z1").emphasis).toBe("muted");
    expect(g.lines.every((l) => l.muted)).toBe(true);
    // An id not on the chart highlights nothing.
    expect(chart(kursk, { highlight: "nope" }).marks.some((m) => m.emphasis)).toBe(false);
  });

  it("marks our conversions as ours", () => {
    const g = chart([
      claim({
        id: "i",
        value: { kind: "atMost", n: 1000 },
        inferred: "a battalion is about 1,000",
      }),
    ]);
    expect(mark(g, "i")).toMatchObject({
      inferred: true,
      label: "up to \u2248 1,000 by our conversion",
    });
  });

  it("falls back to the key for claimants whose labels cannot fit", () => {
    const claims = ["a", "b", "c", "d", "e", "f", "g", "h"].map((claimant, i) =>
      claim({ id: `c${i}`, claimant, date: "2025-01-01", value: { kind: "point", n: 1000 + i } }),
    );
    const g = chart(claims, { width: 288 });
    expect(g.labels.length).toBeLessThan(claims.length);
    expect(g.legend?.map((l) => l.claimant)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(g.legend?.[0]).toMatchObject({
      symbol: symbolPath(g.legend?.[0]?.shape ?? "circle", 64),
    });
    expectClear(g);
  });

  it.each([288, 560, 680])("keeps labels inside the SVG and clear of marks at %i px", (width) => {
    const g = chart(generateClaims(12, 4, 3), { width });
    expectClear(g);
  });
});

/** No label runs off the SVG, into another label or over a mark's symbol. */
function expectClear(g: TimelineGeometry) {
  const boxes = g.labels.map((l) => {
    const w = Math.max(...l.lines.map((t) => textWidth(t) * 1.08));
    const left = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
    return { left, right: left + w, top: l.y - 7, bottom: l.y - 7 + 14 * l.lines.length };
  });
  for (const [i, b] of boxes.entries()) {
    expect(b.left).toBeGreaterThanOrEqual(-0.01);
    expect(b.right).toBeLessThanOrEqual(g.width + 0.01);
    for (const other of boxes.slice(i + 1)) {
      const apart =
        b.right <= other.left + 0.01 ||
        other.right <= b.left + 0.01 ||
        b.bottom <= other.top + 0.01 ||
        other.bottom <= b.top + 0.01;
      expect(apart).toBe(true);
    }
    for (const m of g.marks) {
      const clear =
        m.x + 4 <= b.left || m.x - 4 >= b.right || m.y + 4 <= b.top || m.y - 4 >= b.bottom;
      expect(clear, `label ${i} over mark ${m.claimId}`).toBe(true);
    }
  }
}

describe("timelineGeometry: fits its own claims", () => {
  const total = claim({
    id: "s",
    claimant: "syrskyi",
    date: "2025-01-01",
    value: { kind: "atLeast", n: 38_000 },
    period: { from: "2024-08-06", to: "2025-01-01" },
  });
  const episode = claim({
    id: "m",
    claimant: "syrskyi",
    date: "2025-01-04",
    value: { kind: "atMost", n: 1000 },
    scope: "event",
    period: { from: "2025-01-03", to: "2025-01-04" },
  });

  it("draws a total's period as a bar from its start to the claim, on the axis", () => {
    const g = chart([total]);
    const m = mark(g, "s");
    expect(m.period?.x2).toBe(m.x);
    expect(m.period?.x1).toBeGreaterThanOrEqual(g.plot.left);
    expect(m.period?.x1).toBeLessThan(m.x - 100);
    expect(m.span).toBeUndefined();
  });

  it("leaves about 8-10% headroom above the top mark", () => {
    for (const width of [288, 560]) {
      const g = chart(
        [total, claim({ id: "z", claimant: "zelensky", value: { kind: "point", n: 20_000 } })],
        { width },
      );
      const m = mark(g, "s");
      expect(m.y - g.plot.top).toBeGreaterThanOrEqual((g.plot.bottom - g.plot.top) * 0.08);
    }
  });

  it("splits totals and an episode 20× smaller into aligned, labelled panels", () => {
    const g = chart([total, episode]);
    expect(g.panels.map((p) => p.label)).toEqual(["Running totals", "Single episodes"]);
    const [top, bottom] = g.panels;
    expect(top!.bottom).toBeLessThan(bottom!.top);
    expect(mark(g, "s").panel).toBe(0);
    expect(mark(g, "m")).toMatchObject({ panel: 1 });
    // The episode is drawn well clear of its panel's baseline.
    expect(bottom!.bottom - mark(g, "m").y).toBeGreaterThan((bottom!.bottom - bottom!.top) * 0.5);
    // Panels share the time axis: one set of date ticks, marks in x order.
    expect(mark(g, "m").x).toBeGreaterThan(mark(g, "s").x);
  });

  it("lets the author choose: one panel, or split even when the figures are close", () => {
    expect(chart([total, episode], { panels: "one" }).panels).toHaveLength(1);
    const near = claim({ ...episode, value: { kind: "point", n: 30_000 } });
    expect(chart([total, near]).panels).toHaveLength(1);
    expect(chart([total, near], { panels: "split" }).panels).toHaveLength(2);
  });

  it("puts event labels in their own row above the plot", () => {
    const g = chart([total, episode], {
      events: [{ id: "e", date: "2024-08-06", label: "Incursion begins" }],
    });
    for (const e of g.events) expect(e.labelY + 7).toBeLessThanOrEqual(g.plot.top - 14);
  });
});

describe("timelineGeometry: events", () => {
  const events: ChartEvent[] = [
    { id: "start", date: "2024-12-20", label: "Incursion begins" },
    { id: "near", date: "2024-12-21", label: "Second wave" },
    { id: "end", date: "2025-01-12", label: "Ukraine's incursion into Kursk begins again" },
  ];

  it("draws a rule at each event date, widening the axis to include it", () => {
    const g = chart(kursk, { events });
    expect(g.events.map((e) => e.id)).toEqual(["start", "near", "end"]);
    for (const e of g.events) {
      expect(e.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(e.x).toBeLessThanOrEqual(g.plot.right);
    }
    expect(g.events[0]?.x).toBeLessThan(mark(g, "z1").x);
  });

  it("keeps labels on the SVG, beside the rule, above the plot, in rows where they would clash", () => {
    for (const width of [320, 680]) {
      const g = chart(kursk, { width, events });
      const [start, near, end] = g.events;
      expect(start?.anchor).toBe("start");
      expect(end?.anchor).toBe("end");
      expect(end?.labelX).toBe((end?.x ?? 0) - 4);
      for (const e of g.events) expect(e.labelY).toBeLessThan(g.plot.top);
      expect(near?.labelY).not.toBe(start?.labelY); // a day apart: stacked
    }
  });

  it("cuts a label that fits on neither side", () => {
    const long = {
      id: "long",
      date: "2025-01-01",
      label: "A very long event label ".repeat(6).trim(),
    };
    const g = chart(kursk, { width: 320, events: [long] });
    expect(g.events[0]?.label).toMatch(/…$/);
  });
});

describe("timelineGeometry: locale", () => {
  it("formats figures, days and ticks in the locale", () => {
    const g = chart(kursk, { locale: "de-DE" });
    expect(mark(g, "z1").label).toBe("3.000");
    expect(mark(g, "z1").dateLabel).toBe("23. Dezember 2024");
  });
});

// Every TimelineMark field the component relies on is present.
const _fields: Array<keyof TimelineMark> = ["claimId", "x", "y", "symbol", "label", "dateLabel"];
void _fields;

describe("direct labels name an organisation in full", () => {
  it("labels 'Open Relief Network' by its whole name when it is known to be an organisation", () => {
    const claims = [0, 1, 2].map((i) => ({
      id: `org-${i}`,
      claimant: "relief",
      date: `2025-0${i + 1}-01`,
      subject: "s",
      metric: "killed",
      value: { kind: "point" as const, n: 100 * (i + 1) },
      scope: "cumulative" as const,
      status: "unverified" as const,
      sources: [{ url: "https://example.org/", publisher: "Wire" }],
    }));
    const names = new Map([["relief", "Open Relief Network"]]);
    const styles = assignStyles([{ id: "relief" }]);
    const labels = (organisations?: Set<string>) =>
      timelineGeometry({ claims, styles, names, width: 560, organisations }).labels.map((l) =>
        l.lines.join(" "),
      );
    expect(labels(new Set(["relief"])).some((l) => l.startsWith("Open Relief Network,"))).toBe(
      true,
    );
    expect(labels().some((l) => l.startsWith("Network,"))).toBe(true);
  });
});
