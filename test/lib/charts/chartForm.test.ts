import { describe, expect, it } from "vitest";
import { chartForm } from "../../../src/lib/charts/chartForm.ts";
import { claim } from "./fixtures.ts";

const total = (id: string, claimant: string) => claim({ id, claimant, scope: "cumulative" });
const episode = (id: string, claimant: string) =>
  claim({ id, claimant, scope: "event", period: { from: "2025-01-01", to: "2025-01-02" } });

describe("chartForm", () => {
  it.each([
    { name: "no claims: the timeline says so", claims: [], form: "timeline" },
    { name: "one claim: a sentence", claims: [total("a", "x")], form: "sentence" },
    {
      name: "two claimants' totals: compared",
      claims: [total("a", "x"), total("b", "y")],
      form: "compare",
    },
    {
      name: "two claimants' episodes: compared",
      claims: [episode("a", "x"), episode("b", "y")],
      form: "compare",
    },
    {
      name: "a total and an episode: a timeline",
      claims: [total("a", "x"), episode("b", "y")],
      form: "timeline",
    },
    {
      name: "one claimant's two: a timeline",
      claims: [total("a", "x"), total("b", "x")],
      form: "timeline",
    },
    {
      name: "three claims: a timeline",
      claims: [total("a", "x"), total("b", "y"), total("c", "z")],
      form: "timeline",
    },
  ])("$name", ({ claims, form }) => expect(chartForm(claims)).toBe(form));
});
