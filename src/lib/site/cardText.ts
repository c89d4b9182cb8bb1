// Setting a card's text: characters to positioned glyphs (font fallback, ligatures, kerning,
// letter-spacing), measured, broken into lines at spaces and after hyphens, and cut with an
// ellipsis where it does not fit, the way a browser sets a block of text.
import type { CardFace, CardFont } from "./cardFonts.ts";

/** How a piece of text is set. */
export interface TextSetting {
  face: CardFace;
  /** In px. */
  size: number;
  /** In px, added after every character (a ligature is one character). */
  letterSpacing?: number;
}

/** A glyph placed on a line: `x` in px from the line's start. */
export interface PlacedGlyph {
  font: CardFont;
  glyph: number;
  x: number;
}

/** A line of text set in glyphs, and its width in px (with every letter-spacing). */
export interface SetLine {
  text: string;
  glyphs: PlacedGlyph[];
  width: number;
}

export const ELLIPSIS = "…";

const isSpace = (char: string) => /^\s$/u.test(char);

/**
 * The font each character is drawn from: the latin font when it has the glyph, else the
 * latin-ext one; a character in neither (CJK, emoji) stays with the latin font and draws its
 * missing-glyph box. A space keeps the font of the run it is in, so kerning runs on across it.
 */
function fontRuns(text: string, face: CardFace): Array<{ font: CardFont; chars: string[] }> {
  const runs: Array<{ font: CardFont; chars: string[] }> = [];
  for (let char of text) {
    // A space neither font has (the narrow no-break space some locales group digits with) is
    // drawn as the nearest space they have, not as a missing-glyph box.
    if (isSpace(char) && !face.main.glyphOf(char) && !face.ext.glyphOf(char))
      char = char === "\u202f" && face.main.glyphOf("\u2009") ? "\u2009" : " ";
    const last = runs.at(-1);
    let font: CardFont;
    if (last && isSpace(char) && last.font.glyphOf(char)) font = last.font;
    else if (face.main.glyphOf(char) || !face.ext.glyphOf(char)) font = face.main;
    else font = face.ext;
    if (last?.font === font) last.chars.push(char);
    else runs.push({ font, chars: [char] });
  }
  return runs;
}

/** Set a string on one line, from x = 0. */
export function setLine(text: string, setting: TextSetting): SetLine {
  const { size, letterSpacing = 0 } = setting;
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const { font, chars } of fontRuns(text, setting.face)) {
    const scale = size / font.unitsPerEm;
    const ids = chars.map((c) => font.glyphOf(c));
    let prev = -1;
    for (let i = 0; i < ids.length; i++) {
      let glyph = ids[i]!;
      // A standard ligature ("fi", "ffl") is one glyph and one character; as in browsers, none
      // is used in letter-spaced text.
      const ligature =
        letterSpacing === 0
          ? font.ligatures(glyph)?.find((l) => l.rest.every((g, k) => ids[i + 1 + k] === g))
          : undefined;
      if (ligature) {
        glyph = ligature.glyph;
        i += ligature.rest.length;
      }
      if (prev >= 0) x += font.kern(prev, glyph) * scale;
      glyphs.push({ font, glyph, x });
      x += font.advance(glyph) * scale + letterSpacing;
      prev = glyph;
    }
  }
  return { text, glyphs, width: x };
}

/** The width of a string set on one line, in px. */
export const textWidth = (text: string, setting: TextSetting): number =>
  setLine(text, setting).width;

/**
 * The longest start of `text` that fits in `width` with an ellipsis after it (spaces before the
 * ellipsis dropped), set; at least one character is kept, as browsers do.
 */
export function withEllipsis(text: string, setting: TextSetting, width: number): SetLine {
  const chars = [...text.replace(/\s+$/u, "")];
  const room = width - textWidth(ELLIPSIS, setting);
  // Widths only grow with more characters (kerning aside), so a binary search finds the cut.
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join(""), setting) <= room) lo = mid;
    else hi = mid - 1;
  }
  return setLine(chars.slice(0, lo).join("").replace(/\s+$/u, "") + ELLIPSIS, setting);
}

/** Text on one line, cut with an ellipsis when it is wider than `width`. */
export function oneLine(text: string, setting: TextSetting, width: number): SetLine {
  const line = setLine(text, setting);
  return line.width <= width ? line : withEllipsis(text, setting, width);
}

/**
 * The words of a text with where a line may break after them: after the spaces that follow a
 * word, and after a hyphen inside a word ("well-|known").
 */
export function breakPieces(text: string): string[] {
  // Only the spaces CSS collapses are break opportunities: a no-break space keeps its words.
  return (
    text.match(/[^ \t\n\r\f-]+-+(?=[^ \t\n\r\f-])|[^ \t\n\r\f]+[ \t\n\r\f]*|[ \t\n\r\f]+/gu) ?? []
  );
}

/**
 * A block of text broken into lines of at most `width`, at most `maxLines` of them: the last
 * line kept ends with an ellipsis when text was left over, and a word wider than a whole line
 * is cut with one.
 */
export function wrapLines(
  text: string,
  setting: TextSetting,
  width: number,
  maxLines: number,
): SetLine[] {
  // Each line with its width as its words measured alone add up (as browsers measure words to
  // break lines), without the spaces after its last word.
  const lines: Array<{ text: string; width: number }> = [];
  let current = "";
  let currentWidth = 0;
  let trailingWidth = 0;
  const spaceWidth = new Map<string, number>();
  for (const piece of breakPieces(text.trim())) {
    const word = piece.replace(/[ \t\n\r\f]+$/u, "");
    const trailing = piece.slice(word.length);
    const wordWidth = textWidth(word, setting);
    if (current && currentWidth + wordWidth > width) {
      lines.push({ text: current, width: currentWidth - trailingWidth });
      current = "";
      currentWidth = 0;
      // One line more than is shown says text was left over; the rest is never measured (a
      // headline pasted whole into the wrong field is megabytes).
      if (lines.length > maxLines) break;
    }
    current += piece;
    let space = spaceWidth.get(trailing);
    if (space === undefined) {
      space = trailing ? textWidth(trailing, setting) : 0;
      spaceWidth.set(trailing, space);
    }
    currentWidth += wordWidth + space;
    trailingWidth = space;
  }
  if (current) lines.push({ text: current, width: currentWidth - trailingWidth });
  const shown = lines.slice(0, maxLines);
  return shown.map((line, i) => {
    // Only a word wider than the line overflows it (kerning across a space may add a hair to
    // the line drawn whole, which must not cut it).
    const overflows = line.width > width;
    if (overflows || (i === shown.length - 1 && lines.length > maxLines))
      return withEllipsis(line.text, setting, width);
    return setLine(line.text.replace(/[ \t\n\r\f]+$/u, ""), setting);
  });
}
