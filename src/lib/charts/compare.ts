import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import { valueExtent } from "../claims/format.ts";
import { textWidth, wrap } from "./labels.ts";
import { chartStyles, type SeriesStyle, type Shape } from "./palette.ts";
import { latestByClaimant } from "../claims/query.ts";
import { round2, valueScale } from "./scales.ts";
import { arrowClearance, boundArrow, chartWidth, clamp } from "./marks.ts";
import { MARK_SIZE, markRadius, symbolPath } from "./symbols.ts";
import { dayText, valueText } from "./text.ts";

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
  /** The figure in words. */
  label: string;
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
}

const ROW_HEIGHT = 36;
const TOP = 8;
const BOTTOM = 28;
const RIGHT = 16;

/**
 * A horizontal dot plot of each claimant's latest figure: one 36 px row per claimant, x the
 * figure (linear from 0, log beyond a 100× span), names in the left margin.
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
  const height = TOP + Math.max(1, latest.length) * ROW_HEIGHT + BOTTOM;
  const plot = { left, top: TOP, right, bottom: height - BOTTOM };

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
      label: valueText(c.value, locale),
      labelX: 0,
      labelAnchor: "start",
      labelY: y,
      kind: c.value.kind,
      y,
      x: 0,
      filled: c.value.kind !== "approx",
    };
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
    // clear of the names, else above the mark, flush with the right edge.
    const labelWidth = textWidth(row.label);
    if (to + 6 + labelWidth <= width - 2) {
      row.labelX = round2(to + 6);
    } else if (from - 6 - labelWidth >= plot.left) {
      row.labelX = round2(from - 6);
      row.labelAnchor = "end";
    } else {
      row.labelX = round2(clamp(to, plot.left + labelWidth, width - 2));
      row.labelAnchor = "end";
      row.labelY = round2(row.y - 13);
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
  if (x.type === "log") {
    geometry.xAxisNote = rows.some((row) => row.atFloor)
      ? "Log scale; 0 drawn at the left edge"
      : "Log scale";
  }
  return geometry;
}
