import { describe, expect, it } from "vitest";
import {
  claimantName,
  nameInText,
  spokespeopleOf,
  spokespersonFor,
} from "../../../src/lib/claims/names.ts";
import type { Claimant } from "../../../src/schemas/claimant.ts";

const person = (id: string, name: string, speaksFor?: string): Claimant => ({
  id,
  name,
  role: "Spokesperson",
  affiliation: "Port Vell",
  kind: "person",
  ...(speaksFor ? { speaksFor } : {}),
});
const org = (id: string, name: string): Claimant => ({
  id,
  name,
  role: "Campaign group",
  affiliation: "Port Vell",
  kind: "organisation",
});

const claimants = new Map(
  [
    org("coalition", "The Port Vell Housing Coalition"),
    org("police", "Port Vell Police"),
    person("vidal", "Núria Vidal", "coalition"),
    person("ortega", "Marc Ortega", "coalition"),
    person("serra", "Pau Serra", "police"),
    person("alone", "Joan Puig"),
    person("self", "Ada Self", "self"),
    person("ghost", "Eva Ghost", "not-declared"),
  ].map((c) => [c.id, c]),
);

describe("claimantName", () => {
  it.each([
    { id: "vidal", name: "Núria Vidal, for the Port Vell Housing Coalition" },
    { id: "serra", name: "Pau Serra, for Port Vell Police" },
    { id: "coalition", name: "The Port Vell Housing Coalition" },
    { id: "alone", name: "Joan Puig" },
    { id: "self", name: "Ada Self" },
    { id: "ghost", name: "Eva Ghost" },
    { id: "unknown-id", name: "unknown-id" },
  ])("$id → $name", ({ id, name }) => expect(claimantName(id, claimants)).toBe(name));
});

describe("nameInText", () => {
  it.each([
    ["The Port Vell Housing Coalition", "the Port Vell Housing Coalition"],
    ["NATO", "NATO"],
    ["Theatre Workers Union", "Theatre Workers Union"],
    ["Pentagon", "Pentagon"],
  ])("%s → %s", (name, text) => expect(nameInText(name)).toBe(text));
});

describe("spokespeople", () => {
  it("links a spokesperson to whom they speak for, and back", () => {
    expect(spokespersonFor(claimants.get("vidal")!, claimants)?.id).toBe("coalition");
    expect(spokespersonFor(claimants.get("self")!, claimants)).toBeUndefined();
    expect(spokespeopleOf("coalition", claimants).map((c) => c.id)).toEqual(["ortega", "vidal"]);
    expect(spokespeopleOf("alone", claimants)).toEqual([]);
  });
});
