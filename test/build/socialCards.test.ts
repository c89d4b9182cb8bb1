// Social cards (/og/<slug>.png, /og/site.png): real PNGs of 1200×630, one per published
// explainer and one for the site; long titles still fit; a rebuild reads unchanged cards from
// the cache in .astro/social-cards/, and a changed title draws a new card.
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { siteCardJobs } from "../../src/lib/site/cardJobs.ts";
import { cardKey, titleFit } from "../../src/lib/site/socialCard.ts";
import { buildSite, edit, makeSite, ROOT, type BuildResult } from "../helpers/site.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The rows, from the top, where the footer's rule (the page's --rule colour) runs across. */
async function ruleRows(png: Buffer): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rows: number[] = [];
  for (let y = 0; y < info.height; y++) {
    let hits = 0;
    for (let x = 100; x < 1100; x++) {
      const i = (y * info.width + x) * 3;
      // #d9d6cf, allowing for anti-aliasing.
      if (Math.abs(data[i]! - 0xd9) < 12 && Math.abs(data[i + 1]! - 0xd6) < 12) hits++;
    }
    if (hits > 900) rows.push(y);
  }
  return rows;
}

const LONG_TITLE =
  "Officials, aid groups, the river authority, three mayors and a parliamentary committee all " +
  "give different and changing counts of the dead, the injured and the missing after the Arden " +
  "flood, and none of them can yet be checked against hospital or morgue records from the valley";

