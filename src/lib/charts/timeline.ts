import { line } from "d3-shape";
import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import { valueExtent } from "../claims/format.ts";
import { dodge, stackRows, textWidth, truncate, wrap } from "./labels.ts";
import { placeAnnotations, shortName, type Box } from "./annotate.ts";
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
import { MARK_SIZE, markRadius, symbolPath } from "./symbols.ts";
import { dayText, figureText, shortDayText } from "./text.ts";

export interface TimelineOptions {
  /** Already filtered by the caller to one subject and metric. */
  claims: readonly Claim[];
  /** Already chosen (chartEvents in src/lib/claims/chartSelection.ts): every one is drawn. */
  events?: readonly ChartEvent[];
  /** From assignStyles, site-wide. */
  styles: ReadonlyMap<string, SeriesStyle>;
  /** Claimant id to display name, for labels and the legend. */
  names: ReadonlyMap<string, string>;
  /** Claimants that are organisations: labelled by their whole name, never a "surname". */
  organisations?: ReadonlySet<string> | undefined;
  /** Total SVG width in px; below MIN_WIDTH the chart is laid out for MIN_WIDTH. */
  width: number;
  /** Default "en-GB". */
  locale?: string;
  /** A claim the story is about: drawn strong, labelled first; the others muted. */
  highlight?: string | undefined;
  /**
   * "auto" (default): running totals and single episodes get separate, aligned panels when the
   * episodes are under a twentieth of the largest total; "split" always when both are drawn;
   * "one" never.
   */
  panels?: PanelChoice | undefined;
}

export const PANEL_CHOICES = ["auto", "split", "one"] as const;
export type PanelChoice = (typeof PANEL_CHOICES)[number];

/** Episodes under 1/SPLIT_FACTOR of the largest total get their own panel ("auto"). */
export const SPLIT_FACTOR = 20;

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
  /** Which of `panels` the mark is drawn in. */
  panel: number;
  /** The mark's centre: a range's at the middle of its bar, a bound's at the bound. */
  x: number;
  y: number;
  /** point, range, atLeast, atMost: filled; approx: hollow. */
  filled: boolean;
  /** symbolPath(shape, MARK_SIZE), centred on 0,0: translate it to x,y. Not drawn for a range. */
  symbol: string;
  /** range: a capped vertical bar from y1 (low, lower on screen: y1 > y2) to y2 (high). */
  range?: { y1: number; y2: number; capHalfWidth: number };
  /** atLeast points up, atMost down: an absolute path from the mark's edge to the open side. */
  arrow?: { direction: "up" | "down"; path: string };
  /** Event claims: a horizontal bar across their period at y. */
  span?: { x1: number; x2: number };
  /** Cumulative claims with a period: a light bar from the period's start to the claim's day. */
  period?: { x1: number; x2: number };
  /** Another plotted claim revises this one: draw it faded. */
  superseded: boolean;
  /** The figure of the plotted claim this one revises, in words. */
  revises?: string;
  /** The figure is our conversion of the claimant's words (the claim's `inferred`). */
  inferred?: true;
  /** With a highlight: "strong" for it, "muted" for every other mark. */
  emphasis?: "strong" | "muted";
  /** Added: on a log scale a zero cannot be drawn; this mark (or a range's low end) sits on the floor. */
  atFloor?: true;
  /** The figure in words: "roughly 1,000". */
  label: string;
  /** "23 December 2024". */
  dateLabel: string;
}

