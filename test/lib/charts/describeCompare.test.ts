import { describe, expect, it } from "vitest";
import { describeCompare } from "../../../src/lib/charts/describeCompare.ts";
import { latestByClaimant } from "../../../src/lib/claims/query.ts";
import { claim } from "./fixtures.ts";

const NAMES = new Map([
  ["zelensky", "Volodymyr Zelensky"],
  ["pentagon", "Pentagon"],
  ["intel", "US and South Korean intelligence estimates"],
]);

const z1 = claim({
  id: "z1",
  claimant: "zelensky",
  date: "2024-12-23",
  value: { kind: "point", n: 3000 },
});
const p1 = claim({
  id: "p1",
  claimant: "pentagon",
  date: "2024-12-30",
  value: { kind: "approx", n: 1000 },
});
const i1 = claim({
  id: "i1",
  claimant: "intel",
  date: "2025-01-05",
  value: { kind: "range", low: 10_000, high: 12_000 },
});

describe("describeCompare", () => {
  it("says when there is nothing to compare", () => {
    expect(describeCompare([], NAMES)).toBe("No claims to compare.");
  });

  it("names one claimant's figure and day", () => {
    expect(describeCompare([z1], NAMES)).toBe(
      "Latest claims from one claimant: Volodymyr Zelensky, 3,000 (23 December 2024).",
    );
  });

  it("lists the claimants in the order given (latestByClaimant's: largest figure first)", () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      claim({
        id: `c${i}`,
        claimant: `k${String(i).padStart(2, "0")}`,
        date: "2025-01-01",
        value: { kind: "point", n: 100 * (i + 1) },
      }),
    );
    const text = describeCompare(latestByClaimant(eleven), new Map());
    expect(text).toBe(
      "Latest claims from 11 claimants: " +
        "k10, 1,100 (1 January 2025); k09, 1,000 (1 January 2025); k08, 900 (1 January 2025); " +
        "k07, 800 (1 January 2025); k06, 700 (1 January 2025); k05, 600 (1 January 2025); " +
        "k04, 500 (1 January 2025); k03, 400 (1 January 2025); k02, 300 (1 January 2025); " +
        "k01, 200 (1 January 2025); k00, 100 (1 January 2025). " +
        "K10's 1,100 (1 January 2025) is 11 times k00's 100 (1 January 2025).",
    );
  });

  it("words each kind of figure as the text does, and falls back to the id without a name", () => {
    const bounds = [
      claim({ id: "a", claimant: "a-lower-bound", value: { kind: "atLeast", n: 38_000 } }),
      claim({ id: "b", claimant: "zelensky", date: "2025-01-04", value: { kind: "atMost", n: 1 } }),
    ];
    expect(describeCompare([i1, ...bounds, p1], NAMES)).toBe(
      "Latest claims from four claimants: " +
        "US and South Korean intelligence estimates, 10,000–12,000 (5 January 2025); " +
        "a-lower-bound, at least 38,000 (1 January 2025); " +
        "Volodymyr Zelensky, up to 1 (4 January 2025); " +
        "Pentagon, roughly 1,000 (30 December 2024). " +
        "US and South Korean intelligence estimates' 10,000–12,000 (5 January 2025) is " +
        "10 times Pentagon's roughly 1,000 (30 December 2024).",
    );
  });

  it("says nothing of a spread when the figures can both be true", () => {
    const atLeast = claim({ id: "l", claimant: "pentagon", value: { kind: "atLeast", n: 2000 } });
    expect(describeCompare([z1, atLeast], NAMES)).not.toMatch(/times|higher/);
  });

  it("formats figures and days in the page's locale", () => {
    expect(describeCompare([z1, p1], NAMES, "de-DE")).toBe(
      "Latest claims from two claimants: " +
        "Volodymyr Zelensky, 3.000 (23. Dezember 2024); Pentagon, roughly 1.000 (30. Dezember 2024). " +
        "Volodymyr Zelensky's 3.000 (23. Dezember 2024) is three times Pentagon's roughly 1.000 (30. Dezember 2024).",
    );
  });

  it("counts claimants in words up to ten, as its doc comment says", () => {
    expect(describeCompare(latestByClaimant([p1, z1]), NAMES)).toBe(
      "Latest claims from two claimants: " +
        "Volodymyr Zelensky, 3,000 (23 December 2024); Pentagon, roughly 1,000 (30 December 2024). " +
        "Volodymyr Zelensky's 3,000 (23 December 2024) is three times Pentagon's roughly 1,000 (30 December 2024).",
    );
  });
});
