import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import { valueExtent } from "../claims/format.ts";
import { textWidth, wrap } from "./labels.ts";
import { chartStyles, type SeriesStyle, type Shape } from "./palette.ts";
import { latestByClaimant } from "../claims/query.ts";
import { round2, valueScale } from "./scales.ts";
import { arrowClearance, boundArrow, chartWidth, clamp } from "./marks.ts";
import { MARK_SIZE, markRadius, symbolPath } from "./symbols.ts";
import { dayText, figureText, shortDayText } from "./text.ts";
import { possessive, spreadOfLatest, type Spread } from "./describeTimeline.ts";
import { shortName } from "./annotate.ts";

/** "Zelensky's figure is 3× Pentagon's"; "… is far above Pentagon's zero". */
export function spreadLabel(
  spread: Spread,
  name: (id: string) => string,
  organisations?: ReadonlySet<string>,
): string {
  const short = (id: string) =>
    shortName(name(id), organisations ? !organisations.has(id) : undefined);
  const high = possessive(short(spread.high.claimant));
  const low = possessive(short(spread.low.claimant));
  const ceiling = spread.low.value.kind === "atMost" ? " ceiling" : "";
  if (spread.short === "") return `${high} figure against ${low} zero`;
  return `${high} figure is ${spread.short} ${low}${ceiling}`;
}

export interface CompareRow {
  claimant: string;
  name: string;
  /** Added: the name broken into at most two lines that fit the left margin (the last cut with …). */
  nameLines: string[];
  /** Added: where the name's right edge goes (text-anchor: end). */
  nameX: number;
  slot: number;
  shape: Shape;
  symbol: string;
  claimId: string;
  date: string;
  dateLabel: string;
  /** The figure in words, with its day: "3,000 (23 Dec)". */
  label: string;
  /** The figure in words alone. */
  figure: string;
  /** The label as drawn: one line, or the figure over its day; each line 14 px below the last. */
  labelLines: string[];
  /** Added: where the figure in words goes, beside the mark on the side with room. */
  labelX: number;
  labelAnchor: "start" | "end";
  /** The label's vertical centre: the row's line, or just above it when neither side has room. */
  labelY: number;
  kind: ClaimValue["kind"];
  /** The row's centre line. */
  y: number;
  /** The mark's centre: a range's at the middle of its bar. */
  x: number;
  /** range: the bar from x1 (low) to x2 (high). */
  x1?: number;
  x2?: number;
  /** atMost points left (lower), atLeast right. */
  arrow?: { direction: "left" | "right"; path: string };
  filled: boolean;
  /** Added: on a log scale a zero (or a range's low end of 0) sits at the left edge. */
  atFloor?: true;
  /** The figure is our conversion of the claimant's words (the claim's `inferred`). */
  inferred?: true;
  /** With a highlight: "strong" for it, "muted" for every other row. */
  emphasis?: "strong" | "muted";
}

/**
 * The disagreement drawn: a bracket under the rows from the lowest current figure to the
 * highest, labelled with how far apart they are ("Zelensky's figure is 3× Pentagon's").
 */
export interface CompareSpread {
  x1: number;
  x2: number;
  y: number;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "middle" | "end";
}

export interface CompareGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Figures abbreviated: "38k". Ascending. */
  xTicks: Array<{ x: number; label: string }>;
  rows: CompareRow[];
  xScale: "linear" | "log";
  /** Added: "Log scale" when the figures span more than 100×. */
  xAxisNote?: string;
  spread?: CompareSpread;
}

const ROW_HEIGHT = 40;
/** Room under the rows for the spread bracket and its label. */
const SPREAD_HEIGHT = 36;
const TOP = 8;
const BOTTOM = 28;
const RIGHT = 16;

/**
 * A horizontal dot plot of each claimant's latest figure: one 40 px row per claimant, x the
 * figure (linear from 0, log beyond a 100× span; the same domain at every width), names in the
 * left margin, each figure with its date beside its mark.
 */
