// Named chart fixtures: each is a small, readable situation a chart must draw well. Their
// rendered SVG is kept in test/charts/snapshots/ and was looked at before it was accepted
// (`npm run snapshots:review` draws every snapshot with the site's CSS into PNGs).
import { assignStyles } from "../../src/lib/charts/palette.ts";
import { compareGeometry } from "../../src/lib/charts/compare.ts";
import { timelineGeometry, type TimelineGeometry } from "../../src/lib/charts/timeline.ts";
import type { CompareGeometry } from "../../src/lib/charts/compare.ts";
import type { ChartEvent } from "../../src/schemas/event.ts";
import { claim, generateClaims } from "../lib/charts/fixtures.ts";

const names = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
  ["syrskyi", "Oleksandr Syrskyi"],
  ["estimates", "US and South Korean intelligence estimates"],
  ...Array.from({ length: 10 }, (_, i) => [`k${i}`, `Claimant ${i}`] as [string, string]),
]);
const incursion: ChartEvent = {
  id: "incursion",
  date: "2024-08-06",
  label: "Ukraine's incursion into Kursk begins",
};

const nkCasualties = [
  claim({ id: "z", claimant: "zelensky", date: "2024-12-23", value: { kind: "point", n: 3000 } }),
  claim({ id: "p", claimant: "pentagon", date: "2024-12-30", value: { kind: "approx", n: 1000 } }),
];
const russianForces = [
  claim({
    id: "s",
    claimant: "syrskyi",
    date: "2025-01-01",
    value: { kind: "atLeast", n: 38000 },
    period: { from: "2024-08-06", to: "2025-01-01" },
  }),
  claim({
    id: "m",
    claimant: "syrskyi",
    date: "2025-01-04",
    value: { kind: "atMost", n: 1000 },
    scope: "event",
    period: { from: "2025-01-03", to: "2025-01-04" },
    inferred: "a battalion can be up to about 1,000 soldiers",
  }),
];
const longNames = [
  claim({
    id: "l1",
    claimant: "estimates",
    date: "2025-01-05",
    value: { kind: "range", low: 10_000, high: 12_000 },
  }),
  claim({
    id: "l2",
    claimant: "zelensky",
    date: "2024-12-23",
    value: { kind: "point", n: 11_000 },
  }),
  claim({ id: "l3", claimant: "syrskyi", date: "2024-12-28", value: { kind: "atLeast", n: 9000 } }),
];
const revisions = [
  claim({ id: "r1", claimant: "zelensky", date: "2024-11-01", value: { kind: "point", n: 200 } }),
  claim({
    id: "r2",
    claimant: "zelensky",
    date: "2024-11-20",
    value: { kind: "point", n: 1200 },
    supersedes: "r1",
  }),
  claim({ id: "r3", claimant: "zelensky", date: "2024-12-23", value: { kind: "point", n: 3000 } }),
  claim({
    id: "q1",
    claimant: "pentagon",
    date: "2024-12-01",
    value: { kind: "range", low: 500, high: 900 },
  }),
  claim({ id: "q2", claimant: "pentagon", date: "2024-12-30", value: { kind: "approx", n: 1000 } }),
];
const logScale = [
  claim({ id: "a", claimant: "zelensky", date: "2025-01-01", value: { kind: "point", n: 12 } }),
  claim({
    id: "b",
    claimant: "pentagon",
    date: "2025-01-05",
    value: { kind: "range", low: 3000, high: 5000000 },
  }),
];

const styles = assignStyles([...names.keys()].map((id) => ({ id })));
const timeline = (
  claims: ReturnType<typeof claim>[],
  width: number,
  events: ChartEvent[] = [],
  more: Partial<Parameters<typeof timelineGeometry>[0]> = {},
) => timelineGeometry({ claims, events, styles, names, width, ...more });
const compare = (
  claims: ReturnType<typeof claim>[],
  width: number,
  more: Partial<Parameters<typeof compareGeometry>[0]> = {},
) => compareGeometry({ claims, styles, names, width, ...more });

// 560 is the wide layout, 288 the narrow one (a 320 px phone's chart box).
export const timelineFixtures: Record<string, () => TimelineGeometry> = {
  "nk-casualties-wide": () => timeline(nkCasualties, 560, [incursion]),
  "nk-casualties-narrow": () => timeline(nkCasualties, 288, [incursion]),
  // A running total and an episode 38× smaller: split into aligned panels, the total's period
  // drawn, the episode (our conversion) readable.
  "total-and-episode": () => timeline(russianForces, 560, [incursion]),
  "total-and-episode-320": () => timeline(russianForces, 288, [incursion]),
  "total-and-episode-one-panel": () => timeline(russianForces, 560, [incursion], { panels: "one" }),
  "revisions-and-ranges": () => timeline(revisions, 560),
  "revision-highlight": () => timeline(revisions, 560, [], { highlight: "q2" }),
  "log-scale": () => timeline(logScale, 560),
  "one-claim": () => timeline([nkCasualties[0]!], 288),
  "same-day-ties": () =>
    timeline(
      ["zelensky", "pentagon", "syrskyi"].map((claimant, i) =>
        claim({ id: `t${i}`, claimant, date: "2025-01-02", value: { kind: "point", n: 1000 } }),
      ),
      560,
    ),
  "long-labels-320": () => timeline(longNames, 288),
  "many-claimants-legend": () => timeline(generateClaims(60, 10, 7), 560),
};

export const compareFixtures: Record<string, () => CompareGeometry> = {
  "compare-latest": () => compare([...revisions, ...nkCasualties], 560),
  "compare-spread": () => compare(nkCasualties, 560, { spread: true }),
  "compare-spread-320": () => compare(nkCasualties, 288, { spread: true, highlight: "p" }),
  "compare-long-labels-320": () => compare(longNames, 288),
};

export { names };
