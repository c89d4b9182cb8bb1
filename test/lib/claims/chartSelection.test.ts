import { describe, expect, it } from "vitest";
import {
  chartClaims,
  chartEvents,
  emptyChartReason,
  highlightProblem,
  namedEvents,
} from "../../../src/lib/claims/chartSelection.ts";
import { latestByClaimant } from "../../../src/lib/claims/query.ts";
import type { ChartEvent } from "../../../src/schemas/event.ts";
import { claim, claims } from "../../helpers/explainerContext.ts";

const all = [...claims.values()];
const ids = (list: Array<{ id: string }>) => list.map((c) => c.id);
const SUBJECT = "north-korean-troops-kursk";
// The helper's claims are made 23 December 2024 to 4 January 2025 (an episode of 3-4 January).
const chart = (props: Record<string, string> = {}) => ({
  subject: SUBJECT,
  metric: "casualties" as const,
  ...props,
});
const event = (id: string, date: string, extra: Partial<ChartEvent> = {}): ChartEvent => ({
  id,
  date,
  label: id,
  ...extra,
});

describe("namedEvents", () => {
  it.each([
    { value: undefined, out: [] },
    { value: "", out: [] },
    { value: "a", out: ["a"] },
    { value: " a , b,,c ", out: ["a", "b", "c"] },
  ])("$value", ({ value, out }) => expect(namedEvents(value)).toEqual(out));
});

describe("chartEvents: an event shows only where it belongs", () => {
  const events = [
    event("own", "2024-08-06", { subject: SUBJECT }),
    event("among-several", "2024-12-25", { subjects: ["other", SUBJECT] }),
    event("other-story", "2024-06-15", { subject: "port-vell-march" }),
    event("unplaced", "2024-12-26"),
    event("global-inside", "2024-12-31", { global: true }),
    event("global-before", "2024-06-01", { global: true }),
    event("global-after", "2025-03-01", { global: true }),
  ];
  it.each([
    {
      name: "its subject's and its subjects', never another story's or an unplaced one",
      props: chart(),
      // "own" widens the chart back to August; a site-wide event in June still falls outside.
      expected: ["own", "among-several", "global-inside"],
    },
    {
      name: "one the chart names, whatever its subject",
      props: chart({ events: "other-story, unplaced" }),
      expected: ["other-story", "own", "among-several", "unplaced", "global-inside"],
    },
    {
      name: "within from and to",
      props: chart({ from: "2024-12-01", to: "2024-12-28" }),
      expected: ["among-several"],
    },
  ])("$name", ({ props, expected }) => {
    const shown = chartEvents(props, chartClaims({ name: "ClaimsTimeline", props }, all), events);
    expect(ids(shown)).toEqual(expected);
  });

  it("never stretches the axis with a site-wide event: only those within the claims' dates", () => {
    const onlyGlobal = events.filter((e) => e.global);
    const shown = chartEvents(chart(), all, onlyGlobal);
    expect(ids(shown)).toEqual(["global-inside"]);
    // The days the shown events add all lie within the claims' own span.
    const days = all.map((c) => c.date).sort();
    for (const e of shown) {
      expect(e.date >= days[0]!).toBe(true);
      expect(e.date <= days.at(-1)!).toBe(true);
    }
  });

  it("counts an episode's period in the span a site-wide event must fall within", () => {
    const episode = [all.find((c) => c.id === "at-most")!]; // made 4 January, about 3-4 January
    expect(
      ids(chartEvents(chart(), episode, [event("g", "2025-01-03", { global: true })])),
    ).toEqual(["g"]);
    expect(chartEvents(chart(), episode, [event("g", "2025-01-02", { global: true })])).toEqual([]);
  });

  it("shows no site-wide event on a chart with no claims", () => {
    expect(chartEvents(chart(), [], [event("g", "2024-12-25", { global: true })])).toEqual([]);
  });
});

