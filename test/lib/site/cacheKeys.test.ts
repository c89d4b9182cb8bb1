import { describe, expect, it } from "vitest";
import { claimsInputs, digestOf } from "../../../src/lib/site/cacheKeys.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import { claimants, claims, subjects } from "../../helpers/explainerContext.ts";

const data = (over: Partial<Parameters<typeof claimsInputs>[0]> = {}) => ({
  claims,
  claimants,
  subjects,
  events: [],
  styles: new Map(),
  revisedBy: new Map<string, Claim>(),
  authors: new Map(),
  ...over,
});
const key = (d: ReturnType<typeof data>, list = [claims.get("point")!]) =>
  digestOf(claimsInputs(d, list));

describe("digestOf", () => {
  it("is stable and tells Maps, Sets and Dates apart by their contents", () => {
    expect(digestOf(new Map([["a", 1]]))).toBe(digestOf(new Map([["a", 1]])));
    expect(digestOf(new Map([["a", 1]]))).not.toBe(digestOf(new Map([["a", 2]])));
    expect(digestOf(new Set([1]))).not.toBe(digestOf(new Set([2])));
    expect(digestOf(new Date("2025-01-01"))).not.toBe(digestOf(new Date("2025-01-02")));
    expect(digestOf("a", "b")).not.toBe(digestOf("ab"));
  });
});

describe("claimsInputs", () => {
  const base = key(data());

  it("changes when a shown claim, its claimant, its subject or an event changes", () => {
    const edited = new Map(claims);
    edited.set("point", { ...claims.get("point")!, value: { kind: "point", n: 3001 } });
    expect(key(data({ claims: edited }), [edited.get("point")!])).not.toBe(base);

    const renamed = new Map(claimants);
    renamed.set("zelensky", { ...claimants.get("zelensky")!, role: "Former president" });
    expect(key(data({ claimants: renamed }))).not.toBe(base);

    const relabelled = new Map(subjects);
    relabelled.set("north-korean-troops-kursk", {
      id: "north-korean-troops-kursk",
      label: "North Korean soldiers in Kursk",
    });
    expect(key(data({ subjects: relabelled }))).not.toBe(base);

    expect(key(data({ events: [{ id: "e", date: "2024-08-06", label: "Incursion" }] }))).not.toBe(
      base,
    );
  });

  it("changes when a later claim revises a shown one, or the claimant's colour changes", () => {
    const later = { ...claims.get("approx")!, id: "later", supersedes: "point" };
    expect(key(data({ revisedBy: new Map([["point", later]]) }))).not.toBe(base);
    expect(key(data({ styles: new Map([["zelensky", { slot: 3 }]]) as never }))).not.toBe(base);
  });

  it("does not change for claims, claimants and subjects the page does not show", () => {
    const more = new Map(claims);
    more.set("other", { ...claims.get("approx")!, id: "other" });
    expect(key(data({ claims: more }))).toBe(base);
    const renamed = new Map(claimants);
    renamed.set("pentagon", { ...claimants.get("pentagon")!, name: "US Defense Department" });
    expect(key(data({ claimants: renamed }))).toBe(base);
  });
});
