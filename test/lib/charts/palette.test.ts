import { describe, expect, it } from "vitest";
import {
  assignStyles,
  chartStyles,
  SHAPES,
  styleAt,
  type SeriesStyle,
} from "../../../src/lib/charts/palette.ts";
import { claim } from "./fixtures.ts";

const said = (claimant: string, date: string, id = `${claimant}-${date}`) =>
  claim({ id, claimant, date });

describe("assignStyles", () => {
  it.each<{ name: string; claims: ReturnType<typeof said>[]; ids: string[]; order: string[] }>([
    { name: "no claims: by id", claims: [], ids: ["c", "a", "b"], order: ["a", "b", "c"] },
    {
      name: "by earliest claim",
      claims: [said("b", "2024-01-01"), said("a", "2024-06-01"), said("a", "2023-01-01")],
      ids: ["a", "b"],
      order: ["a", "b"],
    },
    {
      name: "same earliest date: by id",
      claims: [said("z", "2024-01-01"), said("m", "2024-01-01")],
      ids: ["z", "m"],
      order: ["m", "z"],
    },
    {
      name: "silent claimants after, by id",
      claims: [said("z", "2024-01-01")],
      ids: ["y", "x", "z"],
      order: ["z", "x", "y"],
    },
    {
      name: "claimants only in claims are included",
      claims: [said("q", "2024-01-01")],
      ids: [],
      order: ["q"],
    },
  ])("$name", ({ claims, ids, order }) => {
    const styles = assignStyles(claims, ids);
    expect([...styles.keys()]).toEqual(order);
    expect([...styles.values()]).toEqual(order.map((_, i) => styleAt(i)));
  });

  it("gives the first seven claimants seven colours and seven shapes", () => {
    const styles = [...Array(7).keys()].map(styleAt);
    expect(styles.map((s) => s.slot)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(styles.map((s) => s.shape)).toEqual([...SHAPES]);
  });

  it("gives 49 claimants 49 distinct colour and shape pairs, then repeats", () => {
    const pairs = [...Array(49).keys()].map((i) => `${styleAt(i).slot}/${styleAt(i).shape}`);
    expect(new Set(pairs).size).toBe(49);
    expect(styleAt(49)).toEqual(styleAt(0));
    expect(styleAt(7)).toEqual({ slot: 1, shape: "square" });
  });

  it("is stable: the same claimant keeps its style whatever order claims come in", () => {
    const claims = [
      said("a", "2024-03-01"),
      said("b", "2024-01-01"),
      said("c", "2024-02-01"),
      said("a", "2023-12-01"),
    ];
    const ids = ["d", "c", "b", "a"];
    const forward = assignStyles(claims, ids);
    const backward = assignStyles([...claims].reverse(), [...ids].reverse());
    expect([...backward]).toEqual([...forward]);
  });

  it("is the same in every chart: a chart of a few claimants reads the site-wide map", () => {
    const site = assignStyles(
      [said("a", "2024-03-01"), said("b", "2024-01-01"), said("c", "2024-02-01")],
      ["a", "b", "c"],
    );
    const chartOfA = chartStyles(["a"], site);
    const chartOfAC = chartStyles(["c", "a"], site);
    expect(chartOfA.style("a")).toEqual(site.get("a"));
    expect(chartOfAC.style("a")).toEqual(site.get("a"));
    expect(chartOfAC.ordered).toEqual(["c", "a"]); // site order: c spoke before a
  });
});

describe("chartStyles", () => {
  it("styles claimants missing from the site map after its last, by id", () => {
    const site = new Map<string, SeriesStyle>([["a", styleAt(0)]]);
    const { ordered, style } = chartStyles(["z", "a", "y", "z"], site);
    expect(ordered).toEqual(["a", "y", "z"]);
    expect(style("y")).toEqual(styleAt(1));
    expect(style("z")).toEqual(styleAt(2));
  });
});
