import { describe, expect, it } from "vitest";
import { closest, editDistance, suggest } from "../../../src/lib/util/didYouMean.ts";

describe("editDistance", () => {
  it.each([
    { a: "zelensky", b: "zelensky", d: 0 },
    { a: "zelenksy", b: "zelensky", d: 2 },
    { a: "Pentagon", b: "pentagon", d: 0 },
    { a: "", b: "abc", d: 3 },
    { a: "syrsky", b: "syrskyi", d: 1 },
  ])("$a → $b is $d", ({ a, b, d }) => expect(editDistance(a, b)).toBe(d));
});

describe("closest", () => {
  const ids = ["zelensky", "syrskyi", "pentagon", "russia-mod", "us-south-korea-intelligence"];
  it.each([
    { value: "zelenksy", expected: "zelensky" },
    { value: "syrsky", expected: "syrskyi" },
    { value: "pentagn", expected: "pentagon" },
    { value: "russia", expected: "russia-mod" },
    { value: "nato", expected: undefined },
    { value: "completely-different", expected: undefined },
  ])("$value → $expected", ({ value, expected }) => expect(closest(value, ids)).toBe(expected));

  it("prefers the nearer of two candidates", () => {
    expect(closest("estimate-nk-deploy", ["estimate-nk-deployed", "estimate-nk-killed"])).toBe(
      "estimate-nk-deployed",
    );
  });
});

describe("editDistance with a bound", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["zelensky", "zelenksy", 2],
    ["", "abc", 3],
    ["same", "SAME", 0],
    ["north-korean-troops", "north-korean-troops-kursk", 6],
  ])("%s → %s is %i, and bounded at each max it stops at max + 1", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    for (let max = 0; max <= d + 1; max++)
      expect(editDistance(a, b, max)).toBe(Math.min(d, max + 1));
  });
});

describe("closest, among many ids", () => {
  it("answers an unknown id among 16,000 claims in milliseconds", () => {
    const ids = Array.from({ length: 16_000 }, (_, i) => `mayor-2026-03-09-missing-figure-${i}`);
    closest("warm-up", ids);
    const start = performance.now();
    expect(closest("mayor-2026-03-09-missing-figur-7", ids)).toBe(
      "mayor-2026-03-09-missing-figure-7",
    );
    // The whole edit table for each id took about 370 ms.
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe("closest, given a pasted page", () => {
  const many = Array.from({ length: 2000 }, (_, i) => `claimant-2026-03-${i}-killed-in-the-flood`);
  it("answers at once, however long the text and however many the ids", () => {
    const start = performance.now();
    expect(closest("a".repeat(20_000), many)).toBeUndefined();
    // Every id inside the text: each "contains", none needs the edit table.
    expect(closest(many.join(""), many)).toBe("claimant-2026-03-0-killed-in-the-flood");
    // The edit table for each pair took about 20 s here.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("suggest", () => {
  it("asks did you mean when something is close", () => {
    expect(suggest("zelenksy", ["zelensky", "nato"], "claimant")).toBe('Did you mean "zelensky"?');
  });
  it("lists known ids when nothing is close", () => {
    expect(suggest("xyz", ["b", "a"], "claimant")).toBe('Known claimant ids: "a", "b".');
  });
  it("says when nothing is declared", () => {
    expect(suggest("xyz", [], "subject")).toBe("No subject is declared yet.");
  });
});
