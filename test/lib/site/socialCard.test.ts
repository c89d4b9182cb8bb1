// A social card's layout (the boxes of cardSpec() placed as a flex column would place them) and
// its drawing: a real PNG with the page's colours where the layout puts them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { layoutCard } from "../../../src/lib/site/cardLayout.ts";
import { ELLIPSIS, textWidth } from "../../../src/lib/site/cardText.ts";
import { cardFace } from "../../../src/lib/site/cardFonts.ts";
import { cardKey, cardSpec, drawCard, type CardContent } from "../../../src/lib/site/socialCard.ts";

const SRC = join(import.meta.dirname, "../../../src");
const ROOT = join(SRC, "..");
const figure = {
  who: "Volodymyr Zelensky",
  value: "up to 1,000",
  label: "Russian forces in Kursk",
};
const card: CardContent = {
  siteName: "Explainer Desk",
  host: "explainers.example.org",
  title: "Flood toll",
  dek: "How many died in the Arden flood, and who says so.",
  figure,
};
const layout = (content: CardContent) => layoutCard(cardSpec(content, false), SRC);
const lineOf = (content: CardContent, pred: (text: string) => boolean) =>
  layout(content).lines.find((l) => pred(l.line.text))!;

describe("layoutCard", () => {
  it("sets the site's name in capitals, letter-spaced, after the bar, and the host at the right", () => {
    const name = lineOf(card, (t) => t === "EXPLAINER DESK");
    const setting = { face: cardFace(SRC, "sans", 600), size: 26, letterSpacing: 2.5 };
    expect(name.line.width).toBeCloseTo(textWidth("EXPLAINER DESK", setting), 6);
    expect(name.x).toBe(72 + 56 + 20);
    const host = lineOf(card, (t) => t === card.host);
    expect(host.x + host.line.width).toBeCloseTo(1200 - 72, 6);
  });

  it("collapses runs of spaces and newlines, as CSS does", () => {
    const title = lineOf({ ...card, title: "Flood\n  toll" }, (t) => t.startsWith("Flood"));
    expect(title.line.text).toBe("Flood toll");
  });

  it("cuts a long site name before the host", () => {
    const long = { ...card, siteName: "The very long name of a publisher ".repeat(3) };
    const name = lineOf(long, (t) => t.startsWith("THE VERY"));
    const host = lineOf(long, (t) => t === card.host);
    expect(name.line.text.endsWith(ELLIPSIS)).toBe(true);
    expect(name.x + name.line.width).toBeLessThanOrEqual(host.x - 20);
  });

  it("cuts the claimant's name, never the value, and keeps the label on one line", () => {
    const who = "The Commander-in-Chief of the Armed Forces and Chief of the General Staff ".repeat(
      2,
    );
    const label =
      "Soldiers killed, wounded or missing in the region, by every count there is ".repeat(2);
    const content = { ...card, figure: { who, value: "more than 12,000", label } };
    const name = lineOf(content, (t) => t.startsWith("The Commander"));
    const value = lineOf(content, (t) => t === ": more than 12,000");
    expect(name.line.text.endsWith(ELLIPSIS)).toBe(true);
    expect(value.x).toBeCloseTo(name.x + name.line.width, 6);
    expect(value.x + value.line.width).toBeLessThanOrEqual(1128 + 1e-6);
    const cut = lineOf(content, (t) => t.startsWith("Soldiers"));
    expect(cut.line.text.endsWith(ELLIPSIS)).toBe(true);
    expect(cut.line.width).toBeLessThanOrEqual(1056);
    expect(cut.baseline).toBeGreaterThan(value.baseline);
  });

  it("centres the title and dek between the header and the footer", () => {
    for (const content of [
      card,
      { ...card, figure: undefined },
      { ...card, title: "A ".repeat(80) },
    ]) {
      const { block } = layout(content);
      expect(block.top - block.roomTop).toBeCloseTo(block.roomBottom - block.bottom, 6);
    }
    const withFooter = layout(card).block;
    const without = layout({ ...card, figure: undefined }).block;
    // Without a footer the room reaches the bottom padding.
    expect(without.roomBottom).toBe(630 - 44);
    expect(withFooter.roomBottom).toBeLessThan(without.roomBottom - 60);
    expect(withFooter.roomTop).toBe(52 + 37);
  });

  it("clamps a long title to its line limit with an ellipsis, and the dek to one line then", () => {
    const title = "Officials and aid groups give different counts of the dead ".repeat(4);
    const content = { ...card, title, dek: card.dek.repeat(4) };
    const drawing = layout(content);
    const titleLines = drawing.lines.filter((l) => l.size === 46);
    expect(titleLines).toHaveLength(4);
    expect(titleLines.at(-1)!.line.text.endsWith(ELLIPSIS)).toBe(true);
    for (const l of titleLines) expect(l.line.width).toBeLessThanOrEqual(1056);
    // Baselines a line-height (46 × 1.08, in whole pixels) apart.
    expect(titleLines[1]!.baseline - titleLines[0]!.baseline).toBe(50);
    const dek = drawing.lines.filter((l) => l.size === 28);
    expect(dek).toHaveLength(1);
    expect(dek[0]!.line.text.endsWith(ELLIPSIS)).toBe(true);
  });
});

