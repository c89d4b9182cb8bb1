import { max, min } from "d3-array";
import { scaleLinear, scaleLog, scaleUtc, type ScaleTime } from "d3-scale";
import { textWidth } from "./labels.ts";

/** A pixel value to 2 decimals, with no "-0": every number the chart modules hand out. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100 + 0;
}

/** A `YYYY-MM-DD` day as UTC midnight, so no time zone moves it. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Data spanning more than this factor (largest / smallest positive figure) get a log scale. */
export const LOG_SPAN = 100;

// Counts never get this small; treating anything below as zero keeps log domains and nice
// ticks away from denormal numbers, whose logs and steps come out as NaN.
const TINY = 1e-6;
const positive = (n: number) => (n >= TINY ? n : undefined);

/** True when the figures span more than two orders of magnitude (exactly 100× stays linear). */
export function needsLogScale(extents: readonly { low: number; high: number }[]): boolean {
  const top = max(extents, (e) => e.high) ?? 0;
  const smallest = min(
    extents.flatMap((e) => [e.low, e.high]),
    positive,
  );
  return smallest !== undefined && top / smallest > LOG_SPAN;
}

// 10^e exactly: Math.pow(10, -1) is 0.1 but Math.pow(10, 23) is not 1e23.
const pow10 = (e: number) => Number(`1e${e}`);

/** Exponent of the largest power of ten at or below n (n > 0), immune to log10 rounding. */
function floorExp(n: number): number {
  let e = Math.floor(Math.log10(n));
  if (pow10(e) > n) e -= 1;
  if (pow10(e + 1) <= n) e += 1;
  return e;
}

/** n rounded up to three significant figures. */
function ceil3(n: number): number {
  const unit = pow10(floorExp(n) - 2);
  return Number((Math.ceil(n / unit - 1e-9) * unit).toPrecision(3));
}

/** Exponent of the smallest power of ten at or above n (n > 0). */
function ceilExp(n: number): number {
  const e = floorExp(n);
  return pow10(e) === n ? e : e + 1;
}

/** A figure scale, vertical or horizontal: a pixel for every figure, and labelled ticks. */
export interface ValueScale {
  type: "linear" | "log";
  domain: [number, number];
  /** Pixel position of n. On a log scale 0 cannot be drawn: it sits on the floor, `atFloor`. */
  at(n: number): { px: number; atFloor: boolean };
  /** Ascending by figure; the first is the baseline (0, or the log floor). */
  ticks: Array<{ value: number; px: number; label: string }>;
}

export interface ValueScaleOptions {
  extents: readonly { low: number; high: number }[];
  /** [pixel of the floor, pixel of the ceiling]: [bottom, top] upright, [left, right] lying. */
  range: [number, number];
  /** A figure that needs `px` of clear space towards the ceiling (an "at least" arrow). */
  clearance?: { value: number; px: number };
  tickCount?: number;
  locale?: string;
  /**
   * Share of the top figure left free above it (default 0.08): the top mark never sits on the
   * top gridline. Linear scales only; a log scale ends at the next power of ten anyway.
   */
  headroom?: number;
}

/**
 * The plot length the domain is worked out for, whatever the real one: the domain (and so the
 * scale) is then the same at every width, and a chart drawn for a phone reads like the wide one.
 */
export const REFERENCE_LENGTH = 240;
/** Ticks the domain is rounded for; fewer may be labelled on a short axis. */
const DOMAIN_TICKS = 5;

/**
 * Linear from 0 to a nice maximum with headroom above the top figure; log (whole powers of ten)
 * when the figures span more than 100×. The domain grows when a figure needs clearance, so
 * arrows stay inside the plot. The domain depends on the figures only, never on the pixel range,
 * so every width of a chart shares one scale.
 */
export function valueScale(options: ValueScaleOptions): ValueScale {
  const { extents, range, clearance, tickCount = 5, locale = "en-GB", headroom = 0.08 } = options;
  const length = REFERENCE_LENGTH;
  // Fraction of the range a figure may reach and still leave its clearance free.
  const reach =
    clearance && clearance.value > 0 && length > clearance.px * 2 ? 1 - clearance.px / length : 1;
  const top = max(extents, (e) => e.high) ?? 0;

  if (needsLogScale(extents)) {
    const smallest =
      min(
        extents.flatMap((e) => [e.low, e.high]),
        positive,
      ) ?? 1;
    const lowExp = floorExp(smallest);
    let highExp = ceilExp(top);
    if (clearance && clearance.value > 0 && reach < 1) {
      const need = Math.log10(clearance.value);
      while ((need - lowExp) / (highExp - lowExp) > reach) highExp += 1;
    }
    // Headroom on a log scale: the domain runs a little past the top figure (ticks stay on
    // whole powers of ten), so it never sits on the top line.
    const roomy = lowExp + (Math.log10(Math.max(top, pow10(lowExp))) - lowExp) / (1 - headroom);
    const domain: [number, number] = [pow10(lowExp), Math.max(pow10(highExp), ceil3(10 ** roomy))];
    const scale = scaleLog().domain(domain).range(range).clamp(true);
    // At most about five ticks: every k-th power of ten, counted up from the floor.
    const step = Math.max(1, Math.ceil((highExp - lowExp) / Math.max(1, tickCount - 1)));
    const ticks = [];
    for (let e = lowExp; pow10(e) <= domain[1]; e += step) {
      const value = pow10(e);
      ticks.push({ value, px: round2(scale(value)), label: abbreviateNumber(value, locale) });
    }
    return {
      type: "log",
      domain,
      at: (n) =>
        positive(n) === undefined
          ? { px: range[0], atFloor: true }
          : { px: scale(n), atFloor: false },
      ticks,
    };
  }

  // All zeros (or nothing): an arbitrary small domain so the baseline still has a scale; and
  // never less than 0 to 1, so tiny figures get readable ticks.
  const wanted =
    top >= TINY ? Math.max(1, top * (1 + headroom), (clearance?.value ?? 0) / reach) : 10;
  const scale = scaleLinear().domain([0, wanted]).range(range).nice(DOMAIN_TICKS).clamp(true);
  const [d0, d1] = scale.domain() as [number, number];
  return {
    type: "linear",
    domain: [d0, d1],
    at: (n) => ({ px: scale(n), atFloor: false }),
    ticks: scale.ticks(tickCount).map((value) => ({
      value,
      px: round2(scale(value)),
      label: abbreviateNumber(value, locale),
    })),
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Axis figures, short: "500", "38k", "1.5M", "2B". Never in marks or text: those are in full. */
export function abbreviateNumber(n: number, locale = "en-GB"): string {
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, nf);
  }
  const size = Math.abs(n);
  if (size >= 1e9) return `${nf.format(n / 1e9)}B`;
  if (size >= 1e6) return `${nf.format(n / 1e6)}M`;
  if (size >= 1e3) return `${nf.format(n / 1e3)}k`;
  return nf.format(n);
}

