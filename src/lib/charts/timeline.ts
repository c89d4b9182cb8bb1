import { line } from "d3-shape";
import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import { valueExtent } from "../claims/format.ts";
import { dodge, spreadLabels, stackRows, textWidth, truncate } from "./labels.ts";
import { byDateThenId, compareText } from "../util/ordering.ts";
import { chartStyles, type SeriesStyle, type Shape } from "./palette.ts";
import {
  dateScale,
  dateTicks,
  parseDay,
  round2,
  valueScale,
  type DateTick,
  type ValueScale,
} from "./scales.ts";
import { arrowClearance, boundArrow, chartWidth, clamp } from "./marks.ts";
import { MARK_SIZE, symbolPath } from "./symbols.ts";
import { dayText, valueText } from "./text.ts";

export interface TimelineOptions {
  /** Already filtered by the caller to one subject and metric. */
  claims: readonly Claim[];
  /** Already chosen (chartEvents in src/lib/claims/chartSelection.ts): every one is drawn. */
  events?: readonly ChartEvent[];
  /** From assignStyles, site-wide. */
  styles: ReadonlyMap<string, SeriesStyle>;
  /** Claimant id to display name, for labels and the legend. */
  names: ReadonlyMap<string, string>;
  /** Total SVG width in px; below 320 the chart is laid out for 320. */
  width: number;
  /** Default "en-GB". */
  locale?: string;
}

export interface TimelineMark {
  claimId: string;
  claimant: string;
  slot: number;
  shape: Shape;
  kind: ClaimValue["kind"];
  /** Added: cumulative or event, so the component can say which. */
  scope: Claim["scope"];
  /** Added: the claim's day, YYYY-MM-DD. */
  date: string;
  /** The mark's centre: a range's at the middle of its bar, a bound's at the bound. */
  x: number;
  y: number;
  /** point, range, atLeast, atMost: filled; approx: hollow. */
  filled: boolean;
  /** symbolPath(shape, MARK_SIZE), centred on 0,0: translate it to x,y. */
  symbol: string;
  /** range: a capped vertical bar from y1 (low, lower on screen: y1 > y2) to y2 (high). */
  range?: { y1: number; y2: number; capHalfWidth: number };
  /** atLeast points up, atMost down: an absolute path from the mark's edge to the open side. */
  arrow?: { direction: "up" | "down"; path: string };
  /** Event claims: a horizontal bar across their period at y. */
  span?: { x1: number; x2: number };
  /** Another plotted claim revises this one: draw it faded. */
  superseded: boolean;
  /** Added: on a log scale a zero cannot be drawn; this mark (or a range's low end) sits on the floor. */
  atFloor?: true;
  /** The figure in words: "roughly 1,000". */
  label: string;
  /** "23 December 2024". */
  dateLabel: string;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** The plotting rectangle, absolute px. */
  plot: { left: number; top: number; right: number; bottom: number };
  yScale: "linear" | "log";
  yAxisNote?: string;
  /** Added: where the note goes (text-anchor start), in a row reserved above the plot. */
  yAxisNoteAt?: { x: number; y: number };
  /** Added `anchor`: "middle", or "start"/"end" where a label would run off the SVG. */
  xTicks: DateTick[];
  /** Ascending by figure (so y decreases); the first is the baseline. */
  yTicks: Array<{ y: number; label: string }>;
  marks: TimelineMark[];
  lines: Array<{ claimant: string; slot: number; d: string }>;
  revisions: Array<{ from: string; to: string; d: string }>;
  /** Rules run from plot.top to plot.bottom at x; the label sits above the plot at labelX. */
  events: Array<{
    id: string;
    x: number;
    label: string;
    labelY: number;
    anchor: "start" | "end";
    /** Added: where the label's anchor is (a few px beside the rule). */
    labelX: number;
  }>;
  /** Direct labels, left-aligned at x, vertically centred on y (dominant-baseline: middle). */
  labels: Array<{ claimant: string; slot: number; text: string; x: number; y: number }>;
  legend: Array<{
    claimant: string;
    slot: number;
    shape: Shape;
    symbol: string;
    text: string;
  }> | null;
}

/** Narrowest layout, shared with the comparison. */
export { MIN_WIDTH } from "./marks.ts";
/** Direct labels for at most this many claimants; more get a legend. */
const MAX_LABELS = 4;
/** Direct labels may take up to this share of the width. */
const MAX_LABEL_SHARE = 0.3;
/** Vertical distance between direct labels, and between rows of event labels. */
const LABEL_GAP = 14;
const ROW = 14;
/** Gap between the plot's right edge and the direct labels. */
const LABEL_OFFSET = 8;
const CAP = 4;
const BOTTOM_MARGIN = 28;
const TOP_MARGIN = 10;