describe("latestByClaimant of one-off figures (scope event)", () => {
  const march = (id: string, claimant: string, n: number, from: string, extra = {}) =>
    claim({
      id,
      claimant,
      date: "2024-06-20",
      value: { kind: "point", n },
      scope: "event",
      period: { from, to: from },
      ...extra,
    });
  const figures = [
    march("police-june", "pentagon", 38000, "2024-06-15"),
    march("organisers-june", "zelensky", 120000, "2024-06-15"),
    march("police-may", "pentagon", 20000, "2024-05-11", { date: "2024-05-12" }),
    march("firm-may", "syrskyi", 25000, "2024-05-11", { date: "2024-05-12" }),
    claim({ id: "a-total", claimant: "syrskyi", value: { kind: "point", n: 5 } }),
  ];
  it.each([
    {
      name: "compares the claims about the latest episode only, largest first",
      at: undefined,
      expected: ["organisers-june", "police-june"],
    },
    {
      name: "as of a date: the episode then",
      at: "2024-05-31",
      expected: ["firm-may", "police-may"],
    },
  ])("$name", ({ at, expected }) =>
    expect(ids(latestByClaimant(figures, at, "event"))).toEqual(expected),
  );

  it("leaves a revised figure out, and totals only compare with totals", () => {
    const revised = march("police-june-revised", "pentagon", 45000, "2024-06-15", {
      date: "2024-06-21",
      supersedes: "police-june",
    });
    expect(ids(latestByClaimant([...figures, revised], undefined, "event"))).toEqual([
      "organisers-june",
      "police-june-revised",
    ]);
    expect(ids(latestByClaimant(figures))).toEqual(["a-total"]);
  });

  it("is what <ClaimsCompare scope=event> draws, and selecting again changes nothing", () => {
    const compare = {
      name: "ClaimsCompare" as const,
      props: { subject: SUBJECT, metric: "casualties" as const, scope: "event" as const },
    };
    const selected = chartClaims(compare, figures);
    expect(ids(selected)).toEqual(["organisers-june", "police-june"]);
    expect(latestByClaimant(selected, undefined, "event")).toEqual(selected);
    expect(emptyChartReason(compare, figures)).toBeUndefined();
  });
});

describe("emptyChartReason", () => {
  const timeline = (props: Record<string, string>) => ({
    name: "ClaimsTimeline" as const,
    props: { subject: SUBJECT, metric: "casualties" as const, ...props },
  });
  it.each<{ props: Record<string, string>; message: string }>([
    {
      props: { subject: "nobody" },
      message: 'nothing to chart: there are no claims about subject="nobody"',
    },
    {
      props: { to: "2024-01-01" },
      message: `nothing to chart: no claims about subject="${SUBJECT}" metric="casualties" were made on or before to="2024-01-01" (the first is dated 2024-12-23)`,
    },
    {
      props: { from: "2024-12-24", to: "2024-12-29" },
      message: `nothing to chart: no claims about subject="${SUBJECT}" metric="casualties" were made between from="2024-12-24" and to="2024-12-29"`,
    },
    {
      // Each filter passes alone; together they leave nothing: said plainly, with every filter.
      props: { claimant: "pentagon", scope: "event" },
      message: `nothing to chart: no claims about subject="${SUBJECT}" metric="casualties" have scope="event" (they are all scope: cumulative)`,
    },
  ])("$props", ({ props, message }) => {
    expect(emptyChartReason(timeline(props), all)?.message).toBe(message);
  });

  it("says nothing of a chart that has claims", () => {
    expect(emptyChartReason(timeline({}), all)).toBeUndefined();
  });
});

describe("highlightProblem: a highlight the chart does not draw says why", () => {
  const timeline = (props: Record<string, string>) => ({
    name: "ClaimsTimeline" as const,
    props: chart(props),
  });
  const compare = (props: Record<string, string>) => ({
    name: "ClaimsCompare" as const,
    props: chart(props),
  });
  it.each([
    { name: "drawn", use: timeline({ highlight: "point" }), out: undefined },
    { name: "unknown (reported as unknown)", use: timeline({ highlight: "nope" }), out: undefined },
    {
      name: "another claimant's",
      use: timeline({ claimant: "pentagon", highlight: "point" }),
      out: 'highlight="point" is not on this chart: its claimant is zelensky, the chart\'s is pentagon',
    },
    {
      name: "outside from/to",
      use: timeline({ from: "2024-12-24", highlight: "point" }),
      out: 'highlight="point" is not on this chart: it was made on 2024-12-23, outside from/to',
    },
    {
      name: "an earlier figure in a comparison",
      use: compare({ highlight: "range" }),
      out: 'highlight="range" is not on this chart: a comparison shows each claimant\'s latest figure, and pentagon\'s is "approx"',
    },
    {
      name: "a one-off figure in a comparison of totals",
      use: compare({ highlight: "at-most" }),
      out: 'highlight="at-most" is not on this chart: its scope is event, the chart\'s is cumulative',
    },
  ])("$name", ({ use, out }) => expect(highlightProblem(use, all)?.message).toBe(out));
});