describe("social cards", () => {
  let dir: string;
  let first: BuildResult;
  let second: BuildResult;
  let third: BuildResult;
  const og = (name: string) => readFileSync(join(dir, "dist/og", name));
  const cacheDir = () => join(dir, ".astro/social-cards");
  const cached = () =>
    readdirSync(cacheDir())
      .sort()
      .map((name) => {
        const path = join(cacheDir(), name);
        return { name, bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
      });
  let firstCards: Record<string, Buffer>;
  let firstCache: ReturnType<typeof cached>;
  let earlyKeys: string[];
  let secondCards: Record<string, Buffer>;
  let secondCache: ReturnType<typeof cached>;
  let thirdCards: Record<string, Buffer>;

  beforeAll(() => {
    dir = makeSite("flood");
    // A second published explainer, with a headline far too long for three lines.
    const story = join(dir, "src/content/explainers");
    copyFileSync(join(story, "river-flood-toll.mdx"), join(story, "long-headline.mdx"));
    edit(dir, "src/content/explainers/long-headline.mdx", /^title: .*$/m, `title: "${LONG_TITLE}"`);
    const cards = () =>
      Object.fromEntries(readdirSync(join(dir, "dist/og")).map((n) => [n, og(n)]));

    first = buildSite(dir);
    firstCards = cards();
    firstCache = cached();
    // The cards the build starts drawing before Astro runs, worked out from the files.
    earlyKeys = siteCardJobs(dir).map((job) =>
      cardKey(
        {
          ...job.content,
          ...(job.backgroundFile ? { background: readFileSync(job.backgroundFile) } : {}),
        },
        job.options,
      ),
    );

    // Swap the bytes of the flood story's cached card for the site card's: if the rebuild reads
    // the cache, the built file is the swapped one.
    const flood = firstCache.find((c) => c.bytes.equals(firstCards["river-flood-toll.png"]!))!;
    writeFileSync(join(cacheDir(), flood.name), firstCards["site.png"]!);
    const swapped = statSync(join(cacheDir(), flood.name)).mtimeMs;
    // Without the last build's pages (an incremental build would copy the card it wrote then),
    // so the card route runs and must read its card from the card cache.
    rmSync(join(dir, ".astro/build-cache"), { recursive: true, force: true });
    second = buildSite(dir);
    secondCards = cards();
    secondCache = cached().map((c) => (c.name === flood.name ? { ...c, swapped } : c));

    // A new title, and no cache at all: the cards are drawn again.
    rmSync(cacheDir(), { recursive: true });
    edit(dir, "src/content/explainers/river-flood-toll.mdx", /^title: .*$/m, "title: Flood toll");
    third = buildSite(dir);
    thirdCards = cards();
  });

  it("builds", () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(third.status, third.stderr).toBe(0);
  });

  it("writes one 1200×630 PNG per published explainer, and the site's card", () => {
    expect(Object.keys(firstCards).sort()).toEqual([
      "long-headline.png",
      "river-flood-toll.png",
      "site.png",
    ]);
    for (const png of Object.values(firstCards))
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // Three different pictures, each more than a blank page.
    expect(new Set(Object.values(firstCards).map((b) => b.toString("base64"))).size).toBe(3);
    for (const png of Object.values(firstCards)) expect(png.length).toBeGreaterThan(10_000);
  });

  it("shrinks a long title in steps and clamps it, keeping the footer on the card", async () => {
    expect(titleFit("Flood toll")).toEqual({ size: 76, lines: 3 });
    expect(titleFit("Officials and aid groups differ on the Arden flood toll").size).toBe(76);
    expect(titleFit(LONG_TITLE)).toEqual({ size: 46, lines: 4 });
    // The footer (rule, figure) sits at the same height on the long card as on the short one:
    // the title was cut, not pushed down over it or off the card.
    const short = await ruleRows(firstCards["river-flood-toll.png"]!);
    const long = await ruleRows(firstCards["long-headline.png"]!);
    expect(short.length).toBeGreaterThan(0);
    expect(long).toEqual(short);
    expect(Math.max(...long)).toBeLessThan(600);
  });

  it("keys a card by everything it is drawn from", () => {
    const options = { srcDir: join(ROOT, "src") };
    const card = { siteName: "Desk", host: "example.org", title: "A title", dek: "A dek." };
    const key = cardKey(card, options);
    expect(cardKey({ ...card }, options)).toBe(key);
    expect(cardKey({ ...card, title: "A title." }, options)).not.toBe(key);
    expect(cardKey({ ...card, host: "example.com" }, options)).not.toBe(key);
    const figure = { who: "A", value: "up to 1,000" };
    expect(cardKey({ ...card, figure }, options)).not.toBe(key);
    const image = (byte: number) => ({ ...card, background: new Uint8Array([1, 2, byte]) });
    expect(cardKey(image(3), options)).not.toBe(key);
    expect(cardKey(image(3), options)).not.toBe(cardKey(image(4), options));
  });

  it("keeps each card in the cache under its content hash", () => {
    expect(firstCache.map((c) => c.name)).toHaveLength(3);
    for (const c of firstCache) expect(c.name).toMatch(/^[0-9a-f]{64}\.png$/);
    const built = Object.values(firstCards)
      .map((b) => b.toString("base64"))
      .sort();
    expect(firstCache.map((c) => c.bytes.toString("base64")).sort()).toEqual(built);
  });

  it("starts drawing, before Astro runs, exactly the cards the card route then serves", () => {
    // One per published explainer (the site's own card is drawn by its route), each one the
    // route found in the cache: nothing was drawn for content the route does not show.
    expect(earlyKeys).toHaveLength(2);
    const served = firstCache
      .filter((c) => !c.bytes.equals(firstCards["site.png"]!))
      .map((c) => c.name.replace(/\.png$/, ""));
    expect(earlyKeys.sort()).toEqual(served.sort());
  });

  it("reads unchanged cards from the cache on a rebuild, without drawing or writing them", () => {
    // The swapped cache file was served as the flood story's card...
    expect(secondCards["river-flood-toll.png"]!.equals(firstCards["site.png"]!)).toBe(true);
    expect(secondCards["long-headline.png"]!.equals(firstCards["long-headline.png"]!)).toBe(true);
    // ...and no cache file was written again.
    expect(secondCache.map((c) => c.name)).toEqual(firstCache.map((c) => c.name));
    for (const c of secondCache) {
      const before = firstCache.find((f) => f.name === c.name)!;
      expect(c.mtime).toBe("swapped" in c ? c.swapped : before.mtime);
    }
  });

  it("draws a new card when the title changes, and draws the same bytes without a cache", () => {
    expect(thirdCards["river-flood-toll.png"]!.equals(firstCards["river-flood-toll.png"]!)).toBe(
      false,
    );
    expect(pngSize(thirdCards["river-flood-toll.png"]!)).toEqual({ width: 1200, height: 630 });
    // Drawn afresh (the cache was removed), the unchanged cards are byte-identical.
    expect(thirdCards["site.png"]!.equals(firstCards["site.png"]!)).toBe(true);
    expect(thirdCards["long-headline.png"]!.equals(firstCards["long-headline.png"]!)).toBe(true);
  });
});