/** 16:9 from 480 px up, 4:5 below: computed for the width, never scaled. */
export function chartHeight(width: number): number {
  return width >= 480 ? Math.round((width * 9) / 16) : Math.round((width * 5) / 4);
}

/**
 * Everything needed to draw the claims timeline as SVG, in absolute px: scales, ticks, marks,
 * series lines, revision connectors, event rules and direct labels (or a legend).
 */
export function timelineGeometry(options: TimelineOptions): TimelineGeometry {
  const locale = options.locale ?? "en-GB";
  const width = chartWidth(options.width);
  const height = chartHeight(width);
  const claims = [...options.claims].sort(byDateThenId);
  if (claims.length === 0) return emptyGeometry(width, height);

  const { ordered, style } = chartStyles(
    claims.map((c) => c.claimant),
    options.styles,
  );
  const name = (id: string) => options.names.get(id) ?? id;
  // Direct labels are set semi-bold, a little wider than textWidth's regular weight.
  const labelWidth = Math.ceil(Math.max(...ordered.map((id) => textWidth(name(id)) * 1.08)));
  const context: Context = {
    claims,
    events: [...(options.events ?? [])].sort(byDateThenId),
    claimants: ordered,
    rank: new Map(ordered.map((id, i) => [id, i])),
    style,
    name,
    width,
    height,
    locale,
    labelWidth,
  };
  const labelsFit =
    ordered.length <= MAX_LABELS && labelWidth + LABEL_OFFSET + 6 <= width * MAX_LABEL_SHARE;
  // Labels that fit across may still not fit down (too many near one another): then a legend.
  return (labelsFit ? layout(context, true) : null) ?? (layout(context, false) as TimelineGeometry);
}

interface Context {
  claims: readonly Claim[];
  events: readonly ChartEvent[];
  claimants: readonly string[];
  rank: ReadonlyMap<string, number>;
  style: (id: string) => SeriesStyle;
  name: (id: string) => string;
  width: number;
  height: number;
  locale: string;
  labelWidth: number;
}

function emptyGeometry(width: number, height: number): TimelineGeometry {
  return {
    width,
    height,
    plot: { left: 30, top: TOP_MARGIN, right: width - 12, bottom: height - BOTTOM_MARGIN },
    yScale: "linear",
    xTicks: [],
    yTicks: [],
    marks: [],
    lines: [],
    revisions: [],
    events: [],
    labels: [],
    legend: null,
  };
}

