import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignStyles,
  chartStyles,
  claimantStyle,
  COLOURS,
  defaultStyle,
  SHAPES,
  SLOTS,
  type SeriesStyle,
} from "../../../src/lib/charts/palette.ts";
import { claimantSchema } from "../../../src/schemas/claimant.ts";
import { fcParams } from "../../helpers/property.ts";

const key = (s: SeriesStyle) => `${s.slot}/${s.shape}`;
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}$/);

describe("defaultStyle", () => {
  // Pinned: a change here restyles every published chart and embed.
  it.each([
    { id: "zelensky", expected: { slot: 1, shape: "star" } },
    { id: "syrskyi", expected: { slot: 6, shape: "circle" } },
    { id: "pentagon", expected: { slot: 2, shape: "circle" } },
    { id: "russia-mod", expected: { slot: 4, shape: "x" } },
    { id: "nato", expected: { slot: 6, shape: "star" } },
  ])("$id: from its id alone", ({ id, expected }) => {
    expect(defaultStyle(id)).toEqual(expected);
  });

  it("spreads ids over every colour and every shape", () => {
    const styles = [...Array(600).keys()].map((i) => defaultStyle(`claimant-${i}`));
    for (let slot = 1; slot <= SLOTS; slot++) {
      const n = styles.filter((s) => s.slot === slot).length;
      expect(n).toBeGreaterThan(60);
    }
    for (const shape of SHAPES) {
      const n = styles.filter((s) => s.shape === shape).length;
      expect(n).toBeGreaterThan(60);
    }
  });
});

describe("claimantStyle", () => {
  it.each([
    {
      look: { id: "zelensky" },
      expected: { ...defaultStyle("zelensky") },
      declared: [false, false],
    },
    {
      look: { id: "zelensky", colour: "green", shape: "wye" },
      expected: { slot: 3, shape: "wye" },
      declared: [true, true],
    },
    {
      look: { id: "zelensky", colour: "purple" },
      expected: { slot: 6, shape: defaultStyle("zelensky").shape },
      declared: [true, false],
    },
    {
      look: { id: "zelensky", shape: "square" },
      expected: { slot: defaultStyle("zelensky").slot, shape: "square" },
      declared: [false, true],
    },
  ] as const)("$look", ({ look, expected, declared }) => {
    const s = claimantStyle(look);
    expect({ slot: s.slot, shape: s.shape }).toEqual(expected);
    expect([s.declared.slot, s.declared.shape]).toEqual(declared);
  });

  it("names a slot per colour, in the order of the CSS tokens", () => {
    expect(COLOURS.map((colour) => claimantStyle({ id: "a", colour }).slot)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
});

describe("chartStyles", () => {
  it("keeps a claimant's own style when nothing on the chart clashes with it", () => {
    const styles = assignStyles([{ id: "zelensky" }, { id: "pentagon" }]);
    const { style } = chartStyles(["zelensky", "pentagon"], styles);
    expect(style("zelensky")).toEqual(defaultStyle("zelensky"));
    expect(style("pentagon")).toEqual(defaultStyle("pentagon"));
  });

  it("settles a clash by id: the first keeps its style, the other takes the nearest free pair", () => {
    // syrskyi and pentagon both default to a circle.
    const styles = assignStyles([{ id: "syrskyi" }, { id: "pentagon" }]);
    const { style } = chartStyles(["syrskyi", "pentagon"], styles);
    expect(style("pentagon")).toEqual(defaultStyle("pentagon"));
    expect(style("syrskyi").shape).not.toBe("circle");
    expect(style("syrskyi").slot).toBe(defaultStyle("syrskyi").slot); // one step: the shape only
  });

  it("never changes what a claimant declares; the undeclared one gives way", () => {
    const styles = assignStyles([
      { id: "a", colour: "blue", shape: "star" },
      { id: "b", colour: "blue" },
      { id: "c" },
    ]);
    const { style } = chartStyles(["c", "b", "a"], styles);
    expect(style("a")).toEqual({ slot: 4, shape: "star" });
    expect(style("b").slot).toBe(4);
    expect(style("b").shape).not.toBe("star");
    expect(style("c").slot).not.toBe(4);
  });

  it("keeps two claimants that declare the same look as declared", () => {
    const styles = assignStyles([
      { id: "a", colour: "blue", shape: "star" },
      { id: "b", colour: "blue", shape: "star" },
    ]);
    const { style } = chartStyles(["a", "b"], styles);
    expect(style("b")).toEqual(style("a"));
  });

  it("styles a claimant missing from the map by its id", () => {
    const { ordered, style } = chartStyles(["z", "a", "z"], new Map());
    expect(ordered).toEqual(["z", "a"]); // as given: callers pass them by first claim
    expect(style("z")).toEqual(defaultStyle("z"));
  });

  it("takes a plain colour and shape as fixed", () => {
    const styles = new Map([["a", { slot: 2, shape: "x" as const }]]);
    expect(chartStyles(["a"], styles).style("a")).toEqual({ slot: 2, shape: "x" });
  });

  it("depends only on who is on the chart: not on order, nor on anyone else published", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArb, { minLength: 1, maxLength: 9 }),
        fc.uniqueArray(idArb, { maxLength: 20 }),
        (onChart, elsewhere) => {
          const alone = chartStyles(onChart, assignStyles(onChart.map((id) => ({ id }))));
          const site = assignStyles([...elsewhere, ...onChart].map((id) => ({ id })));
          const reversed = chartStyles([...onChart].reverse(), site);
          for (const id of onChart) expect(reversed.style(id)).toEqual(alone.style(id));
        },
      ),
      fcParams(200),
    );
  });

  it(`gives up to ${SLOTS} claimants distinct colours and distinct shapes; more, distinct pairs`, () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { minLength: 1, maxLength: 14 }), (ids) => {
        const { style } = chartStyles(ids, new Map());
        const styles = ids.map(style);
        if (ids.length <= SLOTS) {
          expect(new Set(styles.map((s) => s.slot)).size).toBe(ids.length);
          expect(new Set(styles.map((s) => s.shape)).size).toBe(ids.length);
        }
        expect(new Set(styles.map(key)).size).toBe(ids.length);
      }),
      fcParams(200),
    );
  });
});

describe("claimant colour and shape fields", () => {
  const base = { id: "x", name: "X", role: "R", affiliation: "A", kind: "person" };
  it.each([
    { field: "colour", value: "organge", message: 'did you mean "orange"?' },
    { field: "colour", value: "red", message: "must be one of orange, sky-blue, green" },
    { field: "shape", value: "diamnd", message: 'did you mean "diamond"?' },
    { field: "shape", value: "triangle", message: "must be one of circle, square, diamond" },
  ])("refuses $field: $value", ({ field, value, message }) => {
    const result = claimantSchema.safeParse({ ...base, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("accepts them, or neither", () => {
    expect(claimantSchema.parse({ ...base, colour: "sky-blue", shape: "wye" })).toMatchObject({
      colour: "sky-blue",
      shape: "wye",
    });
    expect(claimantSchema.parse(base).colour).toBeUndefined();
  });
});
