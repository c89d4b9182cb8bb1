// The social cards' fonts: Source Serif 4 and Source Sans 3 (SIL OFL 1.1, src/assets/fonts/),
// parsed once per process with opentype.js for their metrics, outlines and ligatures. Their
// kerning sits in GPOS extension lookups, which opentype.js does not read, so the pair
// adjustments are read here from the font's own table.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import opentype, { type Font } from "opentype.js";

export type CardFamily = "serif" | "sans";
export type CardWeight = 400 | 600 | 700;

/**
 * The font files by family and weight: the latin file, and the latin-ext one that a glyph the
 * latin file lacks is taken from ("ł", "Ø", "İ").
 */
const FONT_FILES: Record<
  CardFamily,
  Partial<Record<CardWeight, { latin: string; ext: string }>>
> = {
  serif: {
    600: {
      latin: "source-serif-4-latin-600-normal.woff",
      ext: "source-serif-4-latin-ext-600-normal.woff",
    },
    700: {
      latin: "source-serif-4-latin-700-normal.woff",
      ext: "source-serif-4-latin-ext-700-normal.woff",
    },
  },
  sans: {
    400: {
      latin: "source-sans-3-latin-400-normal.woff",
      ext: "source-sans-3-latin-ext-400-normal.woff",
    },
    600: {
      latin: "source-sans-3-latin-600-normal.woff",
      ext: "source-sans-3-latin-ext-600-normal.woff",
    },
  },
};

/** One parsed font file, with what drawing text needs of it. */
export interface CardFont {
  /** The file name: names the font in the glyph cache. */
  file: string;
  font: Font;
  unitsPerEm: number;
  /** The glyph of a character, 0 when the font has none. */
  glyphOf(char: string): number;
  /** The advance of a glyph, in font units. */
  advance(glyph: number): number;
  /** The kerning between two glyphs, in font units (negative brings them closer). */
  kern(left: number, right: number): number;
  /** The standard ligatures that start with a glyph, longest first ("ffi" before "ff"). */
  ligatures(first: number): ReadonlyArray<{ glyph: number; rest: number[] }> | undefined;
}

/** A family at one weight: the latin font, and the latin-ext one it falls back to. */
export interface CardFace {
  main: CardFont;
  ext: CardFont;
}

/** The bytes of each table of a WOFF 1 file, inflated. */
export function woffTables(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1 font");
  const tables = new Map<string, Buffer>();
  const count = buf.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = buf.toString("latin1", at, at + 4);
    const offset = buf.readUInt32BE(at + 4);
    const compLength = buf.readUInt32BE(at + 8);
    const origLength = buf.readUInt32BE(at + 12);
    const data = buf.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(data) : data);
  }
  return tables;
}

/** A coverage table: the index of a glyph in it, or -1. */
function coverageIndex(t: Buffer, at: number, glyph: number): number {
  const format = t.readUInt16BE(at);
  const count = t.readUInt16BE(at + 2);
  if (format === 1) {
    for (let i = 0; i < count; i++) if (t.readUInt16BE(at + 4 + i * 2) === glyph) return i;
    return -1;
  }
  for (let i = 0; i < count; i++) {
    const r = at + 4 + i * 6;
    const start = t.readUInt16BE(r);
    if (glyph >= start && glyph <= t.readUInt16BE(r + 2))
      return t.readUInt16BE(r + 4) + glyph - start;
  }
  return -1;
}

/** A class definition table: the class of a glyph (0 when it is in none). */
function glyphClass(t: Buffer, at: number, glyph: number): number {
  const format = t.readUInt16BE(at);
  if (format === 1) {
    const start = t.readUInt16BE(at + 2);
    const count = t.readUInt16BE(at + 4);
    return glyph >= start && glyph < start + count
      ? t.readUInt16BE(at + 6 + (glyph - start) * 2)
      : 0;
  }
  const count = t.readUInt16BE(at + 2);
  for (let i = 0; i < count; i++) {
    const r = at + 4 + i * 6;
    if (glyph >= t.readUInt16BE(r) && glyph <= t.readUInt16BE(r + 2)) return t.readUInt16BE(r + 4);
  }
  return 0;
}