/** One value axis and the band of the plot it covers; two when totals and episodes are split. */
export interface TimelinePanel {
  top: number;
  bottom: number;
  yScale: "linear" | "log";
  /** Ascending by figure (so y decreases); the first is the panel's baseline. */
  yTicks: Array<{ y: number; label: string }>;
  /** "Running totals", "Single episodes": only on split charts, set at (0, labelY). */
  label?: string;
  labelY?: number;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** The plotting rectangle, absolute px: every panel, top to bottom. */
  plot: { left: number; top: number; right: number; bottom: number };
  panels: TimelinePanel[];
  /** The first panel's scale. */
  yScale: "linear" | "log";
  yAxisNote?: string;
  /** Added: where the note goes (text-anchor start), in a row reserved above the plot. */
  yAxisNoteAt?: { x: number; y: number };
  /** Added `anchor`: "middle", or "start"/"end" where a label would run off the SVG. */
  xTicks: DateTick[];
  /** Every panel's ticks, top panel first. */
  yTicks: Array<{ y: number; label: string }>;
  marks: TimelineMark[];
  lines: Array<{ claimant: string; slot: number; d: string; muted?: true }>;
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
  /**
   * Direct labels on marks ("Syrskyi, 1 Jan: at least 38,000"), one or two lines; the first
   * line's vertical centre at y (dy 0.32em), each further line 14 px lower.
   */
  labels: Array<{
    claimId: string;
    claimant: string;
    slot: number;
    lines: string[];
    x: number;
    y: number;
    anchor: "start" | "middle" | "end";
    emphasis?: "strong" | "muted";
  }>;
  /** Only when some claimant has no direct label: every claimant's name and symbol. */
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
/** Marks that get a direct label each, at most; beyond, only each claimant's latest. */
const MAX_LABELLED = 8;
/** Rows of event labels, and the panel label rows. */
const ROW = 14;
const CAP = 5;
const BOTTOM_MARGIN = 28;
const TOP_MARGIN = 10;
/** Between split panels: room for the lower panel's label. */
const PANEL_GAP = 30;
/** The running totals' share of the height when split. */
const TOTALS_SHARE = 0.6;

/** 16:9 from 480 px up, 4:5 below: computed for the width, never scaled. */
export function chartHeight(width: number): number {
  return width >= 480 ? Math.round((width * 9) / 16) : Math.round((width * 5) / 4);
}

/**
 * Everything needed to draw the claims timeline as SVG, in absolute px: scales, ticks, marks,
 * series lines, revision connectors, event rules and direct labels (and a legend when some
 * claimant could not be labelled).
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
  const short = (id: string) =>
    shortName(name(id), options.organisations ? !options.organisations.has(id) : undefined);
  const highlight =
    options.highlight && claims.some((c) => c.id === options.highlight)
      ? options.highlight
      : undefined;
  return layout({
    claims,
    events: [...(options.events ?? [])].sort(byDateThenId),
    claimants: ordered,
    rank: new Map(ordered.map((id, i) => [id, i])),
    style,
    name,
    short,
    width,
    height,
    locale,
    highlight,
    split: splitPanels(claims, options.panels ?? "auto"),
  });
}

/** Whether running totals and single episodes get separate panels. */
export function splitPanels(claims: readonly Claim[], choice: PanelChoice): boolean {
  const totals = claims.filter((c) => c.scope === "cumulative");
  const episodes = claims.filter((c) => c.scope === "event");
  if (choice === "one" || totals.length === 0 || episodes.length === 0) return false;
  if (choice === "split") return true;
  const top = (cs: readonly Claim[]) => Math.max(...cs.map((c) => valueExtent(c.value).high));
  return top(totals) > 0 && top(episodes) * SPLIT_FACTOR <= top(totals);
}

interface Context {
  claims: readonly Claim[];
  events: readonly ChartEvent[];
  claimants: readonly string[];
  rank: ReadonlyMap<string, number>;
  style: (id: string) => SeriesStyle;
  name: (id: string) => string;
  /** The name a direct label uses: a person's surname, an organisation's whole name. */
  short: (id: string) => string;
  width: number;
  height: number;
  locale: string;
  highlight: string | undefined;
  split: boolean;
}

function emptyGeometry(width: number, height: number): TimelineGeometry {
  const plot = { left: 30, top: TOP_MARGIN, right: width - 12, bottom: height - BOTTOM_MARGIN };
  return {
    width,
    height,
    plot,
    panels: [{ top: plot.top, bottom: plot.bottom, yScale: "linear", yTicks: [] }],
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

/** The whole geometry: scales, marks, then the direct labels that fit. */
function layout(ctx: Context): TimelineGeometry {
  const { claims, width, height, locale } = ctx;
  const right = width - 12;
  const bottom = height - BOTTOM_MARGIN;

  // Days on the x axis: claims, the periods that are drawn, and event rules.
  const days = new Map<string, Date>();
  const day = (d: string) => {
    let date = days.get(d);
    if (!date) days.set(d, (date = parseDay(d)));
    return date;
  };
  for (const c of claims) {
    day(c.date);
    if (c.period) {
      day(c.period.from);
      day(c.period.to);
    }
  }
  for (const e of ctx.events) day(e.date);

  // The claims of each panel: all in one, or running totals above single episodes.
  const groups: Claim[][] = ctx.split
    ? [claims.filter((c) => c.scope === "cumulative"), claims.filter((c) => c.scope === "event")]
    : [[...claims]];
  const panelOf = new Map(groups.flatMap((g, i) => g.map((c) => [c.id, i] as const)));

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
  const { x, scales, bands, eventLabels, logRow } = frame;

  function frameFor(left: number, top: number) {
    const x = dateScale([...days.values()], [left, right]);
    const eventLabels = placeEventLabels(ctx.events, (d) => x(day(d)), width);
    const eventRows = Math.max(0, ...eventLabels.map((e) => e.row + 1));
    const usable = bottom - top - (ctx.split ? PANEL_GAP : 0);
    const bands: Array<[number, number]> = ctx.split
      ? [
          [top, top + usable * TOTALS_SHARE],
          [top + usable * TOTALS_SHARE + PANEL_GAP, bottom],
        ]
      : [[top, bottom]];
    const scales = groups.map((group, i) => {
      const [bandTop, bandBottom] = bands[i] as [number, number];
      return valueScale({
        extents: group.map((c) => valueExtent(c.value)),
        range: [bandBottom, bandTop],
        ...arrowClearance(group),
        tickCount: Math.min(5, Math.max(2, Math.floor((bandBottom - bandTop) / 60))),
        locale,
      });
    });
    const logRow = scales.some((s) => s.type === "log");
    return {
      x,
      scales,
      bands,
      eventLabels,
      logRow,
      // A row above everything for the "Log scale" note, then the rows of event labels, then
      // the first panel's label.
      wantTop:
        TOP_MARGIN +
        (logRow ? ROW : 0) +
        (eventRows > 0 ? eventRows * ROW + 4 : 0) +
        (ctx.split ? ROW + 4 : 0),
      wantLeft: Math.max(
        24,
        Math.ceil(Math.max(0, ...scales.flatMap((s) => s.ticks.map((t) => textWidth(t.label))))) +
          10,
      ),
    };
  }

  const plot = { left: round2(left), top: round2(top), right: round2(right), bottom };
  const panels: TimelinePanel[] = scales.map((s, i) => {
    const [bandTop, bandBottom] = bands[i] as [number, number];
    const panel: TimelinePanel = {
      top: round2(bandTop),
      bottom: round2(bandBottom),
      yScale: s.type,
      yTicks: s.ticks.map((t) => ({ y: t.px, label: t.label })),
    };
    if (ctx.split) {
      panel.label = i === 0 ? "Running totals" : "Single episodes";
      panel.labelY = round2(bandTop - ROW / 2 - 4);
    }
    return panel;
  });
  const marks = placeMarks(
    ctx,
    plot,
    (d) => x(day(d)),
    (c) => {
      const i = panelOf.get(c.id) ?? 0;
      return { i, y: scales[i] as ValueScale, panel: panels[i] as TimelinePanel };
    },
  );
  const byId = new Map(marks.map((m) => [m.claimId, m]));

  // Lines join a claimant's cumulative claims by date through the points still standing: a
  // superseded claim is left out of its series and joined to its revision by a connector
  // instead, so the line shows what the claimant currently says. Event claims never join.
  const lines: TimelineGeometry["lines"] = [];
  const path = line<TimelineMark>()
    .x((m) => m.x)
    .y((m) => m.y)
    .digits(2);
  const strong = ctx.highlight ? byId.get(ctx.highlight)?.claimant : undefined;
  // What direct labels keep off, besides marks: the lines and connectors.
  const segments: Array<[number, number, number, number]> = [];
  for (const claimant of ctx.claimants) {
    const series = marks.filter(
      (m) => m.claimant === claimant && m.scope === "cumulative" && !m.superseded,
    );
    for (let k = 1; k < series.length; k++) {
      const a = series[k - 1] as TimelineMark;
      const b = series[k] as TimelineMark;
      segments.push([a.x, a.y, b.x, b.y]);
    }
    const d = series.length > 1 ? path(series) : null;
    if (d) {
      const entry: TimelineGeometry["lines"][number] = {
        claimant,
        slot: ctx.style(claimant).slot,
        d,
      };
      if (strong !== undefined && strong !== claimant) entry.muted = true;
      lines.push(entry);
    }
  }

  const revisions: TimelineGeometry["revisions"] = [];
  for (const c of claims) {
    const from = c.supersedes === undefined ? undefined : byId.get(c.supersedes);
    const to = byId.get(c.id);
    if (from && to && from !== to) {
      segments.push([from.x, from.y, to.x, to.y]);
      revisions.push({
        from: from.claimId,
        to: to.claimId,
        d: `M${from.x},${from.y}L${to.x},${to.y}`,
      });
    }
  }

  const eventTop = top - (ctx.split ? ROW + 4 : 0);
  const events = eventLabels.map(({ row, ...e }) => ({
    ...e,
    labelY: round2(eventTop - 6 - row * ROW),
  }));

  let labels = directLabels(ctx, marks, panels, plot, segments);
  const labelled = new Set(labels.map((l) => l.claimant));
  const everyone = ctx.claimants.every((id) => labelled.has(id));
  // A crowded chart that needs the legend anyway keeps only the highlight's label: a few
  // labels scattered among many series explain less than they hide.
  if (!everyone && ctx.claimants.length > 4) {
    labels = labels.filter((l) => l.claimId === ctx.highlight);
  }
  const legend = everyone
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
    panels,
    yScale: panels[0]?.yScale ?? "linear",
    xTicks: dateTicks(x, Math.max(2, Math.floor((right - left) / 80)), width, locale),
    yTicks: panels.flatMap((p) => p.yTicks),
    marks,
    lines,
    revisions,
    events,
    labels,
    legend,
  };
  if (logRow) {
    geometry.yAxisNote = marks.some((m) => m.atFloor)
      ? "Log scale; 0 drawn on the bottom line"
      : "Log scale";
    geometry.yAxisNoteAt = { x: 0, y: 12 };
  }
  return geometry;
}

/**
 * Direct labels on the marks: the highlight first, then each claimant's latest standing mark,
 * then (on charts with few marks) every other standing mark, each where it fits. A revised
 * claim is not labelled: the label of the claim that revised it says what it replaced.
 */
function directLabels(
  ctx: Context,
  marks: readonly TimelineMark[],
  panels: readonly TimelinePanel[],
  plot: Plot,
  segments: ReadonlyArray<readonly [number, number, number, number]>,
): TimelineGeometry["labels"] {
  const standing = marks.filter((m) => !m.superseded);
  const latest = new Map<string, TimelineMark>();
  for (const m of standing) latest.set(m.claimant, m);
  const wanted: TimelineMark[] = [];
  const add = (m: TimelineMark | undefined) => {
    if (m && !wanted.includes(m)) wanted.push(m);
  };
  add(marks.find((m) => m.claimId === ctx.highlight));
  for (const id of ctx.claimants) add(latest.get(id));
  if (standing.length <= MAX_LABELLED) [...standing].reverse().forEach(add);

  const extents = new Map(marks.map((m) => [m.claimId, markExtent(m)]));
  const obstacles: Box[] = [...extents.values()];
  for (const m of marks) {
    for (const bar of [m.span, m.period]) {
      if (bar) obstacles.push({ left: bar.x1, right: bar.x2, top: m.y - 3, bottom: m.y + 3 });
    }
  }
  // A line is kept clear as a chain of small boxes along it, one every few pixels.
  for (const [x1, y1, x2, y2] of segments) {
    const steps = Math.min(200, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 4));
    for (let k = 0; k <= steps; k++) {
      const x = x1 + ((x2 - x1) * k) / Math.max(1, steps);
      const y = y1 + ((y2 - y1) * k) / Math.max(1, steps);
      obstacles.push({ left: x - 1, right: x + 1, top: y - 1, bottom: y + 1 });
    }
  }
  const surnames = new Map<string, number>();
  for (const id of ctx.claimants) {
    const short = ctx.short(id);
    surnames.set(short, (surnames.get(short) ?? 0) + 1);
  }
  const placed = placeAnnotations(
    wanted.map((m) => {
      const panel = panels[m.panel] ?? panels[0];
      const name = ctx.name(m.claimant);
      // A person by surname, as a graphics desk writes it, unless two on the chart share it.
      const short = ctx.short(m.claimant);
      const label = short !== name && surnames.get(short) === 1 ? short : name;
      const when = shortDayText(m.date, ctx.locale);
      const figure = m.revises ? `${m.label}, revised from ${m.revises}` : m.label;
      const variants: string[][] = [
        [`${label}, ${when}: ${figure}`],
        [`${label}, ${when}:`, figure],
      ];
      // A long name over up to three lines of at most 45% of the width, then the figure.
      const wrapped = wrap(`${name}, ${when}:`, ctx.width * 0.45, 3);
      if (wrapped.length > 1 && !wrapped.some((l) => l.endsWith("…"))) {
        variants.push([...wrapped, figure]);
      }
      return {
        key: m.claimId,
        x: m.x,
        y: m.y,
        extent: extents.get(m.claimId) as Box,
        variants,
        bounds: {
          left: plot.left + 2,
          right: ctx.width,
          top: (panel?.top ?? plot.top) - 4,
          bottom: panel?.bottom ?? plot.bottom,
        },
      };
    }),
    obstacles,
  );
  const byId = new Map(marks.map((m) => [m.claimId, m]));
  return placed.map((a) => {
    const m = byId.get(a.key) as TimelineMark;
    const label: TimelineGeometry["labels"][number] = {
      claimId: m.claimId,
      claimant: m.claimant,
      slot: m.slot,
      lines: a.lines,
      x: a.x,
      y: a.y,
      anchor: a.anchor,
    };
    if (m.emphasis) label.emphasis = m.emphasis;
    return label;
  });
}

/** The box a mark draws in: its symbol, range bar and bound arrow. */
function markExtent(m: TimelineMark): Box {
  const r = markRadius(MARK_SIZE) + 1;
  const b: Box = { left: m.x - r, right: m.x + r, top: m.y - r, bottom: m.y + r };
  if (m.range) {
    b.left = Math.min(b.left, m.x - m.range.capHalfWidth - 1);
    b.right = Math.max(b.right, m.x + m.range.capHalfWidth + 1);
    b.top = Math.min(b.top, m.range.y2 - 1);
    b.bottom = Math.max(b.bottom, m.range.y1 + 1);
  }
  if (m.arrow) {
    const ys = [...m.arrow.path.matchAll(/-?\d+(?:\.\d+)?,(-?\d+(?:\.\d+)?)/g)].map((x) =>
      Number(x[1]),
    );
    b.top = Math.min(b.top, ...ys);
    b.bottom = Math.max(b.bottom, ...ys);
  }
  return b;
}

type Plot = TimelineGeometry["plot"];

/** Marks in claim order (date, then id), with same-day near-ties moved apart sideways. */
function placeMarks(
  ctx: Context,
  plot: Plot,
  xOf: (day: string) => number,
  yOf: (c: Claim) => { i: number; y: ValueScale; panel: TimelinePanel },
): TimelineMark[] {
  const { claims, locale } = ctx;
  const byId = new Map(claims.map((c) => [c.id, c]));
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
      const { y } = yOf(c);
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
    const { i: panelIndex, panel } = yOf(c);
    const mx = round2(clamp(centre.x + (offsetOf.get(i) ?? 0), plot.left, plot.right));
    const my = round2(clamp(centre.y, panel.top, panel.bottom));
    const mark: TimelineMark = {
      claimId: c.id,
      claimant: c.claimant,
      slot,
      shape,
      kind: c.value.kind,
      scope: c.scope,
      date: c.date,
      panel: panelIndex,
      x: mx,
      y: my,
      filled: c.value.kind !== "approx",
      symbol: symbolPath(shape, MARK_SIZE),
      superseded: superseded.has(c.id),
      label: figureText(c, locale),
      dateLabel: dayText(c.date, locale),
    };
    if (centre.atFloor) mark.atFloor = true;
    if (c.inferred) mark.inferred = true;
    if (ctx.highlight) mark.emphasis = c.id === ctx.highlight ? "strong" : "muted";
    const revised = c.supersedes === undefined ? undefined : byId.get(c.supersedes);
    if (revised && revised.id !== c.id) mark.revises = figureText(revised, locale);
    if (centre.bar) {
      mark.range = { y1: round2(centre.bar[0]), y2: round2(centre.bar[1]), capHalfWidth: CAP };
    }
    if (c.value.kind === "atLeast") {
      // Clearance in the y domain keeps the tip inside; a plot too short for it still gets a stub.
      mark.arrow = { direction: "up", path: boundArrow(mx, my, "y", -1, panel.top).path };
    } else if (c.value.kind === "atMost") {
      // Near the baseline there is no room below: the arrow may dip into the axis margin.
      mark.arrow = { direction: "down", path: boundArrow(mx, my, "y", 1, panel.bottom).path };
    }
    if (c.period) {
      const bar = {
        x1: round2(clamp(xOf(c.period.from), plot.left, plot.right)),
        x2: round2(clamp(xOf(c.scope === "event" ? c.period.to : c.date), plot.left, plot.right)),
      };
      if (c.scope === "event") mark.span = bar;
      else if (bar.x2 > bar.x1) mark.period = bar;
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