/**
 * A UTC time scale over the days, padded so marks clear the edges: 4% of the span (at least a
 * day) each side, or three days each side when every date is the same.
 */
export function dateScale(
  days: readonly Date[],
  range: [number, number],
): ScaleTime<number, number> {
  const first = min(days) ?? new Date(0);
  const last = max(days) ?? first;
  const span = last.getTime() - first.getTime();
  const pad = span === 0 ? 3 * DAY : Math.max(DAY, Math.round((span * 0.04) / DAY) * DAY);
  return scaleUtc()
    .domain([new Date(first.getTime() - pad), new Date(last.getTime() + pad)])
    .range(range);
}

const DAY = 86_400_000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, parts: "dm" | "dmy" | "m" | "my" | "y"): Intl.DateTimeFormat {
  const key = `${locale}|${parts}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      ...(parts.includes("d") ? { day: "numeric" } : {}),
      ...(parts.includes("m") ? { month: "short" } : {}),
      ...(parts.includes("y") ? { year: "numeric" } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * Labels for date ticks at one granularity, with the year on the first tick and wherever it
 * changes: "23 Dec 2024", "30 Dec", "6 Jan 2025"; "Dec 2024", "Jan 2025", "Feb"; "2024", "2025".
 */
export function dateTickLabels(dates: readonly Date[], locale = "en-GB"): string[] {
  const years = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const months = dates.every((d) => d.getUTCDate() === 1);
  return dates.map((d, i) => {
    if (years) return dateFormat(locale, "y").format(d);
    const newYear = i === 0 || dates[i - 1]?.getUTCFullYear() !== d.getUTCFullYear();
    const parts = months ? (newYear ? "my" : "m") : newYear ? "dmy" : "dm";
    return dateFormat(locale, parts).format(d);
  });
}

export interface DateTick {
  x: number;
  label: string;
  /** Text anchor that keeps the label inside the SVG: "middle" unless near an edge. */
  anchor: "start" | "middle" | "end";
}

/**
 * About `count` ticks at whole days, thinned until their labels (12 px text) do not touch, and
 * anchored so none runs off [0, width].
 */
export function dateTicks(
  x: ScaleTime<number, number>,
  count: number,
  width: number,
  locale = "en-GB",
): DateTick[] {
  // d3 picks hours for short domains when asked for many ticks; labels are days, so keep midnights.
  let dates: Date[] = [];
  for (let c = Math.max(2, count); c <= Math.max(2, count) * 8 && dates.length < 2; c *= 2) {
    dates = x.ticks(c).filter((d) => d.getTime() % DAY === 0);
  }
  let ticks = layoutTicks(dates, x, width, locale);
  while (ticks.length > 2 && crowded(ticks)) {
    dates = dates.filter((_, i) => i % 2 === 0);
    ticks = layoutTicks(dates, x, width, locale);
  }
  return ticks.map(({ x, label, anchor }) => ({ x, label, anchor }));
}

type PlacedTick = DateTick & { from: number; to: number };

function layoutTicks(
  dates: readonly Date[],
  x: ScaleTime<number, number>,
  width: number,
  locale: string,
): PlacedTick[] {
  const labels = dateTickLabels(dates, locale);
  return dates.map((d, i) => {
    const px = round2(x(d));
    const label = labels[i] ?? "";
    const w = textWidth(label);
    if (px - w / 2 < 0) return { x: px, label, anchor: "start", from: px, to: px + w };
    if (px + w / 2 > width) return { x: px, label, anchor: "end", from: px - w, to: px };
    return { x: px, label, anchor: "middle", from: px - w / 2, to: px + w / 2 };
  });
}

const crowded = (ticks: readonly PlacedTick[]) =>
  ticks.some((t, i) => i > 0 && t.from < (ticks[i - 1]?.to ?? -Infinity) + 8);