const popcount = (n: number) => {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
};

/** Where a value record's XAdvance is, in bytes from its start, or -1 when it has none. */
const xAdvanceAt = (format: number) => (format & 4 ? ((format & 1) + ((format >> 1) & 1)) * 2 : -1);

/**
 * The kerning of a font: the 'kern' feature's pair adjustments (GPOS lookup type 2, also when
 * wrapped in extension lookups, type 9), as a function of two glyphs. Lookups add up; in each,
 * the first subtable that covers the pair decides, as in HarfBuzz. Contextual kerning (type 8)
 * is left out: these fonts use it for a few rare sequences.
 */
export function gposKerning(gpos: Buffer | undefined): (left: number, right: number) => number {
  if (!gpos) return () => 0;
  const featureList = gpos.readUInt16BE(6);
  const lookupList = gpos.readUInt16BE(8);
  const lookupIndexes = new Set<number>();
  const features = gpos.readUInt16BE(featureList);
  for (let i = 0; i < features; i++) {
    const r = featureList + 2 + i * 6;
    if (gpos.toString("latin1", r, r + 4) !== "kern") continue;
    const feature = featureList + gpos.readUInt16BE(r + 4);
    const n = gpos.readUInt16BE(feature + 2);
    for (let k = 0; k < n; k++) lookupIndexes.add(gpos.readUInt16BE(feature + 4 + k * 2));
  }
  // Each lookup as its list of pair-adjustment subtables (absolute offsets into the table).
  const lookups: number[][] = [];
  for (const index of [...lookupIndexes].sort((a, b) => a - b)) {
    const lookup = lookupList + gpos.readUInt16BE(lookupList + 2 + index * 2);
    const type = gpos.readUInt16BE(lookup);
    const count = gpos.readUInt16BE(lookup + 4);
    const subtables: number[] = [];
    for (let s = 0; s < count; s++) {
      let sub = lookup + gpos.readUInt16BE(lookup + 6 + s * 2);
      let subType = type;
      if (type === 9) {
        subType = gpos.readUInt16BE(sub + 2);
        sub += gpos.readUInt32BE(sub + 4);
      }
      if (subType === 2) subtables.push(sub);
    }
    if (subtables.length) lookups.push(subtables);
  }
  const pairValue = (sub: number, left: number, right: number): number | undefined => {
    const cov = coverageIndex(gpos, sub + gpos.readUInt16BE(sub + 2), left);
    if (cov < 0) return undefined;
    const format = gpos.readUInt16BE(sub);
    const vf1 = gpos.readUInt16BE(sub + 4);
    const vf2 = gpos.readUInt16BE(sub + 6);
    const size1 = popcount(vf1) * 2;
    const recordSize = size1 + popcount(vf2) * 2;
    const adv = xAdvanceAt(vf1);
    if (format === 1) {
      const set = sub + gpos.readUInt16BE(sub + 10 + cov * 2);
      const n = gpos.readUInt16BE(set);
      for (let i = 0; i < n; i++) {
        const r = set + 2 + i * (2 + recordSize);
        if (gpos.readUInt16BE(r) === right) return adv < 0 ? 0 : gpos.readInt16BE(r + 2 + adv);
      }
      return undefined;
    }
    if (format !== 2) return undefined;
    const class1 = glyphClass(gpos, sub + gpos.readUInt16BE(sub + 8), left);
    const class2 = glyphClass(gpos, sub + gpos.readUInt16BE(sub + 10), right);
    const class2Count = gpos.readUInt16BE(sub + 14);
    if (adv < 0) return 0;
    return gpos.readInt16BE(sub + 16 + (class1 * class2Count + class2) * recordSize + adv);
  };
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let value = cache.get(key);
    if (value === undefined) {
      value = 0;
      for (const subtables of lookups) {
        for (const sub of subtables) {
          const v = pairValue(sub, left, right);
          if (v !== undefined) {
            value += v;
            break;
          }
        }
      }
      cache.set(key, value);
    }
    return value;
  };
}

