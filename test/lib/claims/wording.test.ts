import { describe, expect, it } from "vitest";
import {
  chartTitle,
  compareTitle,
  metricDescription,
  subjectInText,
  unitWords,
} from "../../../src/lib/claims/wording.ts";
import { timelineTitle } from "../../../src/lib/charts/describeTimeline.ts";

describe("subjects in sentences", () => {
  it.each([
    {
      name: "a label starting with an article",
      subject: { label: "The 15 June 2024 housing march in Port Vell" },
      text: "the 15 June 2024 housing march in Port Vell",
    },
    {
      name: "a label starting with a number",
      subject: { label: "15 June housing march" },
      text: "15 June housing march",
    },
    {
      name: "an acronym",
      subject: { label: "NATO's eastern flank" },
      text: "NATO's eastern flank",
    },
    {
      name: "a short form, preferred over the label",
      subject: { label: "The 15 June 2024 housing march in Port Vell", short: "the housing march" },
      text: "the housing march",
    },
    {
      name: "an indefinite article",
      subject: { label: "An unnamed convoy" },
      text: "an unnamed convoy",
    },
    {
      name: "a word that only starts like one",
      subject: { label: "Theatre staff" },
      text: "Theatre staff",
    },
  ])("$name", ({ subject, text }) => expect(subjectInText(subject)).toBe(text));
});

describe("chart titles from the configured metrics", () => {
  const march = { label: "The 15 June 2024 housing march in Port Vell" };
  it("never puts a capitalised article mid-sentence", () => {
    expect(chartTitle("casualties", march)).toBe(
      "Claims of casualties among the 15 June 2024 housing march in Port Vell",
    );
    expect(timelineTitle({ label: "The Kursk garrison" }, "killed")).toBe(
      "Claims of how many the Kursk garrison were killed",
    );
    expect(chartTitle("losses", { label: "NATO's eastern flank" })).toBe(
      "Claims of losses among NATO's eastern flank",
    );
  });
  it("reads a comparison title from the same template", () => {
    expect(compareTitle("casualties", "North Korean troops in Kursk")).toBe(
      "Latest claims of casualties among North Korean troops in Kursk",
    );
  });
  it("describes a metric's claims in running text", () => {
    expect(metricDescription("casualties", { label: "The Kursk garrison" })).toBe(
      "claims of casualties among the Kursk garrison",
    );
  });
  it("names the unit, one and many", () => {
    expect(unitWords("casualties", 1)).toBe("casualty");
    expect(unitWords("casualties", 3)).toBe("casualties");
    expect(unitWords("not-configured", 3)).toBe("");
  });
  it("falls back to a plain title for an id that is not configured", () => {
    expect(chartTitle("people-attending", "The march")).toBe(
      "Claims of people attending among the march",
    );
  });
});
