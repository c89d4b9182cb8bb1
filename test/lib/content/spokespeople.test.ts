// `speaksFor` in the claimants files: a declared claimant, not themselves, never round in a loop.
import { describe, expect, it } from "vitest";
import { checkContent, type ContentSources } from "../../../src/lib/content/checkContent.ts";
import { formatIssue } from "../../../src/lib/content/issues.ts";
import { siteConfig } from "../../../src/site.config.ts";

const FILE = "src/content/claimants/people.yaml";

function check(claimants: string): string[] {
  const none = (dir: string) => [{ path: `src/content/${dir}/_none.yaml`, text: "" }];
  const sources: ContentSources = {
    explainers: [],
    claims: none("claims"),
    claimants: [{ path: FILE, text: claimants }],
    subjects: none("subjects"),
    authors: none("authors"),
    events: none("events"),
  };
  return checkContent(sources, {
    sections: siteConfig.sections,
    now: new Date("2025-01-06T12:00:00Z"),
    includeDrafts: true,
  }).map(formatIssue);
}

const entry = (id: string, speaksFor?: string) =>
  `- id: ${id}\n  name: ${id}\n  role: r\n  affiliation: a\n  kind: person\n${speaksFor ? `  speaksFor: ${speaksFor}\n` : ""}`;

describe("speaksFor", () => {
  it("accepts a spokesperson for a declared claimant, and chains", () => {
    expect(
      check(entry("coalition") + entry("vidal", "coalition") + entry("aide", "vidal")),
    ).toEqual([]);
  });

  it("refuses an unknown claimant, with did-you-mean", () => {
    expect(check(entry("coalition") + entry("vidal", "coalitoin"))).toEqual([
      `${FILE}:11:14 speaksFor: unknown claimant "coalitoin"\n    Did you mean "coalition"? Claimants are declared in src/content/claimants/.`,
    ]);
  });

  it("refuses speaking for oneself", () => {
    expect(check(entry("vidal", "vidal"))).toEqual([
      `${FILE}:6:14 speaksFor: a claimant cannot speak for themselves\n    speaksFor names the organisation (or person) they speak for; leave it out otherwise.`,
    ]);
  });

  it("refuses a loop, at each claimant in it", () => {
    expect(check(entry("a", "b") + entry("b", "c") + entry("c", "a") + entry("d", "a"))).toEqual([
      `${FILE}:6:14 speaksFor: speaksFor goes round in a loop: a → b → c → a\n    A spokesperson speaks for an organisation; remove speaksFor from the organisation.`,
      `${FILE}:12:14 speaksFor: speaksFor goes round in a loop: b → c → a → b\n    A spokesperson speaks for an organisation; remove speaksFor from the organisation.`,
      `${FILE}:18:14 speaksFor: speaksFor goes round in a loop: c → a → b → c\n    A spokesperson speaks for an organisation; remove speaksFor from the organisation.`,
    ]);
  });
});
