import { describe, expect, it } from "vitest";
import { assignStyles } from "../../../src/lib/charts/palette.ts";
import { symbolPath } from "../../../src/lib/charts/symbols.ts";
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

  it.each([100, 0, Number.NaN])("lays out %s px as 320", (width) => {
    expect(chart(kursk, { width }).width).toBe(320);
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
    expect(g.labels.map((l) => l.text)).toEqual(["Volodymyr Zelensky"]);
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
    // 1,000 of 0–2,000: halfway up (a range's centre is its middle).
    expect(m.y).toBeCloseTo((g.plot.top + g.plot.bottom) / 2, 0);
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
    expect(Math.abs(tip - m.y)).toBeCloseTo(14, 0);
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

  it("labels each claimant at its latest mark, to the right of the plot", () => {
    const g = chart(kursk);
    expect(g.legend).toBeNull();
    expect(g.labels).toEqual([
      {
        claimant: "zelensky",
        slot: 1,
        text: "Volodymyr Zelensky",
        x: g.plot.right + 8,
        y: mark(g, "z2").y,
      },
      { claimant: "pentagon", slot: 2, text: "Pentagon", x: g.plot.right + 8, y: mark(g, "p1").y },
    ]);
  });

  it("spreads labels of claimants ending close together at least 14 px apart", () => {
    const claims = ["zelensky", "pentagon", "syrskyi", "nato"].map((claimant, i) =>
      claim({ id: `c${i}`, claimant, date: "2025-01-10", value: { kind: "point", n: 1000 + i } }),
    );
    const g = chart(claims);
    expect(g.labels).toHaveLength(4);
    const ys = g.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-9);
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(g.plot.top);
  });

  it.each<{ name: string; claimants: string[]; width: number }>([
    { name: "more than four claimants", claimants: ["a", "b", "c", "d", "e"], width: 1200 },
    { name: "a name too long for the margin", claimants: ["intel", "nato"], width: 680 },
    { name: "names too long for a narrow chart", claimants: ["zelensky", "pentagon"], width: 320 },
  ])("uses a legend with $name", ({ claimants, width }) => {
    const claims = claimants.map((claimant, i) =>
      claim({ id: `c${i}`, claimant, date: `2025-01-0${i + 1}` }),
    );
    const g = chart(claims, { width });
    expect(g.labels).toEqual([]);
    expect(g.legend?.map((l) => l.claimant)).toEqual(claimants);
    expect(g.legend?.[0]).toMatchObject({
      symbol: symbolPath(g.legend?.[0]?.shape ?? "circle", 64),
    });
    // The label margin goes back to the plot.
    expect(g.plot.right).toBe(width - 12);
  });

  it("spreads four labels that want almost one height instead of giving up on labels", () => {
    // Four claimants whose latest figures (0 to 3) sit within a pixel or two of each other.
    // (A legend for labels that cannot fit down the side needs a plot under 3 × 14 px tall,
    // which no width gives: the shortest plot, at 480 px, is over 200 px.)
    const claims = ["zelensky", "pentagon", "syrskyi", "nato"].map((claimant, i) =>
      claim({ id: `c${i}`, claimant, date: "2025-01-01", value: { kind: "point", n: i } }),
    );
    const g = chart(claims, { width: 640 });
    expect(g.legend).toBeNull();
    // Top to bottom in the order of their figures, 14 px apart at least.
    const labels = [...g.labels].sort((a, b) => a.y - b.y);
    expect(labels.map((l) => l.text)).toEqual([
      "NATO",
      "Oleksandr Syrskyi",
      "Pentagon",
      "Volodymyr Zelensky",
    ]);
    for (let i = 1; i < labels.length; i++)
      expect((labels[i]?.y ?? 0) - (labels[i - 1]?.y ?? 0)).toBeGreaterThanOrEqual(14);
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
