import { describe, expect, it } from "vitest";
import { compareGeometry } from "../../../src/lib/charts/compare.ts";
import { compareKey, methodNote, timelineKey } from "../../../src/lib/charts/key.ts";
import { assignStyles } from "../../../src/lib/charts/palette.ts";
import { symbolPath } from "../../../src/lib/charts/symbols.ts";
import { timelineGeometry } from "../../../src/lib/charts/timeline.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import { claim } from "./fixtures.ts";

const NAMES = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
]);
const timeline = (claims: Claim[]) =>
  timelineGeometry({
    claims,
    styles: assignStyles([...new Set(claims.map((c) => c.claimant))].map((id) => ({ id }))),
    names: NAMES,
    width: 560,
  });
const compare = (claims: Claim[]) =>
  compareGeometry({
    claims,
    styles: assignStyles([...new Set(claims.map((c) => c.claimant))].map((id) => ({ id }))),
    names: NAMES,
    width: 560,
  });

/** Every path's points, as [x, y] pairs. */
const points = (d: string) =>
  [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("timelineKey", () => {
  it("lists only what the chart draws", () => {
    const key = timelineKey(
      timeline([claim({ id: "a", claimant: "zelensky", value: { kind: "point", n: 3000 } })]),
    );
    expect(key.map((k) => k.id)).toEqual(["point"]);
  });

  it("explains revisions, periods, episodes, bounds and our conversions when drawn", () => {
    const g = timeline([
      claim({
        id: "r1",
        claimant: "zelensky",
        date: "2024-11-01",
        value: { kind: "point", n: 200 },
      }),
      claim({
        id: "r2",
        claimant: "zelensky",
        date: "2024-12-01",
        value: { kind: "atLeast", n: 1200 },
        supersedes: "r1",
        period: { from: "2024-10-01", to: "2024-12-01" },
      }),
      claim({
        id: "e",
        claimant: "pentagon",
        date: "2024-12-05",
        value: { kind: "atMost", n: 1000 },
        scope: "event",
        period: { from: "2024-12-01", to: "2024-12-04" },
        inferred: "a battalion",
      }),
      claim({
        id: "q",
        claimant: "pentagon",
        date: "2024-12-10",
        value: { kind: "approx", n: 900 },
      }),
      claim({
        id: "g",
        claimant: "pentagon",
        date: "2024-12-12",
        value: { kind: "range", low: 500, high: 900 },
      }),
    ]);
    const key = timelineKey(g);
    expect(key.map((k) => k.id)).toEqual([
      "point",
      "approx",
      "range",
      "atLeast",
      "atMost",
      "period",
      "span",
      "revised",
      "inferred",
    ]);
    // The approx glyph is the shape the chart drew, hollow as on the chart.
    const approx = key.find((k) => k.id === "approx")!;
    const mark = g.marks.find((m) => m.kind === "approx")!;
    expect(approx.groups[0]?.parts[0]).toMatchObject({
      class: "mark__symbol is-hollow",
      d: symbolPath(mark.shape, 64),
    });
    // A range is a bar with caps and no symbol; a bound's arrow is upright on a timeline.
    expect(key.find((k) => k.id === "range")!.groups[0]?.parts.map((p) => p.class)).toEqual([
      "mark__range",
    ]);
    const up = points(key.find((k) => k.id === "atLeast")!.groups[0]!.parts[0]!.d!);
    expect(new Set(up.slice(0, 2).map(([x]) => x)).size).toBe(1);
    // The revision glyph: a faded earlier mark, dotted to its revision.
    expect(key.find((k) => k.id === "revised")!.groups.map((gr) => gr.class)).toEqual([
      "revision-key",
      "mark is-superseded",
      "mark",
    ]);
  });
});

describe("compareKey", () => {
  it("draws bound arrows lying down, as the comparison does", () => {
    const key = compareKey(
      compare([
        claim({ id: "a", claimant: "zelensky", value: { kind: "atLeast", n: 3000 } }),
        claim({ id: "b", claimant: "pentagon", value: { kind: "atMost", n: 1000 } }),
      ]),
    );
    expect(key.map((k) => k.id)).toEqual(["atLeast", "atMost"]);
    for (const entry of key) {
      const shaft = points(entry.groups[0]!.parts[0]!.d!).slice(0, 2);
      expect(shaft[0]![1]).toBe(shaft[1]![1]);
    }
  });

  it("uses no characters a phone may lack: every glyph is drawn", () => {
    const key = compareKey(
      compare([claim({ id: "a", value: { kind: "range", low: 1, high: 5 } })]),
    );
    for (const entry of key) {
      expect(entry.text).toMatch(/^[\x20-\x7e]+$/);
      expect(entry.groups.flatMap((g) => g.parts).length).toBeGreaterThan(0);
    }
  });
});

describe("methodNote", () => {
  it.each<{ statuses: Claim["status"][]; note: string }>([
    {
      statuses: ["unverified", "unverified"],
      note: "Claims, not counts; dates are when each claim was made; none independently verified.",
    },
    {
      statuses: ["corroborated", "unverified", "disputed"],
      note: "Claims, not counts; dates are when each claim was made; 1 of 3 corroborated by independent sources; 1 disputed.",
    },
    {
      statuses: ["corroborated", "corroborated"],
      note: "Claims, not counts; dates are when each claim was made; all corroborated by independent sources.",
    },
  ])("$note", ({ statuses, note }) => {
    expect(methodNote(statuses.map((status) => ({ status })))).toBe(note);
  });
});