/** The whole geometry with direct labels or with a legend; null when labels were asked for but cannot be placed. */
function layout(ctx: Context, withLabels: boolean): TimelineGeometry | null {
  const { claims, width, height, locale } = ctx;
  const right = width - (withLabels ? ctx.labelWidth + LABEL_OFFSET + 6 : 12);
  const bottom = height - BOTTOM_MARGIN;

  // Days on the x axis: claims, the periods that are drawn (event claims), and event rules.
  // A cumulative claim's period is not drawn, so it does not stretch the axis.
  const days = new Map<string, Date>();
  const day = (d: string) => {
    let date = days.get(d);
    if (!date) days.set(d, (date = parseDay(d)));
    return date;
  };
  for (const c of claims) {
    day(c.date);
    if (c.scope === "event" && c.period) {
      day(c.period.from);
      day(c.period.to);
    }
  }
  for (const e of ctx.events) day(e.date);

  const extents = claims.map((c) => valueExtent(c.value));
  const clearance = arrowClearance(claims);

  // Margins depend on the scales (tick label widths, rows of event labels) and the scales on the
  // margins; they only grow, so this settles in a pass or two.
  let left = 30;
  let top = TOP_MARGIN;
  let frame = frameFor(left, top);
  for (let pass = 0; pass < 4 && (frame.wantLeft > left || frame.wantTop > top); pass++) {
    left = Math.max(left, frame.wantLeft);
    top = Math.max(top, frame.wantTop);
    frame = frameFor(left, top);
  }
  const { x, y, eventLabels } = frame;

  function frameFor(left: number, top: number) {
    const x = dateScale([...days.values()], [left, right]);
    const eventLabels = placeEventLabels(ctx.events, (d) => x(day(d)), width);
    const rows = Math.max(0, ...eventLabels.map((e) => e.row + 1));
    const y = valueScale({
      extents,
      range: [bottom, top],
      ...clearance,
      tickCount: Math.min(5, Math.max(2, Math.floor((bottom - top) / 60))),
      locale,
    });
    return {
      x,
      y,
      eventLabels,
      // A row above everything for the "Log scale" note, then the rows of event labels.
      wantTop: TOP_MARGIN + (y.type === "log" ? ROW : 0) + (rows > 0 ? rows * ROW + 4 : 0),
      wantLeft: Math.max(
        24,
        Math.ceil(Math.max(0, ...y.ticks.map((t) => textWidth(t.label)))) + 10,
      ),
    };
  }

  const plot = { left: round2(left), top: round2(top), right: round2(right), bottom };
  const marks = placeMarks(ctx, plot, (d) => x(day(d)), y);
  const byId = new Map(marks.map((m) => [m.claimId, m]));

  // Lines join a claimant's cumulative claims by date through the points still standing: a
  // superseded claim is left out of its series and joined to its revision by a connector
  // instead, so the line shows what the claimant currently says. Event claims never join.
  const lines: TimelineGeometry["lines"] = [];
  const path = line<TimelineMark>()
    .x((m) => m.x)
    .y((m) => m.y)
    .digits(2);
  for (const claimant of ctx.claimants) {
    const series = marks.filter(
      (m) => m.claimant === claimant && m.scope === "cumulative" && !m.superseded,
    );
    const d = series.length > 1 ? path(series) : null;
    if (d) lines.push({ claimant, slot: ctx.style(claimant).slot, d });
  }

  const revisions: TimelineGeometry["revisions"] = [];
  for (const c of claims) {
    const from = c.supersedes === undefined ? undefined : byId.get(c.supersedes);
    const to = byId.get(c.id);
    if (from && to && from !== to) {
      revisions.push({
        from: from.claimId,
        to: to.claimId,
        d: `M${from.x},${from.y}L${to.x},${to.y}`,
      });
    }
  }

  const events = eventLabels.map(({ row, ...e }) => ({
    ...e,
    labelY: round2(top - 6 - row * ROW),
  }));

  // Direct labels at the latest standing mark of each claimant (the latest of all if every one
  // was revised), spread vertically so none overlaps.
  let labels: TimelineGeometry["labels"] = [];
  if (withLabels) {
    const latest = new Map<string, TimelineMark>();
    for (const m of marks) {
      const seen = latest.get(m.claimant);
      if (!seen || !m.superseded || seen.superseded) latest.set(m.claimant, m);
    }
    const ends = ctx.claimants.map((id) => latest.get(id)?.y ?? bottom);
    // A hair over the gap, so rounding to 2 decimals cannot bring two labels under 14 px.
    const ys = spreadLabels(ends, LABEL_GAP + 0.01, plot.top, plot.bottom);
    if (!ys) return null;
    labels = ctx.claimants.map((claimant, i) => ({
      claimant,
      slot: ctx.style(claimant).slot,
      text: ctx.name(claimant),
      x: round2(right + LABEL_OFFSET),
      y: round2(ys[i] ?? bottom),
    }));
  }
  const legend = withLabels
    ? null
    : ctx.claimants.map((claimant) => {
        const { slot, shape } = ctx.style(claimant);
        return {
          claimant,
          slot,
          shape,
          symbol: symbolPath(shape, MARK_SIZE),
          text: ctx.name(claimant),
        };
      });

  const geometry: TimelineGeometry = {
    width,
    height,
    plot,
    yScale: y.type,
    xTicks: dateTicks(x, Math.max(2, Math.floor((right - left) / 80)), width, locale),
    yTicks: y.ticks.map((t) => ({ y: t.px, label: t.label })),
    marks,
    lines,
    revisions,
    events,
    labels,
    legend,
  };
  if (y.type === "log") {
    geometry.yAxisNote = marks.some((m) => m.atFloor)
      ? "Log scale; 0 drawn on the bottom line"
      : "Log scale";
    geometry.yAxisNoteAt = { x: 0, y: 12 };
  }
  return geometry;
}

type Plot = TimelineGeometry["plot"];

