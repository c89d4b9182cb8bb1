// Social cards: the 1200×630 PNG a link preview shows (/og/<slug>.png, /og/site.png). Laid out
// as a plain element tree by satori (no React), drawn to PNG by resvg, with the project's own
// fonts (Source Serif 4 and Source Sans 3, SIL OFL 1.1, in src/assets/fonts/). A card is kept
// in <root>/.astro/social-cards/ under the hash of everything it is drawn from, so a build
// only draws the cards whose text, fonts, lead image or layout changed.
import { Resvg } from "@resvg/resvg-js";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import satori from "satori";
import sharp from "sharp";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { Subject } from "../../schemas/subject.ts";
import { formatValue } from "../claims/format.ts";
import { claimantName } from "../claims/names.ts";
import { mdxOutline } from "../content/mdxSource.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The renderer's version: part of every card's cache key, with the element tree (so a change to
 * the layout in cardTree() needs nothing here). Change it when the drawing changes another way:
 * drawCard(), the lead image's darkening, or satori, resvg or sharp upgrades that alter pixels.
 */
export const CARD_RENDERER_VERSION = "social-card/3";

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

/**
 * The fonts a card uses, by file in src/assets/fonts/. Satori looks for a missing glyph only in
 * the other families of a font-family list, so latin-ext has a family name of its own.
 */
const FONT_FILES = [
  { name: "Source Serif 4", weight: 700, file: "source-serif-4-latin-700-normal.woff" },
  { name: "Source Serif 4", weight: 600, file: "source-serif-4-latin-600-normal.woff" },
  { name: "Source Sans 3", weight: 400, file: "source-sans-3-latin-400-normal.woff" },
  { name: "Source Sans 3", weight: 600, file: "source-sans-3-latin-600-normal.woff" },
  { name: "Source Serif 4 Ext", weight: 700, file: "source-serif-4-latin-ext-700-normal.woff" },
  { name: "Source Serif 4 Ext", weight: 600, file: "source-serif-4-latin-ext-600-normal.woff" },
  { name: "Source Sans 3 Ext", weight: 400, file: "source-sans-3-latin-ext-400-normal.woff" },
  { name: "Source Sans 3 Ext", weight: 600, file: "source-sans-3-latin-ext-600-normal.woff" },
] as const;

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

type Style = Record<string, string | number>;
interface CardNode {
  type: string;
  props: { style?: Style; src?: string; width?: number; height?: number; children?: CardChild };
}
type CardChild = string | CardNode | Array<CardNode | null>;

const node = (type: string, style: Style, children?: CardChild, extra: object = {}): CardNode => ({
  type,
  props: { style, children, ...extra },
});

interface LoadedFont {
  name: string;
  weight: 400 | 600 | 700;
  style: "normal";
  data: Buffer;
}
const fontCache = new Map<string, LoadedFont[]>();

/**
 * The card fonts, read once per build. The same array every time: satori keeps the parsed fonts
 * for the array it was given, and parsing them again is most of the cost of a card (about 130
 * ms of CPU against 15 for the layout itself).
 */
function loadFonts(srcDir: string): LoadedFont[] {
  let fonts = fontCache.get(srcDir);
  if (!fonts) {
    fonts = FONT_FILES.map((f) => ({
      name: f.name,
      weight: f.weight,
      style: "normal" as const,
      data: readFileSync(join(srcDir, "assets/fonts", f.file)),
    }));
    fontCache.set(srcDir, fonts);
  }
  return fonts;
}

const fontsDigests = new Map<string, string>();

