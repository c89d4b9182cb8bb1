// Lead images (front matter `image: { src, alt, credit }`): responsive sizes on the page with
// the alt text and the credit, the darkened picture behind the social card, and a content check
// that refuses an image without alt text, without a credit, or whose file is not there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, read, type BuildResult } from "../helpers/site.ts";

const STORY = "src/content/explainers/river-flood-toll.mdx";

/** Add `image:` (these lines, indented) to the flood story's front matter. */
function withImage(dir: string, lines: string[]): void {
  edit(
    dir,
    STORY,
    "topics: [floods]\n",
    `topics: [floods]\nimage:\n${lines.map((l) => `  ${l}\n`).join("")}`,
  );
}

/** The mean brightness (0-255) of a PNG. */
async function brightness(png: Buffer): Promise<number> {
  const { channels } = await sharp(png).removeAlpha().greyscale().stats();
  return channels[0]!.mean;
}

describe("a lead image", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("flood");
    withImage(dir, [
      "src: ../../assets/lead/river.jpg",
      "alt: The Arden river over its banks at dusk",
      'credit: "Illustration: the test suite"',
    ]);
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, "dist/explainers/river-flood-toll/index.html") : "";
  });

  it("builds", () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it("is shown below the dek, in responsive sizes, with its alt text and credit", () => {
    const figure = /<figure class="lead-image"[^]*?<\/figure>/.exec(html)?.[0] ?? "";
    expect(html.indexOf('class="dek"')).toBeLessThan(html.indexOf('class="lead-image"'));
    expect(figure).toMatch(/<picture[^>]*>/);
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? "";
    expect(img).toContain('alt="The Arden river over its banks at dusk"');
    expect(img).toContain('width="1600" height="900"');
    expect(img).toMatch(/sizes="[^"]+"/);
    // The fixture is 1600 px wide: four widths, in WebP and JPEG, all written to dist/.
    const source = /<source [^>]*type="image\/webp"[^>]*>/.exec(figure)?.[0] ?? "";
    for (const srcset of [source, img]) {
      const entries = /srcset="([^"]+)"/.exec(srcset)![1]!.split(", ");
      expect(entries.map((e) => e.split(" ")[1])).toEqual(["480w", "800w", "1200w", "1600w"]);
      for (const e of entries) expect(existsSync(join(dir, "dist", e.split(" ")[0]!))).toBe(true);
    }
    expect(figure).toMatch(
      /<figcaption class="lead-image__credit"[^>]*>Illustration: the test suite<\/figcaption>/,
    );
  });

  it("leads the explainer's feed item, with absolute addresses", () => {
    const rss = read(dir, "dist/rss.xml");
    const item = rss.slice(rss.indexOf("<item>"), rss.indexOf("</item>"));
    expect(item).toContain("The Arden river over its banks at dusk");
    expect(item).toContain("Illustration: the test suite");
    expect(item).toMatch(
      /src=&quot;https:\/\/[^&]+\/_astro\/[^&]+\.jpg&quot;|src="https:\/\/[^"]+\/_astro\/[^"]+\.jpg"/,
    );
  });

  it("is the social card's darkened background", async () => {
    const card = readFileSync(join(dir, "dist/og/river-flood-toll.png"));
    const site = readFileSync(join(dir, "dist/og/site.png"));
    // The site card is paper (near white); the picture behind the story's card is darkened.
    expect(await brightness(site)).toBeGreaterThan(220);
    expect(await brightness(card)).toBeLessThan(90);
  });
});

describe("the content check refuses a lead image", () => {
  const refused = (lines: string[]) => {
    const dir = makeSite("flood");
    withImage(dir, lines);
    const r = buildSite(dir);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, "dist"))).toBe(false);
    return r.stderr;
  };

  it("without alt text", () => {
    const stderr = refused(["src: ../../assets/lead/river.jpg", "credit: Someone"]);
    expect(stderr).toContain(
      "src/content/explainers/river-flood-toll.mdx:8:3 image.alt: is required but missing",
    );
    expect(refused(["src: ../../assets/lead/river.jpg", 'alt: " "', "credit: Someone"])).toContain(
      "river-flood-toll.mdx:9:8 image.alt: needs alt text: what the picture shows, for readers who cannot see it",
    );
  });

  it("without a credit", () => {
    const stderr = refused(["src: ../../assets/lead/river.jpg", "alt: A river"]);
    expect(stderr).toContain(
      "src/content/explainers/river-flood-toll.mdx:8:3 image.credit: is required but missing",
    );
  });

  it("whose file is not there, naming the file and line", () => {
    const stderr = refused(["src: ../../assets/lead/rivr.jpg", "alt: A river", "credit: Someone"]);
    expect(stderr).toContain(
      'src/content/explainers/river-flood-toll.mdx:8:8 image.src: image file not found: src/assets/lead/rivr.jpg (got "../../assets/lead/rivr.jpg")',
    );
  });

  it("outside src/assets/, or not a picture", () => {
    const stderr = refused(["src: ../../../secrets/key.jpg", "alt: A river", "credit: Someone"]);
    expect(stderr).toMatch(
      /river-flood-toll\.mdx:8:8 image\.src: must be a JPEG, PNG, WebP or AVIF file in src\/assets\//,
    );
  });
});