/** Marks in claim order (date, then id), with same-day near-ties moved apart sideways. */
function placeMarks(
  ctx: Context,
  plot: Plot,
  xOf: (day: string) => number,
  y: ValueScale,
): TimelineMark[] {
  const { claims, locale } = ctx;
  const plotted = new Set(claims.map((c) => c.id));
  const superseded = new Set(
    claims.flatMap((c) =>
      c.supersedes !== undefined && c.supersedes !== c.id && plotted.has(c.supersedes)
        ? [c.supersedes]
        : [],
    ),
  );

  // A range's centre is the middle of its bar on screen (not its middle figure: on a log scale
  // that would sit off-centre).
  const centres = claims.map(
    (c): { x: number; y: number; atFloor: boolean; bar?: [number, number] } => {
      if (c.value.kind === "range") {
        const low = y.at(c.value.low);
        const high = y.at(c.value.high);
        return {
          x: xOf(c.date),
          y: (low.px + high.px) / 2,
          atFloor: low.atFloor,
          bar: [low.px, high.px],
        };
      }
      const at = y.at(c.value.n);
      return { x: xOf(c.date), y: at.px, atFloor: at.atFloor };
    },
  );

  // Dodge same-day marks in a fixed order (claimant's site order, then id) so the result
  // does not depend on the order the caller passed the claims in.
  const order = claims
    .map((_, i) => i)
    .sort((a, b) => {
      const ca = claims[a] as Claim;
      const cb = claims[b] as Claim;
      return (
        compareText(ca.date, cb.date) ||
        (ctx.rank.get(ca.claimant) ?? 0) - (ctx.rank.get(cb.claimant) ?? 0) ||
        compareText(ca.id, cb.id)
      );
    });
  const offsets = dodge(
    order.map((i) => ({
      x: centres[i]?.x ?? 0,
      y: centres[i]?.y ?? 0,
      group: claims[i]?.date ?? "",
    })),
    // Marks are about 9 px across: ties on one day sit side by side rather than on top.
    { minDistance: 9, step: 10, maxSteps: 4, left: plot.left, right: plot.right },
  );
  const offsetOf = new Map(order.map((i, k) => [i, offsets[k] ?? 0]));

  return claims.map((c, i) => {
    const centre = centres[i] as (typeof centres)[number];
    const { slot, shape } = ctx.style(c.claimant);
    const mx = round2(clamp(centre.x + (offsetOf.get(i) ?? 0), plot.left, plot.right));
    const my = round2(clamp(centre.y, plot.top, plot.bottom));
    const mark: TimelineMark = {
      claimId: c.id,
      claimant: c.claimant,
      slot,
      shape,
      kind: c.value.kind,
      scope: c.scope,
      date: c.date,
      x: mx,
      y: my,
      filled: c.value.kind !== "approx",
      symbol: symbolPath(shape, MARK_SIZE),
      superseded: superseded.has(c.id),
      label: valueText(c.value, locale),
      dateLabel: dayText(c.date, locale),
    };
    if (centre.atFloor) mark.atFloor = true;
    if (centre.bar) {
      mark.range = { y1: round2(centre.bar[0]), y2: round2(centre.bar[1]), capHalfWidth: CAP };
    }
    if (c.value.kind === "atLeast") {
      // Clearance in the y domain keeps the tip inside; a plot too short for it still gets a stub.
      mark.arrow = { direction: "up", path: boundArrow(mx, my, "y", -1, plot.top).path };
    } else if (c.value.kind === "atMost") {
      // Near the baseline there is no room below: the arrow may dip into the axis margin.
      mark.arrow = { direction: "down", path: boundArrow(mx, my, "y", 1, plot.bottom).path };
    }
    if (c.scope === "event" && c.period) {
      mark.span = {
        x1: round2(clamp(xOf(c.period.from), plot.left, plot.right)),
        x2: round2(clamp(xOf(c.period.to), plot.left, plot.right)),
      };
    }
    return mark;
  });
}

/**
 * Event labels above the plot: beside the rule on the side with room (right first), cut to fit
 * the SVG when neither side has room, and stacked in rows where they would overlap.
 */
function placeEventLabels(
  events: readonly ChartEvent[],
  xOf: (day: string) => number,
  width: number,
): Array<{
  id: string;
  x: number;
  label: string;
  labelX: number;
  anchor: "start" | "end";
  row: number;
}> {
  const EDGE = 2;
  const placed = events.map((e) => {
    const x = round2(xOf(e.date));
    const roomRight = width - EDGE - (x + 4);
    const roomLeft = x - 4 - EDGE;
    const w = textWidth(e.label);
    const anchor: "start" | "end" = w <= roomRight || roomRight >= roomLeft ? "start" : "end";
    const label = truncate(e.label, anchor === "start" ? roomRight : roomLeft);
    const labelX = round2(anchor === "start" ? x + 4 : x - 4);
    const lw = textWidth(label);
    const from = anchor === "start" ? labelX : labelX - lw;
    return { id: e.id, x, label, labelX, anchor, from, to: from + lw };
  });
  const rows = stackRows(placed);
  return placed.map(({ from: _from, to: _to, ...e }, i) => ({ ...e, row: rows[i] ?? 0 }));
}
