import { describe, expect, it } from "vitest";
import {
  abbreviateNumber,
  dateScale,
  dateTickLabels,
  dateTicks,
  needsLogScale,
  parseDay,
  round2,
  valueScale,
} from "../../../src/lib/charts/scales.ts";
import { textWidth } from "../../../src/lib/charts/labels.ts";

const ext = (...ns: number[]) => ns.map((n) => ({ low: n, high: n }));

describe("round2", () => {
  it.each([
    { n: 1.005, r: 1 }, // binary 1.00499…, as Math.round sees it
    { n: 1.236, r: 1.24 },
    { n: -0.001, r: 0 },
    { n: 12, r: 12 },
  ])("$n → $r", ({ n, r }) => {
    expect(round2(n)).toBe(r);
    expect(Object.is(round2(n), -0)).toBe(false);
  });
});

describe("parseDay", () => {
  it("is UTC midnight whatever the zone", () =>
    expect(parseDay("2024-12-23").toISOString()).toBe("2024-12-23T00:00:00.000Z"));
});

describe("needsLogScale", () => {
  it.each([
    { name: "no figures", extents: [], log: false },
    { name: "exactly 100×", extents: ext(10, 1000), log: false },
    { name: "just over 100×", extents: ext(10, 1001), log: true },
    { name: "10 to 5,000,000", extents: ext(10, 5_000_000), log: true },
    { name: "zero does not count as smallest", extents: ext(0, 5_000_000), log: false },
    { name: "a range's low end counts", extents: [{ low: 5, high: 600 }], log: true },
    { name: "all zero", extents: ext(0, 0), log: false },
  ])("$name: $log", ({ extents, log }) => expect(needsLogScale(extents)).toBe(log));
});