/** The RGB of a pixel. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    info,
    at: (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ],
    /** How many pixels of a box are within `tolerance` of a colour. */
    count(box: [number, number, number, number], rgb: number[], tolerance = 24) {
      let n = 0;
      for (let y = box[1]; y < box[3]; y++)
        for (let x = box[0]; x < box[2]; x++) {
          const i = (y * info.width + x) * 3;
          if (rgb.every((v, k) => Math.abs(data[i + k]! - v) <= tolerance)) n++;
        }
      return n;
    },
  };
}

describe("drawCard", () => {
  it("draws a 1200×630 PNG: paper, the accent bar, ink where the title is and none elsewhere", async () => {
    const png = await drawCard(card, { srcDir: SRC });
    const img = await pixels(png);
    expect([img.info.width, img.info.height]).toEqual([1200, 630]);
    expect(img.at(0, 0)).toEqual([0xfd, 0xfc, 0xf9]);
    expect(img.at(1199, 629)).toEqual([0xfd, 0xfc, 0xf9]);
    // The bar: 56×6 at the left, centred on the header's line.
    expect(img.at(72, 70)).toEqual([0xb3, 0x26, 0x1e]);
    expect(img.at(127, 73)).toEqual([0xb3, 0x26, 0x1e]);
    expect(img.at(128, 70)).toEqual([0xfd, 0xfc, 0xf9]);
    // The title's line, from the layout: ink (#16181d) across it, and none above it.
    const title = lineOf(card, (t) => t === card.title);
    const top = title.baseline - 50;
    const box: [number, number, number, number] = [
      72,
      top,
      72 + Math.ceil(title.line.width),
      title.baseline,
    ];
    expect(img.count(box, [0x16, 0x18, 0x1d])).toBeGreaterThan(1000);
    expect(img.count([72, 95, 1128, top - 10], [0xfd, 0xfc, 0xf9], 0)).toBe(1056 * (top - 105));
    // The footer's rule, in the rule colour across the width.
    expect(img.count([72, 0, 1128, 630], [0xd9, 0xd6, 0xcf], 0)).toBeGreaterThanOrEqual(2 * 1056);
  });

  it("draws the same bytes for the same card, also with cards drawn at the same time", async () => {
    const other = { ...card, title: "Another title", figure: undefined };
    const [a, b] = await Promise.all([
      drawCard(card, { srcDir: SRC }),
      drawCard(other, { srcDir: SRC }),
    ]);
    expect(a.equals(await drawCard(card, { srcDir: SRC }))).toBe(true);
    expect(b.equals(await drawCard(other, { srcDir: SRC }))).toBe(true);
    expect(a.equals(b)).toBe(false);
  });

  it("draws the lead image darkened, more on the left, under light text", async () => {
    const background = readFileSync(join(ROOT, "test/fixtures/flood/assets/lead/river.jpg"));
    const png = await drawCard({ ...card, background }, { srcDir: SRC });
    const img = await pixels(png);
    expect(img.at(72, 70)).toEqual([0xff, 0x8a, 0x80]);
    const title = layoutCard(cardSpec(card, true), SRC).lines.find(
      (l) => l.line.text === card.title,
    )!;
    const box: [number, number, number, number] = [
      72,
      title.baseline - 50,
      72 + Math.ceil(title.line.width),
      title.baseline,
    ];
    expect(img.count(box, [0xfd, 0xfc, 0xf9])).toBeGreaterThan(1000);
    const light = (x: number) => img.at(x, 620).reduce((a, b) => a + b);
    expect(light(2)).toBeLessThan(3 * 120);
  });
});

describe("cardKey", () => {
  it("changes with what is drawn and with the lead image, and only then", () => {
    const options = { srcDir: SRC };
    const key = cardKey(card, options);
    expect(cardKey({ ...card }, options)).toBe(key);
    expect(cardKey({ ...card, figure: { ...figure, label: "Else" } }, options)).not.toBe(key);
    expect(cardKey({ ...card, background: new Uint8Array([1]) }, options)).not.toBe(key);
    expect(cardKey({ ...card, siteName: "Other" }, options)).not.toBe(key);
  });
});
