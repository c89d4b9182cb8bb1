import { describe, expect, it } from "vitest";
import { chartUses, explainerClaims } from "../../../src/lib/claims/chartSelection.ts";
import { groupBySubjectAndMetric, selectClaims } from "../../../src/lib/claims/query.ts";
import { parseMdx } from "../../../src/lib/content/mdxSource.ts";
import { claims } from "../../helpers/explainerContext.ts";

const all = [...claims.values()];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("selectClaims", () => {
  it.each([
    { filter: {}, expected: ["at-least", "point", "range", "approx", "at-most"] },
    { filter: { claimant: "syrskyi" }, expected: ["at-least", "at-most"] },
    { filter: { scope: "event" as const }, expected: ["at-most"] },
    { filter: { from: "2024-12-24" }, expected: ["approx", "at-most"] },
    { filter: { to: "2024-12-23" }, expected: ["at-least", "point", "range"] },
  ])("$filter", ({ filter, expected }) => {
    const got = selectClaims(all, {
      subject: "north-korean-troops-kursk",
      metric: "casualties",
      ...filter,
    });
    expect(ids(got)).toEqual(expected);
  });

  it("leaves out other subjects and metrics", () => {
    expect(selectClaims(all, { subject: "other", metric: "casualties" })).toEqual([]);
    expect(selectClaims(all, { subject: "north-korean-troops-kursk", metric: "killed" })).toEqual(
      [],
    );
  });
});

describe("groupBySubjectAndMetric", () => {
  it("groups, each group oldest first", () => {
    const groups = groupBySubjectAndMetric(all);
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]!.claims)[0]).toBe("at-least");
  });
});

describe("charts and claims of an explainer", () => {
  const body = `<Claim id="approx" />\n\n<ClaimsTimeline subject="north-korean-troops-kursk" metric="casualties" claimant="syrskyi" />\n\n<ClaimsCompare subject="north-korean-troops-kursk" metric="casualties" at="2024-12-23" />`;
  const { elements } = parseMdx("x.mdx", body);

  it("numbers the charts in document order", () => {
    expect(chartUses(elements)).toEqual([
      {
        name: "ClaimsTimeline",
        props: { subject: "north-korean-troops-kursk", metric: "casualties", claimant: "syrskyi" },
      },
      {
        name: "ClaimsCompare",
        props: { subject: "north-korean-troops-kursk", metric: "casualties", at: "2024-12-23" },
      },
    ]);
  });

  it("collects every claim shown in the text and the charts, once each", () => {
    expect(ids(explainerClaims(elements, claims))).toEqual([
      "at-least",
      "point",
      "range",
      "approx",
      "at-most",
    ]);
  });
});
