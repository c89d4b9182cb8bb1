import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/content/issues.ts";
import { parseMdx } from "../../../src/lib/content/mdxSource.ts";
import { checkSections, matchSection } from "../../../src/lib/content/sections.ts";
import { siteConfig, type SectionSpec } from "../../../src/site.config.ts";

const specs = siteConfig.sections;
/** Check a body made of the given heading lines, each followed by a paragraph. */
const check = (headings: string[], sections: readonly SectionSpec[] = specs) => {
  const body = headings.map((h) => `${h}\n\nText.\n`).join("\n");
  const mdx = parseMdx("x.mdx", body);
  return checkSections("x.mdx", mdx.headings, sections, mdx.lastLine);
};
const messages = (headings: string[], sections?: readonly SectionSpec[]) =>
  check(headings, sections).issues.map(formatIssue);

const ALL = ["## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next"];

describe("matchSection", () => {
  it.each([
    { text: "Why It Matters", key: "why-it-matters" },
    { text: "why it matters", key: "why-it-matters" },
    { text: "  WHAT   TO KNOW ", key: "what-to-know" },
    { text: "Why it Matter", key: undefined },
  ])("$text → $key", ({ text, key }) => expect(matchSection(text, specs)?.key).toBe(key));
});

describe("checkSections", () => {
  it("accepts all four in order", () => {
    const r = check(ALL);
    expect(r.issues).toEqual([]);
    expect(r.sections.map((s) => s.spec.key)).toEqual(specs.map((s) => s.key));
  });

  it("accepts the optional last section left out", () => {
    expect(messages(ALL.slice(0, 3))).toEqual([]);
  });

  it("ignores deeper headings inside sections", () => {
    expect(messages(["## Why It Matters", "### Background", ...ALL.slice(1)])).toEqual([]);
  });

  it.each([
    {
      name: "a missing required section",
      headings: ["## Why It Matters", "## Who Said What"],
      expected: [
        'x.mdx:5:1 missing required section "## What To Know"\n    "## Why It Matters" (line 1) runs on to line 4: add "## What To Know" where its own content starts within those lines (directly above "## Who Said What" on line 5 only if it has none yet).',
      ],
    },
    {
      name: "a missing last required section",
      headings: ["## Why It Matters", "## What To Know"],
      expected: [
        'x.mdx:7:1 missing required section "## Who Said What"\n    "## What To Know" (line 5) runs on to line 7: add "## Who Said What" where its own content starts within those lines.',
      ],
    },
    {
      name: "a misspelt heading, answered with the right name (and not also called missing)",
      headings: ["## Why It Matters", "## What To Knw", "## Who Said What"],
      expected: [
        'x.mdx:5:1 unknown section "## What To Knw"\n    Did you mean "## What To Know"? Sections are, in order: "## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next".',
      ],
    },
    {
      name: "an unrelated heading",
      headings: [...ALL, "## Further Reading"],
      expected: [
        'x.mdx:17:1 unknown section "## Further Reading"\n    Sections are, in order: "## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next". For a sub-heading inside a section, use ###.',
      ],
    },
    {
      name: "a section twice",
      headings: ["## Why It Matters", "## What To Know", "## why it matters", "## Who Said What"],
      expected: [
        'x.mdx:9:1 section "## Why It Matters" appears twice (first on line 1)\n    Merge the two into one section.',
      ],
    },
    {
      name: "sections out of order",
      headings: ["## What To Know", "## Why It Matters", "## Who Said What"],
      expected: [
        'x.mdx:5:1 section "## Why It Matters" is out of order: it must come before "## What To Know" (line 1)\n    Sections go in this order: "## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next".',
      ],
    },
    {
      name: "a level-1 heading",
      headings: ["# A second title", ...ALL],
      expected: [
        'x.mdx:1:1 level-1 heading "# A second title" in the body\n    The headline comes from `title` in the front matter. Use ## for sections and ### inside them.',
      ],
    },
  ])("reports $name", ({ headings, expected }) => {
    expect(messages(headings)).toEqual(expected);
  });

  it("follows the configured labels and required flags", () => {
    const custom: SectionSpec[] = [
      { key: "summary", label: "Summary", required: true },
      { key: "details", label: "Details", required: false },
    ];
    expect(messages(["## Summary"], custom)).toEqual([]);
    expect(messages(["## Details"], custom)).toEqual([
      'x.mdx:1:1 missing required section "## Summary"\n    Add "## Summary" before "## Details" (line 1).',
    ]);
  });
});