/** The standard ligatures (GSUB 'liga', ligature substitutions) by their first glyph. */
function ligatureMap(font: Font): Map<number, Array<{ glyph: number; rest: number[] }>> {
  const map = new Map<number, Array<{ glyph: number; rest: number[] }>>();
  const gsub = font.tables.gsub;
  if (!gsub) return map;
  for (const feature of gsub.features) {
    if (feature.tag !== "liga") continue;
    for (const index of feature.feature.lookupListIndexes) {
      const lookup = gsub.lookups[index];
      if (lookup?.lookupType !== 4) continue;
      for (const sub of lookup.subtables) {
        const firsts =
          sub.coverage.format === 1
            ? sub.coverage.glyphs
            : sub.coverage.ranges.flatMap((r) =>
                Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i),
              );
        firsts.forEach((first, i) => {
          const list = map.get(first) ?? [];
          for (const lig of sub.ligatureSets?.[i] ?? [])
            list.push({ glyph: lig.ligGlyph, rest: lig.components });
          map.set(first, list);
        });
      }
    }
  }
  return map;
}

function loadFont(srcDir: string, file: string): CardFont {
  const bytes = readFileSync(join(srcDir, "assets/fonts", file));
  const font = opentype.parse(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const kern = gposKerning(woffTables(bytes).get("GPOS"));
  const ligatures = ligatureMap(font);
  const glyphs = new Map<string, number>();
  const advances = new Map<number, number>();
  return {
    file,
    font,
    unitsPerEm: font.unitsPerEm,
    glyphOf(char) {
      let glyph = glyphs.get(char);
      if (glyph === undefined) {
        glyph = font.charToGlyphIndex(char) || 0;
        glyphs.set(char, glyph);
      }
      return glyph;
    },
    advance(glyph) {
      let advance = advances.get(glyph);
      if (advance === undefined) {
        advance = font.glyphs.get(glyph).advanceWidth ?? 0;
        advances.set(glyph, advance);
      }
      return advance;
    },
    kern,
    ligatures: (first) => ligatures.get(first),
  };
}

const faces = new Map<string, Record<CardFamily, Partial<Record<CardWeight, CardFace>>>>();

/** A family at a weight, its fonts parsed once per process (about 35 ms of CPU a file). */
export function cardFace(srcDir: string, family: CardFamily, weight: CardWeight): CardFace {
  let all = faces.get(srcDir);
  if (!all) {
    all = { serif: {}, sans: {} };
    faces.set(srcDir, all);
  }
  let face = all[family][weight];
  if (!face) {
    const files = FONT_FILES[family][weight];
    if (!files) throw new Error(`No card font for ${family} ${weight}`);
    face = { main: loadFont(srcDir, files.latin), ext: loadFont(srcDir, files.ext) };
    all[family][weight] = face;
  }
  return face;
}

const digests = new Map<string, string>();

/** Every card font's file name and bytes, hashed once per process: part of a card's key. */
export function cardFontsDigest(srcDir: string): string {
  let digest = digests.get(srcDir);
  if (!digest) {
    const hash = createHash("sha256");
    for (const [family, weights] of Object.entries(FONT_FILES))
      for (const [weight, files] of Object.entries(weights))
        for (const file of [files.latin, files.ext])
          hash
            .update(`${family}\0${weight}\0${file}\0`)
            .update(readFileSync(join(srcDir, "assets/fonts", file)));
    digest = hash.digest("hex");
    digests.set(srcDir, digest);
  }
  return digest;
}
