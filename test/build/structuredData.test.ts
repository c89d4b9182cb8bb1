import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, read, type BuildResult } from "../helpers/site.ts";

// The JSON-LD blocks of the example site's pages, parsed and checked against what search
// engines need: each type with its required properties, absolute URLs, ISO dates.

const SITE = "https://explainers.example.org/";
const SLUG = "kursk-makhnovka-losses";
const ARTICLE = `dist/explainers/${SLUG}/index.html`;
// A verbatim quote that would close the block if it were written raw.
const HOSTILE = "more than 38,000 </script><script>alert(1)</script>";

type Ld = Record<string, unknown>;

/** Every JSON-LD block of a page, parsed; the build test fails on one that does not parse. */
function blocks(html: string): Ld[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Ld,
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isAbsolute = (u: unknown) => typeof u === "string" && /^https?:\/\/[^/?#]+([/?#]|$)/.test(u);
const onSite = (u: unknown) => typeof u === "string" && u.startsWith(SITE);
const typed = (v: unknown, type: string) => (v as Ld | undefined)?.["@type"] === type;

describe("structured data on the example site", () => {
  let dir: string;
  let result: BuildResult;
  let article: Ld[];

  beforeAll(() => {
    dir = makeSite("example");
    edit(
      dir,
      "src/content/claims/kursk.yaml",
      'verbatim: "more than 38,000"',
      `verbatim: "${HOSTILE}"`,
    );
    edit(
      dir,
      `src/content/explainers/${SLUG}.mdx`,
      "draft: false\n",
      'draft: false\ncorrections:\n  - { date: 2025-01-06, text: "An earlier version misdated the address." }\n',
    );
    result = buildSite(dir);
    article = result.status === 0 ? blocks(read(dir, ARTICLE)) : [];
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("gives the explainer a NewsArticle, a Claim per claim it shows, and a Dataset", () => {
    expect(article.map((b) => b["@type"])).toEqual([
      "NewsArticle",
      "Claim",
      "Claim",
      "Claim",
      "Claim",
      "Claim",
      "Dataset",
    ]);
    for (const b of article) expect(b["@context"]).toBe("https://schema.org");
  });

  it("fills the NewsArticle: headline, dates, author, publisher, card, topics, corrections", () => {
    const a = article[0]!;
    expect(a.headline).toBe("Zelensky says Russia lost up to a battalion near one Kursk village");
    expect(a.description).toMatch(/^Kyiv's account of two days/);
    expect(a.datePublished).toBe("2025-01-05T14:00:00Z");
    expect(a.dateModified).toBe("2025-01-06T09:30:00Z");
    expect(a.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": `${SITE}explainers/${SLUG}/` });
    expect(a.author).toEqual([{ "@type": "Person", name: "World desk" }]);
    const publisher = a.publisher as Ld;
    expect(publisher).toMatchObject({
      "@type": "Organization",
      name: "Example News",
      url: "https://example.org",
    });
    expect(typed(publisher.logo, "ImageObject")).toBe(true);
    expect((publisher.logo as Ld).url).toBe(`${SITE}apple-touch-icon.png`);
    expect(typed(a.image, "ImageObject")).toBe(true);
    expect((a.image as Ld).url).toBe(`${SITE}og/${SLUG}.png`);
    expect(a.articleSection).toBe("Russia-Ukraine war");
    expect(a.keywords).toEqual(["Russia-Ukraine war", "Kursk", "North Korea"]);
    expect(a.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "An earlier version misdated the address.",
        datePublished: "2025-01-06",
      },
    ]);
  });

  it("writes each Claim with its claimant by kind, the figure in words, and its sources", () => {
    const claims = article.filter((b) => b["@type"] === "Claim");
    expect(claims.map((c) => c.text)).toEqual([
      "3,000",
      "roughly 1,000",
      "more than 38,000",
      "up to 1,000",
      "10,000–12,000",
    ]);
    expect(claims.map((c) => [(c.author as Ld)["@type"], (c.author as Ld).name])).toEqual([
      ["Person", "Volodymyr Zelensky"],
      ["Organization", "Pentagon"],
      ["Person", "Oleksandr Syrskyi"],
      ["Person", "Oleksandr Syrskyi"],
      ["Organization", "US and South Korean intelligence estimates"],
    ]);
    for (const c of claims) {
      expect(c.datePublished).toMatch(ISO_DAY);
      const appearances = c.appearance as Ld[];
      expect(appearances.length).toBeGreaterThan(0);
      for (const s of appearances) {
        expect(s["@type"]).toBe("CreativeWork");
        expect(isAbsolute(s.url)).toBe(true);
        if (s.datePublished !== undefined) expect(s.datePublished).toMatch(ISO_DAY);
      }
      expect(c.firstAppearance).toEqual(appearances[0]);
    }
    // The verbatim words, closing tag and all, stayed inside the block and read back whole.
    expect(claims[2]!.abstract).toBe(HOSTILE);
    // The article mentions each claim by its id.
    expect(article[0]!.mentions).toEqual(claims.map((c) => ({ "@id": c["@id"] })));
  });

  it("describes the downloads as a Dataset with a CSV and a JSON distribution", () => {
    const d = article.at(-1)!;
    expect(typeof d.name).toBe("string");
    expect(String(d.description).length).toBeGreaterThanOrEqual(50);
    expect(d.dateModified).toMatch(ISO_INSTANT);
    expect(d.distribution).toEqual([
      {
        "@type": "DataDownload",
        encodingFormat: "text/csv",
        contentUrl: `${SITE}explainers/${SLUG}/claims.csv`,
      },
      {
        "@type": "DataDownload",
        encodingFormat: "application/json",
        contentUrl: `${SITE}explainers/${SLUG}/claims.json`,
      },
    ]);
  });

  it("gives every claimant page a ProfilePage about the Person or Organization", () => {
    const ids = readdirSync(join(dir, "dist/claimants")).sort();
    expect(ids.length).toBeGreaterThan(3);
    const kinds = new Set<string>();
    for (const id of ids) {
      const [page, ...rest] = blocks(read(dir, `dist/claimants/${id}/index.html`));
      expect(rest).toEqual([]);
      expect(page!["@type"]).toBe("ProfilePage");
      expect(page!.url).toBe(`${SITE}claimants/${id}/`);
      const who = page!.mainEntity as Ld;
      expect(["Person", "Organization"]).toContain(who["@type"]);
      expect(typeof who.name).toBe("string");
      if (who.sameAs !== undefined) expect(isAbsolute(who.sameAs)).toBe(true);
      kinds.add(String(who["@type"]));
    }
    expect([...kinds].sort()).toEqual(["Organization", "Person"]);
    const [zelensky] = blocks(read(dir, "dist/claimants/zelensky/index.html"));
    expect(zelensky!.mainEntity).toMatchObject({
      "@type": "Person",
      name: "Volodymyr Zelensky",
      jobTitle: "President of Ukraine",
    });
  });

  it("gives every subject page a CollectionPage linking the explainers that show its claims", () => {
    for (const id of readdirSync(join(dir, "dist/subjects")).sort()) {
      const [page, ...rest] = blocks(read(dir, `dist/subjects/${id}/index.html`));
      expect(rest).toEqual([]);
      expect(page!["@type"]).toBe("CollectionPage");
      expect(page!.url).toBe(`${SITE}subjects/${id}/`);
      expect(typed(page!.isPartOf, "WebSite")).toBe(true);
      expect(page!.hasPart).toEqual([
        {
          "@type": "CreativeWork",
          name: "Zelensky says Russia lost up to a battalion near one Kursk village",
          url: `${SITE}explainers/${SLUG}/`,
        },
      ]);
    }
  });

  it("uses absolute URLs on the site for every @id, url and contentUrl it owns", () => {
    const pages = [
      ARTICLE,
      "dist/claimants/zelensky/index.html",
      "dist/subjects/north-korean-troops-kursk/index.html",
    ];
    const walk = (v: unknown, key = ""): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v as Ld)) walk(x, k);
      else if (["@id", "contentUrl"].includes(key)) expect(onSite(v), String(v)).toBe(true);
      else if (["url", "sameAs", "archivedAt"].includes(key))
        expect(isAbsolute(v), String(v)).toBe(true);
    };
    for (const page of pages) for (const b of blocks(read(dir, page))) walk(b);
  });
});