/** Every card font's name, weight and bytes, hashed once per build. */
function fontsDigest(srcDir: string): string {
  let digest = fontsDigests.get(srcDir);
  if (!digest) {
    const hash = createHash("sha256");
    for (const font of loadFonts(srcDir))
      hash.update(`${font.name}\0${font.weight}\0`).update(font.data);
    digest = hash.digest("hex");
    fontsDigests.set(srcDir, digest);
  }
  return digest;
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

/** Text on one line, cut with an ellipsis when it does not fit. */
const oneLine = (style: Style, text: string): CardNode =>
  node(
    "div",
    {
      display: "block",
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
      ...style,
    },
    text,
  );

const SERIF = '"Source Serif 4", "Source Serif 4 Ext"';
const SANS = '"Source Sans 3", "Source Sans 3 Ext"';
const PAD_X = 72;
const INNER = CARD_WIDTH - 2 * PAD_X;

/** The satori tree of a card. */
export function cardTree(content: CardContent, backgroundDataUrl?: string): CardNode {
  const c = backgroundDataUrl ? ON_IMAGE : LIGHT;
  const sans = { fontFamily: SANS };
  const { size, lines } = titleFit(content.title);
  const header = node("div", { display: "flex", alignItems: "center", width: INNER, gap: 20 }, [
    node("div", { width: 56, height: 6, flexShrink: 0, backgroundColor: c.accent }),
    oneLine(
      {
        ...sans,
        flexGrow: 1,
        fontWeight: 600,
        fontSize: 26,
        letterSpacing: 2.5,
        textTransform: "uppercase",
        color: c.ink,
      },
      content.siteName,
    ),
    node("div", { ...sans, flexShrink: 0, fontSize: 22, color: c.muted }, content.host),
  ]);
  const title = node(
    "div",
    {
      display: "block",
      lineClamp: lines,
      width: INNER,
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: size,
      lineHeight: 1.08,
      letterSpacing: -0.5,
      color: c.ink,
    },
    content.title,
  );
  const dek = node(
    "div",
    {
      display: "block",
      lineClamp: lines === 4 ? 1 : 2,
      width: INNER,
      marginTop: 18,
      ...sans,
      fontSize: 28,
      lineHeight: 1.3,
      color: c.muted,
    },
    content.dek,
  );
  const { figure } = content;
  // The value never gives way: a long claimant name is cut before it.
  const footer = figure
    ? node(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          width: INNER,
          flexShrink: 0,
          paddingTop: 16,
          borderTop: `2px solid ${c.rule}`,
        },
        [
          node(
            "div",
            {
              display: "flex",
              width: INNER,
              fontFamily: SERIF,
              fontSize: 32,
              color: c.ink,
            },
            [
              oneLine({ flexShrink: 1, minWidth: 0, fontWeight: 600 }, figure.who),
              node(
                "div",
                { flexShrink: 0, fontWeight: 700, whiteSpace: "pre" },
                `: ${figure.value}`,
              ),
            ],
          ),
          figure.label
            ? oneLine(
                { ...sans, width: INNER, marginTop: 2, fontSize: 22, color: c.muted },
                figure.label,
              )
            : null,
        ],
      )
    : null;
  const layers: CardNode[] = [];
  if (backgroundDataUrl) {
    layers.push(
      node("img", { position: "absolute", left: 0, top: 0 }, undefined, {
        src: backgroundDataUrl,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      }),
      // A second darkening, heavier where the text sits, so light text reads on any picture.
      node("div", {
        position: "absolute",
        left: 0,
        top: 0,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        backgroundImage: "linear-gradient(90deg, rgba(10,11,14,0.6), rgba(10,11,14,0.2))",
      }),
    );
  }
  return node(
    "div",
    {
      display: "flex",
      position: "relative",
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: c.paper,
    },
    [
      ...layers,
      node(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          // Above the picture (positioned boxes paint over unpositioned ones), padding inside.
          position: "relative",
          boxSizing: "border-box",
          width: CARD_WIDTH,
          height: CARD_HEIGHT,
          padding: `52px ${PAD_X}px 44px`,
        },
        [
          header,
          node(
            "div",
            {
              display: "flex",
              flexDirection: "column",
              flexGrow: 1,
              flexShrink: 1,
              minHeight: 0,
              justifyContent: "center",
              overflow: "hidden",
            },
            [title, dek],
          ),
          footer,
        ],
      ),
    ],
  );
}

/** The lead image cut to the card's shape and darkened, as a data URL satori can draw. */
async function darkenedBackground(bytes: Uint8Array): Promise<string> {
  const jpeg = await sharp(bytes)
    .rotate()
    .resize(CARD_WIDTH, CARD_HEIGHT, { fit: "cover", position: "attention" })
    .linear(0.55, 0)
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}

/**
 * The cache key: everything a card is drawn from. The element tree itself (so its text, sizes,
 * colours and font names: a change to cardTree() is a new key by itself), the renderer's
 * version, every font's name, weight and bytes, and the lead image's bytes.
 */
export function cardKey(content: CardContent, options: Pick<CardOptions, "srcDir">): string {
  const hash = createHash("sha256");
  const { background, ...text } = content;
  const tree = cardTree(text, background ? "(the lead image)" : undefined);
  hash.update(`${CARD_RENDERER_VERSION}\0${JSON.stringify(tree)}\0`);
  hash.update(fontsDigest(options.srcDir));
  hash.update("\0");
  if (background) hash.update(background);
  return hash.digest("hex");
}

/** Draw a card to PNG, without the cache. */
export async function drawCard(content: CardContent, options: Pick<CardOptions, "srcDir">) {
  const fonts = loadFonts(options.srcDir);
  const background = content.background ? await darkenedBackground(content.background) : undefined;
  const svg = await satori(cardTree(content, background) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  const image = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false },
  }).render();
  // libvips's PNG encoder at a low zlib level: a third of the time of resvg's own, and a file no
  // bigger (a card is flat colour and text).
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
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
 * project folder is `root` and whose src/ is `srcDir`, published at `siteUrl`. The card route and
 * the build's head start (cardJobs.ts) both ask here, so their cards are the same cards.
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
