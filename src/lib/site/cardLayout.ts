// A card's geometry: from what it says and how (CardSpec, built in socialCard.ts) to rectangles
// and lines of glyphs at their places. The boxes are those of a flex column, as CSS would lay
// them out: the header row, then the title and dek centred in the room left, then the footer.
import { cardFace, type CardFamily, type CardWeight } from "./cardFonts.ts";
import { oneLine, setLine, wrapLines, type SetLine, type TextSetting } from "./cardText.ts";

/** How a piece of a card's text looks. */
export interface TextStyle {
  family: CardFamily;
  weight: CardWeight;
  /** In px. */
  size: number;
  /** A multiple of the size; the font's own line height when left out (CSS "normal"). */
  lineHeight?: number;
  /** In px. */
  letterSpacing?: number;
  uppercase?: boolean;
  /** "#rrggbb". */
  colour: string;
}

export interface CardText {
  text: string;
  style: TextStyle;
}

/** Everything a card is drawn from but the lead image: what it says, where and how. */
export interface CardSpec {
  width: number;
  height: number;
  padding: { top: number; x: number; bottom: number };
  /** The page colour, under the lead image when there is one. */
  paper: string;
  /**
   * The darkening over the lead image, from the left edge to the right (sRGB and alpha), so light
   * text reads on any picture.
   */
  overlay?: { rgb: [number, number, number]; alpha: [number, number] };
  header: {
    bar: { width: number; height: number; colour: string };
    gap: number;
    /** Left after the bar, cut with an ellipsis where the host needs the room. */
    name: CardText;
    /** At the right, whole. */
    host: CardText;
  };
  title: CardText & { lines: number };
  dek: CardText & { lines: number; marginTop: number };
  footer?: {
    rule: { width: number; colour: string };
    paddingTop: number;
    /** Cut with an ellipsis so that the value after it always fits. */
    who: CardText;
    value: CardText;
    label?: CardText & { marginTop: number };
  };
}

/** A line of glyphs to draw: its start at x, its baseline at y (px). */
export interface DrawnLine {
  line: SetLine;
  size: number;
  x: number;
  baseline: number;
  colour: string;
}

export interface CardDrawing {
  rects: Array<{ x: number; y: number; width: number; height: number; colour: string }>;
  lines: DrawnLine[];
  /** Where the title and dek sit, and the room they are centred in (px from the top). */
  block: { top: number; bottom: number; roomTop: number; roomBottom: number };
}

/** The text setting and vertical metrics of a style. */
function metrics(srcDir: string, style: TextStyle) {
  const face = cardFace(srcDir, style.family, style.weight);
  const { font, unitsPerEm } = face.main;
  const ascent = (font.ascender / unitsPerEm) * style.size;
  const descent = (-font.descender / unitsPerEm) * style.size;
  const exact = style.lineHeight ? style.lineHeight * style.size : ascent + descent;
  // As browsers do: ascent and descent rounded to pixels, half the leading floored, and each
  // line a whole number of pixels high.
  const asc = Math.round(ascent);
  const baseline = Math.round(asc + Math.floor((exact - asc - Math.round(descent)) / 2));
  const lineHeight = Math.round(exact);
  const setting: TextSetting = { face, size: style.size, letterSpacing: style.letterSpacing ?? 0 };
  return { setting, lineHeight, baseline };
}

/** The text as drawn: runs of spaces, tabs and newlines made one space, as CSS does. */
const shown = (t: CardText) => {
  const text = t.text.replace(/[ \t\n\r\f]+/g, " ");
  return t.style.uppercase ? text.toUpperCase() : text;
};

/** Lay a card out. */
export function layoutCard(spec: CardSpec, srcDir: string): CardDrawing {
  const rects: CardDrawing["rects"] = [];
  const lines: DrawnLine[] = [];
  const left = spec.padding.x;
  const inner = spec.width - 2 * spec.padding.x;
  const put = (line: SetLine, style: TextStyle, x: number, top: number, baseline: number) =>
    lines.push({ line, size: style.size, x, baseline: top + baseline, colour: style.colour });

  // The header row: bar, name and host centred on one another.
  const { header } = spec;
  const name = metrics(srcDir, header.name.style);
  const host = metrics(srcDir, header.host.style);
  const headerHeight = Math.max(header.bar.height, name.lineHeight, host.lineHeight);
  const headerTop = spec.padding.top;
  const hostLine = setLine(shown(header.host), host.setting);
  const nameX = left + header.bar.width + header.gap;
  const nameRoom = inner - header.bar.width - 2 * header.gap - hostLine.width;
  rects.push({
    x: left,
    y: headerTop + (headerHeight - header.bar.height) / 2,
    width: header.bar.width,
    height: header.bar.height,
    colour: header.bar.colour,
  });
  put(
    oneLine(shown(header.name), name.setting, nameRoom),
    header.name.style,
    nameX,
    headerTop + (headerHeight - name.lineHeight) / 2,
    name.baseline,
  );
  put(
    hostLine,
    header.host.style,
    left + inner - hostLine.width,
    headerTop + (headerHeight - host.lineHeight) / 2,
    host.baseline,
  );

  // The footer, from the bottom up: its height decides the room left for the title.
  const { footer } = spec;
  const bottom = spec.height - spec.padding.bottom;
  let footerTop = bottom;
  if (footer) {
    const who = metrics(srcDir, footer.who.style);
    const value = metrics(srcDir, footer.value.style);
    const label = footer.label && metrics(srcDir, footer.label.style);
    const rowHeight = Math.max(who.lineHeight, value.lineHeight);
    footerTop -=
      footer.rule.width +
      footer.paddingTop +
      rowHeight +
      (label && footer.label ? footer.label.marginTop + label.lineHeight : 0);
    rects.push({
      x: left,
      y: footerTop,
      width: inner,
      height: footer.rule.width,
      colour: footer.rule.colour,
    });
    const rowTop = footerTop + footer.rule.width + footer.paddingTop;
    // The value never gives way: the name is cut before it.
    const valueLine = setLine(shown(footer.value), value.setting);
    const whoLine = oneLine(shown(footer.who), who.setting, inner - valueLine.width);
    put(whoLine, footer.who.style, left, rowTop, who.baseline);
    put(valueLine, footer.value.style, left + whoLine.width, rowTop, value.baseline);
    if (label && footer.label)
      put(
        oneLine(shown(footer.label), label.setting, inner),
        footer.label.style,
        left,
        rowTop + rowHeight + footer.label.marginTop,
        label.baseline,
      );
  }

  // The title and dek, centred in what is left between header and footer.
  const { title, dek } = spec;
  const t = metrics(srcDir, title.style);
  const d = metrics(srcDir, dek.style);
  const titleLines = wrapLines(shown(title), t.setting, inner, title.lines);
  const dekLines = dek.text.trim() ? wrapLines(shown(dek), d.setting, inner, dek.lines) : [];
  const blockHeight =
    titleLines.length * t.lineHeight + dek.marginTop + dekLines.length * d.lineHeight;
  const roomTop = headerTop + headerHeight;
  const blockTop = roomTop + (footerTop - roomTop - blockHeight) / 2;
  titleLines.forEach((line, i) =>
    put(line, title.style, left, blockTop + i * t.lineHeight, t.baseline),
  );
  const dekTop = blockTop + titleLines.length * t.lineHeight + dek.marginTop;
  dekLines.forEach((line, i) => put(line, dek.style, left, dekTop + i * d.lineHeight, d.baseline));
  return {
    rects,
    lines,
    block: { top: blockTop, bottom: blockTop + blockHeight, roomTop, roomBottom: footerTop },
  };
}
