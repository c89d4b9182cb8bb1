import { describe, expect, it } from "vitest";
import { slugify, splitList } from "../../src/lib/authoring/scaffold.ts";

describe("slugify", () => {
  it.each([
    { input: "Kursk losses", expected: "kursk-losses" },
    { input: "  Kursk   losses  ", expected: "kursk-losses" },
    { input: "Zelensky's claim", expected: "zelenskys-claim" },
    { input: "Zelensky’s claim", expected: "zelenskys-claim" },
    { input: "What we know: 3,000 casualties?", expected: "what-we-know-3000-casualties" },
    { input: "Up to 1.5 million", expected: "up-to-1-5-million" },
    {
      input: "Café in Malmö, São Paulo and Kraków",
      expected: "cafe-in-malmo-sao-paulo-and-krakow",
    },
    { input: "Straße, Æsir, Øresund, Łódź", expected: "strasse-aesir-oresund-lodz" },
    { input: "NATO & the EU", expected: "nato-and-the-eu" },
    { input: "--Dashes -- everywhere--", expected: "dashes-everywhere" },
    { input: "Ukraine (2025): what/why", expected: "ukraine-2025-what-why" },
    { input: "Курск: Kursk", expected: "kursk" },
    {
      // 60 characters at most, cut at the last word boundary that fits.
      input:
        "Zelensky says Russia lost up to a battalion near one Kursk village in two days of fighting",
      expected: "zelensky-says-russia-lost-up-to-a-battalion-near-one-kursk",
    },
    {
      input: "a".repeat(70),
      expected: "a".repeat(60),
    },
  ])("$input → $expected", ({ input, expected }) => {
    const slug = slugify(input);
    expect(slug).toBe(expected);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each([{ input: "" }, { input: "   " }, { input: "?!—…" }, { input: "Курск" }])(
    "refuses $input, which leaves nothing to slug",
    ({ input }) => {
      expect(() => slugify(input)).toThrow(
        `Cannot make a URL slug from ${JSON.stringify(input)}: it has no letters or digits in a-z, 0-9.`,
      );
    },
  );
});

describe("splitList", () => {
  it.each([
    { input: undefined, expected: [] },
    { input: ["a"], expected: ["a"] },
    { input: ["a,b", "c"], expected: ["a", "b", "c"] },
    { input: [" a , ,b ", "a"], expected: ["a", "b"] },
  ])("$input → $expected", ({ input, expected }) => {
    expect(splitList(input)).toEqual(expected);
  });
});