export function compareGeometry(options: {
  claims: readonly Claim[];
  styles: ReadonlyMap<string, SeriesStyle>;
  names: ReadonlyMap<string, string>;
  width: number;
  at?: string;
  /** Which claims compare: running totals (default) or one-off figures for one episode. */
  scope?: Claim["scope"];
  locale?: string;
  /** A claim the story is about: drawn strong; the other rows muted. */
  highlight?: string | undefined;
  /** Claimants that are organisations: called by their whole name in the spread's label. */
  organisations?: ReadonlySet<string> | undefined;
  /** Draw the bracket from the lowest to the highest current figure, labelled with the ratio. */
  spread?: boolean | undefined;
}): CompareGeometry {
  const locale = options.locale ?? "en-GB";
  const width = chartWidth(options.width);
  const latest = latestByClaimant(options.claims, options.at, options.scope);
  const { style } = chartStyles(
    latest.map((c) => c.claimant),
    options.styles,
  );
  const name = (id: string) => options.names.get(id) ?? id;

  // Names get up to 35% of the width, on two lines if need be.
  const nameWidth = Math.min(
    Math.ceil(Math.max(40, ...latest.map((c) => textWidth(name(c.claimant))))),
    Math.floor(width * 0.35),
  );
  const left = nameWidth + 14;
  const right = width - RIGHT;
  const apart = options.spread ? spreadOfLatest(latest) : null;
  const rowsBottom = TOP + Math.max(1, latest.length) * ROW_HEIGHT;
  const height = rowsBottom + (apart ? SPREAD_HEIGHT : 0) + BOTTOM;
  const plot = { left, top: TOP, right, bottom: height - BOTTOM };
  const highlight = latest.some((c) => c.id === options.highlight) ? options.highlight : undefined;

  const x = valueScale({
    extents: latest.map((c) => valueExtent(c.value)),
    range: [left, right],
    ...arrowClearance(latest),
    tickCount: Math.min(5, Math.max(2, Math.floor((right - left) / 90))),
    locale,
  });

  const r = markRadius(MARK_SIZE);
  const rows = latest.map((c, i): CompareRow => {
    const { slot, shape } = style(c.claimant);
    const y = round2(TOP + (i + 0.5) * ROW_HEIGHT);
    const row: CompareRow = {
      claimant: c.claimant,
      name: name(c.claimant),
      nameLines: wrap(name(c.claimant), nameWidth, 2),
      nameX: round2(left - 8),
      slot,
      shape,
      symbol: symbolPath(shape, MARK_SIZE),
      claimId: c.id,
      date: c.date,
      dateLabel: dayText(c.date, locale),
      label: `${figureText(c, locale)} (${shortDayText(c.date, locale)})`,
      figure: figureText(c, locale),
      labelLines: [],
      labelX: 0,
      labelAnchor: "start",
      labelY: y,
      kind: c.value.kind,
      y,
      x: 0,
      filled: c.value.kind !== "approx",
    };
    if (c.inferred) row.inferred = true;
    if (highlight) row.emphasis = c.id === highlight ? "strong" : "muted";
    // The extent the mark, bar or arrow covers, to set the figure beside it.
    let from: number;
    let to: number;
    if (c.value.kind === "range") {
      const low = x.at(c.value.low);
      const high = x.at(c.value.high);
      row.x1 = round2(low.px);
      row.x2 = round2(high.px);
      row.x = round2((low.px + high.px) / 2);
      if (low.atFloor) row.atFloor = true;
      from = Math.min(row.x1, row.x - r);
      to = Math.max(row.x2, row.x + r);
    } else {
      const at = x.at(c.value.n);
      row.x = round2(at.px);
      if (at.atFloor) row.atFloor = true;
      from = row.x - r;
      to = row.x + r;
    }
    if (c.value.kind === "atLeast") {
      const { tip, path } = boundArrow(row.x, y, "x", 1, right, r);
      row.arrow = { direction: "right", path };
      to = tip;
    } else if (c.value.kind === "atMost") {
      const { tip, path } = boundArrow(row.x, y, "x", -1, left, r);
      row.arrow = { direction: "left", path };
      from = tip;
    }
    // The figure after the mark if it fits before the edge, else before the mark if that stays
    // clear of the names; else the same with the day on a second line; else above the mark,
    // flush with the right edge.
    const day = `(${shortDayText(c.date, locale)})`;
    const tries: string[][] = [[row.label], [row.figure, day]];
    let placed = false;
    for (const lines of tries) {
      const w = Math.max(...lines.map((l) => textWidth(l) * 1.08));
      const top = round2(y - ((lines.length - 1) * 14) / 2);
      if (to + 6 + w <= width - 2) {
        Object.assign(row, { labelX: round2(to + 6), labelAnchor: "start", labelY: top });
      } else if (from - 6 - w >= plot.left) {
        Object.assign(row, { labelX: round2(from - 6), labelAnchor: "end", labelY: top });
      } else continue;
      row.labelLines = lines;
      placed = true;
      break;
    }
    if (!placed) {
      const labelWidth = textWidth(row.label) * 1.08;
      row.labelX = round2(clamp(to, plot.left + labelWidth, width - 2));
      row.labelAnchor = "end";
      row.labelY = round2(row.y - 14);
      row.labelLines = [row.label];
    }
    return row;
  });

  const geometry: CompareGeometry = {
    width,
    height,
    plot,
    xTicks: latest.length === 0 ? [] : x.ticks.map((t) => ({ x: t.px, label: t.label })),
    rows,
    xScale: x.type,
  };
  if (apart) {
    const extent = (c: Claim) => valueExtent(c.value);
    const x1 = round2(x.at(extent(apart.low).high).px);
    const x2 = round2(x.at(extent(apart.high).low).px);
    const y = round2(rowsBottom + 8);
    const label = spreadLabel(apart, name, options.organisations);
    const w = textWidth(label);
    const mid = (x1 + x2) / 2;
    let labelX = round2(mid);
    let labelAnchor: CompareSpread["labelAnchor"] = "middle";
    if (mid + w / 2 > width - 2) {
      labelX = width - 2;
      labelAnchor = "end";
    } else if (mid - w / 2 < 2) {
      labelX = 2;
      labelAnchor = "start";
    }
    geometry.spread = { x1, x2, y, label, labelX, labelY: round2(y + 16), labelAnchor };
  }
  if (x.type === "log") {
    geometry.xAxisNote = rows.some((row) => row.atFloor)
      ? "Log scale; 0 drawn at the left edge"
      : "Log scale";
  }
  return geometry;
}
