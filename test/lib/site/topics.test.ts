import { describe, expect, it } from "vitest";
import { topicNames, topicOf } from "../../../src/lib/site/topics.ts";
import { topic } from "../../../src/schemas/explainer.ts";
import { siteConfig } from "../../../src/site.config.ts";

const config = { ...siteConfig, topicLabels: { "north-korea": "North Korea" } };

describe("topics written as ids or names", () => {
  it("keeps the author's spelling of a name, at its slugged address", () => {
    expect(topicOf("Port Vell", new Map(), config)).toEqual({
      id: "port-vell",
      label: "Port Vell",
    });
    expect(topicOf("NATO", new Map(), config)).toEqual({ id: "nato", label: "NATO" });
  });
  it("prefers the configured label", () => {
    expect(topicOf("North korea", new Map(), config)).toEqual({
      id: "north-korea",
      label: "North Korea",
    });
  });
  it("labels an id with a spelling another explainer wrote, else with its words", () => {
    const names = topicNames([
      { data: { topics: ["floods"] } },
      { data: { topics: ["Port Vell", "port-vell"] } },
    ]);
    expect(names).toEqual(new Map([["port-vell", "Port Vell"]]));
    expect(topicOf("port-vell", names, config).label).toBe("Port Vell");
    expect(topicOf("floods", names, config).label).toBe("Floods");
  });
  it("accepts names and ids in front matter, and refuses what cannot be an address", () => {
    for (const ok of ["port-vell", "Port Vell", "NATO's eastern flank", "Médecins Sans Frontières"])
      expect(topic.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["", " Port Vell", "Курск", "a/b", "<b>"])
      expect(topic.safeParse(bad).success, bad).toBe(false);
  });
});
