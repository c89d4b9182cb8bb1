// Social cards: the 1200×630 PNG a link preview shows (/og/<slug>.png, /og/site.png), in the
// project's own fonts (Source Serif 4 and Source Sans 3, SIL OFL 1.1, in src/assets/fonts/).
// cardSpec() says what a card shows and how; cardLayout.ts sets the text and places it,
// glyphRaster.ts draws each glyph once per process and blends it in, and libvips (sharp) darkens
// the lead image and encodes the PNG. A card is kept in <root>/.astro/social-cards/ under the
// hash of everything it is drawn from, so a build only draws the cards whose text, fonts, lead
// image or layout changed.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import sharp from "sharp";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { Subject } from "../../schemas/subject.ts";
import { formatValue } from "../claims/format.ts";
import { claimantName } from "../claims/names.ts";
import { mdxOutline } from "../content/mdxSource.ts";
import { cardFontsDigest } from "./cardFonts.ts";
import { layoutCard, type CardSpec } from "./cardLayout.ts";
import { drawGlyphs, fillRect, rgb, type RgbImage } from "./glyphRaster.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The renderer's version: part of every card's cache key, with the card's spec (so a change to
 * what cardSpec() returns needs nothing here). Change it when the drawing changes another way:
 * the layout (cardLayout.ts, cardText.ts), the glyph rasteriser, the lead image's darkening, or
 * a sharp upgrade that alters pixels.
 */
export const CARD_RENDERER_VERSION = "social-card/4";

/** The page's colour tokens (src/styles/global.css, light scheme), and their dark-mode pair. */
const LIGHT = {
  paper: "#fdfcf9",
  ink: "#16181d",
  muted: "#4f5661",
  rule: "#d9d6cf",
  accent: "#b3261e",
};
const ON_IMAGE = {
  paper: "#14161a",
  ink: "#fdfcf9",
  muted: "#dcdad4",
  rule: "#8a8d93",
  accent: "#ff8a80",
};

/** An explainer's headline figure, as its card shows it. */
export interface HeadlineFigure {
  who: string;
  value: string;
  /** The claim's subject. */
  label?: string;
}

/** What a card says. An explainer's card has a title and a dek; the site's has its tagline. */
export interface CardContent {
  siteName: string;
  /** The host the card links to, shown small ("explainers.example.org"). */
  host: string;
  title: string;
  /** The dek, or the site's description on the site card. */
  dek: string;
  /**
   * The headline figure: who gave it, the value in words and what it counts, drawn as
   * "Volodymyr Zelensky: up to 1,000" over "Russian forces in Kursk".
   */
  figure?: HeadlineFigure;
  /** The lead image's file bytes: drawn darkened behind the text. */
  background?: Uint8Array;
}

export interface CardOptions {
  /** The site's src/ folder: fonts are read from src/assets/fonts/. */
  srcDir: string;
  /** Where cards are kept between builds. */
  cacheDir: string;
}

/**
 * The title's size and line limit: the largest step at which the title should fit in three
 * lines (four at the smallest), estimated from its length; a title longer than even that is cut
 * with an ellipsis rather than pushed off the card.
 */
export function titleFit(title: string): { size: number; lines: number } {
  // Source Serif 4 Bold averages about half an em per character in headline text; words wrap,
  // so a line holds a little less than the width allows.
  const width = CARD_WIDTH - 2 * 72;
  const steps = [76, 66, 58, 50];
  for (const size of steps) {
    const perLine = Math.floor((width / (size * 0.5)) * 0.9);
    if (Math.ceil(title.length / perLine) <= 3) return { size, lines: 3 };
  }
  return { size: 46, lines: 4 };
}

const PAD_X = 72;

/**
 * What a card shows and how: its text, sizes, fonts and colours, on the page colour or (with
 * `onImage`) over the darkened lead image.
 */
