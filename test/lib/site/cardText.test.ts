// Setting a card's text: font fallback, kerning, ligatures, letter-spacing, line breaking and
// cutting with an ellipsis, measured with the real card fonts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cardFace } from "../../../src/lib/site/cardFonts.ts";
import {
  breakPieces,
  ELLIPSIS,
  oneLine,
  setLine,
  textWidth,
  wrapLines,
  type TextSetting,
} from "../../../src/lib/site/cardText.ts";

const SRC = join(import.meta.dirname, "../../../src");
const serif: TextSetting = { face: cardFace(SRC, "serif", 700), size: 50 };
const sans: TextSetting = { face: cardFace(SRC, "sans", 400), size: 28 };

describe("setLine", () => {
  it("takes a glyph the latin font lacks from the latin-ext font of the same weight", () => {
    const line = setLine("Łódź", sans);
    expect(line.glyphs.map((g) => g.font === sans.face.ext)).toEqual([true, false, false, true]);
    for (const g of line.glyphs) expect(g.glyph).toBeGreaterThan(0);
    // A character in neither font draws the latin font's missing-glyph box.
    expect(setLine("東", sans).glyphs[0]).toMatchObject({ font: sans.face.main, glyph: 0 });
  });

  it("draws a space neither font has as a space they have, never a missing-glyph box", () => {
    // The narrow no-break space French and others group digits with.
    const line = setLine("12\u202f000", sans);
    expect(line.glyphs.every((g) => g.glyph > 0)).toBe(true);
    expect(line.width).toBeLessThan(textWidth("12 000", sans));
  });

  it("kerns pairs the font kerns", () => {
    const alone = textWidth("A", serif) + textWidth("V", serif);
    expect(textWidth("AV", serif)).toBeLessThan(alone - 2);
    expect(textWidth("To", serif)).toBeLessThan(textWidth("T", serif) + textWidth("o", serif));
  });

  it("adds letter-spacing after every character", () => {
    const spaced = { ...sans, letterSpacing: 2.5 };
    expect(textWidth("ABCD", spaced)).toBeCloseTo(textWidth("ABCD", sans) + 4 * 2.5, 6);
  });

  it("uses standard ligatures, but not in letter-spaced text", () => {
    expect(setLine("fi", serif).glyphs).toHaveLength(1);
    expect(setLine("office", serif).glyphs).toHaveLength(4);
    expect(setLine("fi", { ...serif, letterSpacing: -0.5 }).glyphs).toHaveLength(2);
  });
});

describe("breakPieces", () => {
  it.each([
    { text: "a b  c", expected: ["a ", "b  ", "c"] },
    { text: "well-known fact", expected: ["well-", "known ", "fact"] },
    { text: "-5 to 10", expected: ["-5 ", "to ", "10"] },
    { text: "up to\u00a01,000", expected: ["up ", "to\u00a01,000"] },
    { text: "", expected: [] },
  ])("$text", ({ text, expected }) => {
    expect(breakPieces(text)).toEqual(expected);
  });
});

describe("wrapLines", () => {
  const text = "alpha beta gamma delta epsilon";
  const twoWords = Math.max(textWidth("alpha beta", serif), textWidth("gamma delta", serif)) + 1;

  it("breaks at spaces, filling each line as far as it goes", () => {
    const lines = wrapLines(text, serif, twoWords, 5);
    expect(lines.map((l) => l.text)).toEqual(["alpha beta", "gamma delta", "epsilon"]);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(twoWords);
  });

  it("breaks after a hyphen", () => {
    const width = textWidth("alpha well-", serif) + 1;
    expect(wrapLines("alpha well-known", serif, width, 3).map((l) => l.text)).toEqual([
      "alpha well-",
      "known",
    ]);
  });

  it("ends the last line it keeps with an ellipsis when text is left over", () => {
    const lines = wrapLines(text, serif, twoWords, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.text).toBe("alpha beta");
    expect(lines[1]!.text.endsWith(ELLIPSIS)).toBe(true);
    expect(lines[1]!.text.startsWith("gamma")).toBe(true);
    expect(lines[1]!.width).toBeLessThanOrEqual(twoWords);
  });

  it("sets a text far longer than its lines the same as one just too long for them", () => {
    const just = wrapLines("alpha beta ".repeat(4), serif, twoWords, 2);
    const huge = wrapLines("alpha beta ".repeat(100_000), serif, twoWords, 2);
    expect(huge.map((l) => l.text)).toEqual(just.map((l) => l.text));
    expect(huge[1]!.text.endsWith(ELLIPSIS)).toBe(true);
  });

  it("cuts a word wider than a line with an ellipsis, and goes on on the next line", () => {
    const width = textWidth("alpha beta", serif);
    const lines = wrapLines("Donaudampfschifffahrtsgesellschaft ahoy", serif, width, 3);
    expect(lines.map((l) => l.text)).toEqual([expect.stringMatching(/^Donau.*…$/), "ahoy"]);
    expect(lines[0]!.width).toBeLessThanOrEqual(width);
    // As much of the word as fits is kept.
    const kept = lines[0]!.text.slice(0, -1);
    expect(textWidth(`${kept}x${ELLIPSIS}`, serif)).toBeGreaterThan(width - 40);
  });
});

describe("oneLine", () => {
  it("keeps text that fits and cuts text that does not", () => {
    expect(oneLine("Short", sans, 500).text).toBe("Short");
    const cut = oneLine("A name far too long for the room it is given on the card", sans, 200);
    expect(cut.text).toMatch(/^A name .*…$/);
    expect(cut.width).toBeLessThanOrEqual(200);
    expect(cut.text).not.toMatch(/\s…$/);
  });
});