describe("valueScale", () => {
  it("is linear from 0 to a nice maximum, baseline first", () => {
    const y = valueScale({ extents: ext(1000, 3000), range: [400, 0], headroom: 0 });
    expect(y.type).toBe("linear");
    expect(y.domain).toEqual([0, 3000]);
    expect(y.ticks.map((t) => t.label)).toEqual(["0", "500", "1k", "1.5k", "2k", "2.5k", "3k"]);
    expect(y.ticks[0]).toEqual({ value: 0, px: 400, label: "0" });
    expect(y.at(1500)).toEqual({ px: 200, atFloor: false });
  });

  it.each([
    { name: "few ticks when asked for few", count: 2, max: 3 },
    { name: "about five", count: 5, max: 7 },
  ])("$name", ({ count, max }) => {
    const y = valueScale({ extents: ext(0, 38_000), range: [300, 0], tickCount: count });
    expect(y.ticks.length).toBeLessThanOrEqual(max);
    expect(y.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it("gives all-zero figures a scale with a baseline", () => {
    const y = valueScale({ extents: ext(0, 0), range: [300, 0] });
    expect(y.domain).toEqual([0, 10]);
    expect(y.at(0).px).toBe(300);
  });

  it("switches to whole powers of ten beyond 100×, at most about five ticks", () => {
    const y = valueScale({ extents: ext(10, 5_000_000), range: [400, 0], headroom: 0 });
    expect(y.type).toBe("log");
    expect(y.domain).toEqual([10, 10_000_000]);
    expect(y.ticks.map((t) => t.label)).toEqual(["10", "1k", "100k", "10M"]);
    expect(y.ticks.map((t) => t.px)).toEqual([400, 266.67, 133.33, 0]);
  });

  it("keeps a domain that already sits on powers of ten", () => {
    expect(valueScale({ extents: ext(1, 1000), range: [1, 0], headroom: 0 }).domain).toEqual([
      1, 1000,
    ]);
  });

  it.each([
    { name: "linear", extents: ext(1000, 3000), top: 3000 },
    { name: "linear, on a nice number", extents: ext(100, 38_000), top: 38_000 },
    { name: "log", extents: ext(1, 1000), top: 1000 },
    { name: "log, far apart", extents: ext(12, 5_000_000), top: 5_000_000 },
  ])("$name: leaves at least 8% headroom above the top figure", ({ extents, top }) => {
    const y = valueScale({ extents, range: [400, 0] });
    // px grows downwards: the top figure sits at least 8% of the height below the top.
    expect(y.at(top).px).toBeGreaterThanOrEqual(400 * 0.08 - 0.01);
    expect(y.ticks.at(-1)!.px).toBeGreaterThanOrEqual(0);
  });

  it("has one domain whatever the length it is drawn at (one scale at every width)", () => {
    for (const extents of [ext(1000, 3000), ext(12, 5_000_000), ext(38_000)]) {
      const clearance = { value: 3000, px: 23 };
      const domains = [120, 260, 500].map(
        (length) => valueScale({ extents, range: [0, length], clearance, tickCount: 2 }).domain,
      );
      expect(domains[1]).toEqual(domains[0]);
      expect(domains[2]).toEqual(domains[0]);
    }
  });

  it("draws zero on the floor of a log scale, and says so", () => {
    const y = valueScale({ extents: ext(0, 10, 5_000_000), range: [400, 0] });
    expect(y.at(0)).toEqual({ px: 400, atFloor: true });
    expect(y.at(10)).toEqual({ px: 400, atFloor: false });
  });

  it.each([
    { name: "linear", extents: ext(100, 1000) },
    { name: "log", extents: ext(1, 1000) },
  ])("$name: leaves room above a figure that needs it", ({ extents }) => {
    const y = valueScale({ extents, range: [300, 0], clearance: { value: 1000, px: 15 } });
    expect(y.at(1000).px).toBeGreaterThanOrEqual(15);
  });

  it("lies on its side too", () => {
    const x = valueScale({ extents: ext(0, 100), range: [50, 250], headroom: 0 });
    expect(x.at(0).px).toBe(50);
    expect(x.at(100).px).toBe(250);
  });
});

describe("abbreviateNumber", () => {
  it.each([
    { n: 0, s: "0" },
    { n: 500, s: "500" },
    { n: 2.5, s: "2.5" },
    { n: 1000, s: "1k" },
    { n: 12_500, s: "12.5k" },
    { n: 38_000, s: "38k" },
    { n: 1_500_000, s: "1.5M" },
    { n: 10_000_000, s: "10M" },
    { n: 2e9, s: "2B" },
  ])("$n → $s", ({ n, s }) => expect(abbreviateNumber(n)).toBe(s));

  it("follows the locale's decimal mark", () =>
    expect(abbreviateNumber(1_500_000, "de-DE")).toBe("1,5M"));
});

describe("dateScale", () => {
  it.each([
    {
      name: "one date: three days each side",
      days: ["2024-12-23"],
      from: "2024-12-20",
      to: "2024-12-26",
    },
    {
      name: "short span: a day each side",
      days: ["2025-01-01", "2025-01-05"],
      from: "2024-12-31",
      to: "2025-01-06",
    },
    {
      name: "long span: 4% each side",
      days: ["2024-01-01", "2024-12-31"],
      from: "2023-12-17",
      to: "2025-01-15",
    },
  ])("$name", ({ days, from, to }) => {
    const x = dateScale(days.map(parseDay), [0, 100]);
    expect(x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual([from, to]);
  });
});

describe("dateTickLabels", () => {
  const d = (...days: string[]) => days.map(parseDay);
  it.each([
    {
      name: "days, with the year where it changes",
      dates: d("2024-12-23", "2024-12-30", "2025-01-06"),
      labels: ["23 Dec 2024", "30 Dec", "6 Jan 2025"],
    },
    {
      name: "months",
      dates: d("2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"),
      labels: ["Nov 2024", "Dec", "Jan 2025", "Feb"],
    },
    { name: "years", dates: d("2024-01-01", "2025-01-01"), labels: ["2024", "2025"] },
    { name: "none", dates: [], labels: [] },
  ])("$name", ({ dates, labels }) => expect(dateTickLabels(dates)).toEqual(labels));
});

describe("dateTicks", () => {
  it.each([
    { name: "narrow, two years", width: 320, days: ["2024-01-01", "2025-12-31"] },
    { name: "wide, two years", width: 1200, days: ["2024-01-01", "2025-12-31"] },
    { name: "narrow, one week", width: 320, days: ["2025-01-01", "2025-01-07"] },
    { name: "wide, one day asked for many ticks", width: 1200, days: ["2025-01-01"] },
  ])("$name: whole days, at least two, labels apart and inside", ({ width, days }) => {
    const x = dateScale(days.map(parseDay), [30, width - 12]);
    const ticks = dateTicks(x, Math.floor((width - 42) / 80), width);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const extents = ticks.map((t) => {
      const w = textWidth(t.label);
      const from = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
      return { from, to: from + w };
    });
    for (const [i, e] of extents.entries()) {
      expect(e.from).toBeGreaterThanOrEqual(0);
      expect(e.to).toBeLessThanOrEqual(width);
      if (i > 0) expect(e.from).toBeGreaterThan(extents[i - 1]?.to ?? 0);
    }
  });

  it("labels days, not hours, on a short domain with room for many ticks", () => {
    const x = dateScale([parseDay("2025-01-01")], [30, 1188]);
    const labels = dateTicks(x, 14, 1200).map((t) => t.label);
    expect(labels).toEqual([
      "29 Dec 2024",
      "30 Dec",
      "31 Dec",
      "1 Jan 2025",
      "2 Jan",
      "3 Jan",
      "4 Jan",
    ]);
  });
});