export function cardSpec(content: Omit<CardContent, "background">, onImage: boolean): CardSpec {
  const c = onImage ? ON_IMAGE : LIGHT;
  const { size, lines } = titleFit(content.title);
  const { figure } = content;
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    padding: { top: 52, x: PAD_X, bottom: 44 },
    paper: c.paper,
    // A second darkening, heavier where the text sits.
    ...(onImage ? { overlay: { rgb: [10, 11, 14], alpha: [0.6, 0.2] } } : {}),
    header: {
      bar: { width: 56, height: 6, colour: c.accent },
      gap: 20,
      name: {
        text: content.siteName,
        style: {
          family: "sans",
          weight: 600,
          size: 26,
          letterSpacing: 2.5,
          uppercase: true,
          colour: c.ink,
        },
      },
      host: {
        text: content.host,
        style: { family: "sans", weight: 400, size: 22, colour: c.muted },
      },
    },
    title: {
      text: content.title,
      lines,
      style: {
        family: "serif",
        weight: 700,
        size,
        lineHeight: 1.08,
        letterSpacing: -0.5,
        colour: c.ink,
      },
    },
    dek: {
      text: content.dek,
      lines: lines === 4 ? 1 : 2,
      marginTop: 18,
      style: { family: "sans", weight: 400, size: 28, lineHeight: 1.3, colour: c.muted },
    },
    ...(figure
      ? {
          footer: {
            rule: { width: 2, colour: c.rule },
            paddingTop: 16,
            who: {
              text: figure.who,
              style: { family: "serif", weight: 600, size: 32, colour: c.ink },
            },
            value: {
              text: `: ${figure.value}`,
              style: { family: "serif", weight: 700, size: 32, colour: c.ink },
            },
            ...(figure.label
              ? {
                  label: {
                    text: figure.label,
                    marginTop: 2,
                    style: { family: "sans", weight: 400, size: 22, colour: c.muted },
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}

/** The lead image cut to the card's shape and darkened, as RGB pixels. */
async function darkenedBackground(bytes: Uint8Array): Promise<Uint8Array> {
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize(CARD_WIDTH, CARD_HEIGHT, { fit: "cover", position: "attention" })
    .linear(0.55, 0)
    .toColourspace("srgb")
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`Lead image decoded to ${info.channels} channels`);
  return data;
}

/** Darken an image towards a colour, by an alpha that runs from the left edge to the right. */
function overlay(image: RgbImage, { rgb: colour, alpha }: NonNullable<CardSpec["overlay"]>) {
  const { width, height, data } = image;
  // Per channel of each pixel in a row: what is kept of the picture, and what the colour adds.
  const keep = new Float32Array(width * 3);
  const add = new Float32Array(width * 3);
  for (let x = 0; x < width; x++) {
    // The gradient's value at the pixel's centre, as an SVG renderer samples it.
    const a = alpha[0] + (alpha[1] - alpha[0]) * ((x + 0.5) / width);
    for (let ch = 0; ch < 3; ch++) {
      keep[x * 3 + ch] = 1 - a;
      add[x * 3 + ch] = colour[ch]! * a + 0.5;
    }
  }
  const row = width * 3;
  for (let y = 0; y < height; y++) {
    const start = y * row;
    for (let i = 0; i < row; i++) data[start + i] = data[start + i]! * keep[i]! + add[i]!;
  }
}

/** Fill an image with one colour. */
function fill(image: RgbImage, colour: readonly [number, number, number]) {
  const { data } = image;
  const row = image.width * 3;
  for (let i = 0; i < row; i += 3) data.set(colour, i);
  // Then copy what is filled onto the rest, doubling it each time.
  for (let done = row; done < data.length; done *= 2)
    data.copyWithin(done, 0, Math.min(done, data.length - done));
}

/**
 * The cache key: everything a card is drawn from. Its spec (text, sizes, colours and fonts: a
 * change to cardSpec() is a new key by itself), the renderer's version, every font's bytes, and
 * the lead image's bytes.
 */
export function cardKey(content: CardContent, options: Pick<CardOptions, "srcDir">): string {
  const hash = createHash("sha256");
  const { background, ...text } = content;
  const spec = cardSpec(text, background !== undefined);
  hash.update(`${CARD_RENDERER_VERSION}\0${JSON.stringify(spec)}\0`);
  hash.update(cardFontsDigest(options.srcDir));
  hash.update("\0");
  if (background) hash.update(background);
  return hash.digest("hex");
}

/**
 * Pixel buffers not in use. A card's 2.3 MB buffer is taken from here and given back once its
 * PNG is encoded: allocating one per card cost more in garbage collection than drawing the text.
 */
const spareBuffers: Uint8Array[] = [];

/** Draw a card to PNG, without the cache. */
export async function drawCard(content: CardContent, options: Pick<CardOptions, "srcDir">) {
  const { background, ...text } = content;
  const spec = cardSpec(text, background !== undefined);
  const size = spec.width * spec.height * 3;
  let data = spareBuffers.pop();
  if (data?.length !== size) data = new Uint8Array(size);
  try {
    return await drawInto(
      { width: spec.width, height: spec.height, data },
      spec,
      background,
      options,
    );
  } finally {
    spareBuffers.push(data);
  }
}

/** Draw a card into a pixel buffer of its size, and encode it. */
async function drawInto(
  image: RgbImage,
  spec: CardSpec,
  background: Uint8Array | undefined,
  options: Pick<CardOptions, "srcDir">,
): Promise<Buffer> {
  if (background) {
    image.data.set(await darkenedBackground(background));
    if (spec.overlay) overlay(image, spec.overlay);
  } else {
    fill(image, rgb(spec.paper));
  }
  const drawing = layoutCard(spec, options.srcDir);
  for (const r of drawing.rects) fillRect(image, r.x, r.y, r.width, r.height, rgb(r.colour));
  for (const l of drawing.lines)
    drawGlyphs(image, l.line.glyphs, l.size, l.x, l.baseline, rgb(l.colour));
  // libvips's PNG encoder at a low zlib level: a card is flat colour and text.
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .png({ compressionLevel: 3 })
    .toBuffer();
}

/** A card as PNG bytes: from the cache when the same inputs were drawn before, else drawn. */
export async function renderCard(content: CardContent, options: CardOptions): Promise<Uint8Array> {
  const file = join(options.cacheDir, `${cardKey(content, options)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet.
  }
  const png = await drawCard(content, options);
  mkdirSync(options.cacheDir, { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/**
 * An explainer's headline figure: the first <Claim> its body cites, in words, with who said it
 * and the subject it counts.
 */
export function headlineFigure(
  filePath: string,
  body: string,
  data: {
    claims: ReadonlyMap<string, Claim>;
    claimants: ReadonlyMap<string, Claimant>;
    subjects: ReadonlyMap<string, Subject>;
  },
  locale: string,
  /** The claim the front matter names as the story's headline figure, if any. */
  headline?: string,
): HeadlineFigure | undefined {
  const use = mdxOutline(filePath, body).elements.find((e) => e.name === "Claim");
  const id = headline ?? use?.props.id?.value;
  const claim = typeof id === "string" ? data.claims.get(id) : undefined;
  if (!claim) return undefined;
  return {
    who: claimantName(claim.claimant, data.claimants),
    value: formatValue(claim.value, locale),
    label: data.subjects.get(claim.subject)?.label,
  };
}

/**
 * What every card of a site says of the site, and where its cards are kept: for the site whose
 * project folder is `root` and whose src/ is `srcDir`, published at `siteUrl`. The card routes and
 * `npm run build`'s own cards (cardJobs.ts) both ask here, so their cards are the same cards.
 */
export function cardSetup(
  root: string,
  srcDir: string,
  siteUrl: string,
  siteName: string,
): { content: Pick<CardContent, "siteName" | "host">; options: CardOptions } {
  return {
    content: { siteName, host: new URL(siteUrl).host },
    // Kept between builds (scripts/build.ts replaces dist/ only; .astro/ stays).
    options: { srcDir, cacheDir: `${join(root, ".astro", "social-cards")}${sep}` },
  };
}

/** An explainer's card words: its title, dek and headline figure, under the site's name. */
export function explainerCardText(
  site: Pick<CardContent, "siteName" | "host">,
  fm: { title: string; dek: string; headline?: string | undefined },
  filePath: string,
  body: string,
  data: Parameters<typeof headlineFigure>[2],
  locale: string,
): CardContent {
  return {
    ...site,
    title: fm.title,
    dek: fm.dek,
    figure: headlineFigure(filePath, body, data, locale, fm.headline),
  };
}

/** The slug of the site's own card, /og/site.png. */
export const SITE_CARD_SLUG = "site";
