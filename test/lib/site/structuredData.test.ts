import { describe, expect, it } from "vitest";
import {
  claimLd,
  explainerLd,
  jsonLdScript,
  pageTitle,
  ldSite,
  type ExplainerLdInput,
} from "../../../src/lib/site/structuredData.ts";
import type { Claim } from "../../../src/schemas/claim.ts";
import type { Claimant } from "../../../src/schemas/claimant.ts";
import { siteConfig } from "../../../src/site.config.ts";

const HOSTILE = "</script><script>alert(1)</script><!-- \u2028 & \u2029 -->";

const site = ldSite("https://news.example.com", siteConfig);

const claimant: Claimant = {
  id: "someone",
  name: `Some ${HOSTILE} One`,
  role: "Spokesperson",
  affiliation: "Ministry",
  kind: "person",
};
const claim: Claim = {
  id: "someone-2025-01-01-x",
  claimant: "someone",
  date: "2025-01-01",
  subject: "x",
  metric: "killed",
  value: { kind: "atLeast", n: 38000 },
  verbatim: `more than ${HOSTILE}`,
  scope: "cumulative",
  status: "unverified",
  sources: [
    { url: "https://example.com/a", publisher: "A", date: "2025-01-01" },
    { url: "https://example.com/b", publisher: "B" },
  ],
};
const input: ExplainerLdInput = {
  slug: "a-story",
  data: {
    title: `A title ${HOSTILE}`,
    dek: "A dek.",
    published: new Date("2025-01-05T14:00:00Z"),
    updated: undefined,
    topics: ["kursk"],
    corrections: [{ date: "2025-01-06", text: `Fixed ${HOSTILE}` }],
  },
  authors: [{ id: "desk", name: "Desk", url: "https://example.com/desk" }],
  claims: [claim],
  claimants: new Map([[claimant.id, claimant]]),
  subjects: new Map([["x", { id: "x", label: "X" }]]),
};

/**
 * What an HTML parser takes as the script element's text: everything up to the first `</script`
 * followed by whitespace, `/` or `>`, in any case (the "script data" state of the HTML spec; a
 * `<!--` in the text could make it skip that end tag, and the test checks there is no `<` at all).
 */
function scriptText(html: string): string {
  const open = '<script type="application/ld+json">';
  expect(html.startsWith(open)).toBe(true);
  const end = /<\/script[\t\n\f\r />]/i.exec(html.slice(open.length));
  return end ? html.slice(open.length, open.length + end.index) : "";
}

describe("jsonLdScript", () => {
  it("keeps a </script>, a comment opener and U+2028/2029 in any field inside the block", () => {
    for (const block of explainerLd(input, site)) {
      const json = jsonLdScript(block);
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      const html = `<script type="application/ld+json">${json}</script><p>after</p>`;
      // The element ends where the block was meant to end, holding the whole JSON text.
      expect(scriptText(html)).toBe(json);
      expect(JSON.parse(scriptText(html))).toEqual(block);
    }
  });

  it("reads back the hostile text exactly", () => {
    const [article] = explainerLd(input, site);
    const back = JSON.parse(jsonLdScript(article)) as {
      headline: string;
      correction: Array<{ text: string }>;
    };
    expect(back.headline).toBe(`A title ${HOSTILE}`);
    expect(back.correction[0]!.text).toBe(`Fixed ${HOSTILE}`);
    const ld = JSON.parse(jsonLdScript(claimLd(claim, input, site))) as {
      abstract: string;
      author: { name: string };
    };
    expect(ld.abstract).toBe(`more than ${HOSTILE}`);
    expect(ld.author.name).toBe(claimant.name);
  });

  it("escapes each of the five characters as a JSON \\u escape", () => {
    expect(jsonLdScript({ a: "<>&\u2028\u2029" })).toBe(
      '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}',
    );
  });
});

describe("claimLd", () => {
  it("writes the figure in words, the claimant by kind, every source and the first", () => {
    const ld = claimLd(claim, input, site) as unknown as Record<string, unknown>;
    expect(ld.text).toBe("at least 38,000");
    expect(ld.datePublished).toBe("2025-01-01");
    expect((ld.author as { "@type": string })["@type"]).toBe("Person");
    expect((ld.appearance as Array<{ url: string }>).map((a) => a.url)).toEqual([
      "https://example.com/a",
      "https://example.com/b",
    ]);
    expect((ld.firstAppearance as { url: string }).url).toBe("https://example.com/a");
    const org = claimLd(
      claim,
      { ...input, claimants: new Map([[claimant.id, { ...claimant, kind: "organisation" }]]) },
      site,
    ) as unknown as { author: { "@type": string } };
    expect(org.author["@type"]).toBe("Organization");
  });
});

describe("pageTitle", () => {
  it.each([
    { title: "Short", out: "Short | Desk" },
    { title: "Desk", out: "Desk" },
    { title: "x".repeat(63), out: `${"x".repeat(63)} | Desk` },
    { title: "x".repeat(64), out: "x".repeat(64) },
  ])("$title → $out", ({ title, out }) => expect(pageTitle(title, { name: "Desk" })).toBe(out));
});
