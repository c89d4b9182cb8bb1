// The key under a chart: one entry for each encoding the chart actually draws, with a glyph
// drawn the way that chart draws it (vertical arrows and bars on a timeline, horizontal on a
// comparison) as a tiny SVG, so it looks the same on every platform and font. And the method
// note every claims chart carries.
import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import { keyWord } from "../claims/format.ts";
import type { CompareGeometry } from "./compare.ts";
import type { TimelineGeometry, TimelineMark } from "./timeline.ts";
import { arrowPath, MARK_SIZE, markRadius, symbolPath } from "./symbols.ts";
import type { Shape } from "./palette.ts";

/** One drawn piece of a key glyph; `class` is the chart's own class for it. */
export interface GlyphPart {
  class: string;
  d?: string;
  /** A circle instead of a path (the inference ring). */
  circle?: { cx: number; cy: number; r: number };
  transform?: string;
}

export interface KeyEntry {
  id: KeyId;
  text: string;
  /** Drawn in a 32 × 20 box, in the colour slot of a mark that uses it. */
  slot: number;
  /** Group classes as on the chart's marks ("mark is-superseded"), so CSS styles them alike. */
  groups: Array<{ class: string; parts: GlyphPart[] }>;
}

export type KeyId =
  "point" | "approx" | "range" | "atLeast" | "atMost" | "period" | "span" | "revised" | "inferred";

export const GLYPH_WIDTH = 32;
export const GLYPH_HEIGHT = 20;

const TEXT: Record<KeyId, string> = {
  point: "a stated figure",
  approx: "roughly (hollow)",
  range: "a range, low to high",
  atLeast: "at least",
  atMost: "up to",
  period: "the period a total covers",
  span: "the days an episode covers",
  revised: "revised: the earlier figure faded, dotted to its revision",
  inferred: "our conversion of the claimant's words",
};

const R = markRadius(MARK_SIZE);
const n2 = (v: number) => Math.round(v * 100) / 100;
const at = (x: number, y: number) => `translate(${x},${y})`;

interface Seen {
  kind: TimelineMark["kind"];
  slot: number;
  shape: Shape;
  filled: boolean;
}

function symbolPart(s: Pick<Seen, "shape" | "filled">, x: number, y: number): GlyphPart {
  return {
    class: s.filled ? "mark__symbol" : "mark__symbol is-hollow",
    d: symbolPath(s.shape, MARK_SIZE),
    transform: at(x, y),
  };
}

/** One kind of mark's glyph, upright (timeline) or lying (comparison). */
function kindGlyph(s: Seen, upright: boolean): GlyphPart[] {
  const cx = GLYPH_WIDTH / 2;
  const cy = GLYPH_HEIGHT / 2;
  switch (s.kind) {
    case "range":
      return upright
        ? [
            {
              class: "mark__range",
              d: `M${cx},2L${cx},18M${cx - 5},2L${cx + 5},2M${cx - 5},18L${cx + 5},18`,
            },
          ]
        : [
            {
              class: "mark__range",
              d: `M3,${cy}L29,${cy}M3,${cy - 5}L3,${cy + 5}M29,${cy - 5}L29,${cy + 5}`,
            },
          ];
    case "atLeast":
      return upright
        ? [{ class: "mark__arrow", d: arrowPath(cx, n2(15 - R), cx, 0.5) }, symbolPart(s, cx, 15)]
        : [{ class: "mark__arrow", d: arrowPath(n2(7 + R), cy, 31, cy) }, symbolPart(s, 7, cy)];
    case "atMost":
      return upright
        ? [{ class: "mark__arrow", d: arrowPath(cx, n2(5 + R), cx, 19.5) }, symbolPart(s, cx, 5)]
        : [{ class: "mark__arrow", d: arrowPath(n2(25 - R), cy, 1, cy) }, symbolPart(s, 25, cy)];
    default:
      return [symbolPart(s, cx, cy)];
  }
}

/**
 * The key's words for a kind: bounds and estimates in the words this chart's figures use
 * ("no more than", "about"; see format.ts keyWord), the rest as in TEXT.
 */
function textFor(id: KeyId, values: readonly ClaimValue[]): string {
  if (id === "approx") return `${keyWord("approx", values)} (hollow)`;
  if (id === "atLeast" || id === "atMost") return keyWord(id, values);
  return TEXT[id];
}

function entry(
  id: KeyId,
  slot: number,
  groups: KeyEntry["groups"],
  values: readonly ClaimValue[] = [],
): KeyEntry {
  return { id, text: textFor(id, values), slot, groups };
}

/** The key of a timeline: kinds in a fixed order, then periods, spans, revisions, inferences. */
export function timelineKey(g: TimelineGeometry, values: readonly ClaimValue[] = []): KeyEntry[] {
  const out = kindEntries(g.marks, true, values);
  const cy = GLYPH_HEIGHT / 2;
  const period = g.marks.find((m) => m.period);
  if (period) {
    out.push(
      entry("period", period.slot, [
        {
          class: "mark",
          parts: [
            { class: "mark__period", d: `M2,${cy}L26,${cy}` },
            { class: "mark__period-line", d: `M2,${cy}L26,${cy}` },
            symbolPart(period, 26, cy),
          ],
        },
      ]),
    );
  }
  const span = g.marks.find((m) => m.span);
  if (span) {
    out.push(
      entry("span", span.slot, [
        {
          class: "mark",
          parts: [{ class: "mark__span", d: `M4,${cy}L26,${cy}` }, symbolPart(span, 26, cy)],
        },
      ]),
    );
  }
  const revision = g.revisions[0];
  const from = revision && g.marks.find((m) => m.claimId === revision.from);
  const to = revision && g.marks.find((m) => m.claimId === revision.to);
  if (from && to) {
    out.push(
      entry("revised", to.slot, [
        { class: "revision-key", parts: [{ class: "revision", d: "M6,15L26,5" }] },
        { class: "mark is-superseded", parts: [symbolPart(from, 6, 15)] },
        { class: "mark", parts: [symbolPart(to, 26, 5)] },
      ]),
    );
  }
  return [...out, ...inferredEntry(g.marks)];
}

/** The key of a comparison: its kinds (lying glyphs) and inferences. */
export function compareKey(g: CompareGeometry, values: readonly ClaimValue[] = []): KeyEntry[] {
  return [...kindEntries(g.rows, false, values), ...inferredEntry(g.rows)];
}

/** One entry per kind drawn, in a fixed order, with the glyph of its first mark. */
function kindEntries(
  drawn: readonly Seen[],
  upright: boolean,
  values: readonly ClaimValue[],
): KeyEntry[] {
  return (["point", "approx", "range", "atLeast", "atMost"] as const).flatMap((kind) => {
    const m = drawn.find((x) => x.kind === kind);
    return m
      ? [entry(kind, m.slot, [{ class: "mark", parts: kindGlyph(m, upright) }], values)]
      : [];
  });
}

/** The "our conversion" entry, when any mark drawn is an inference: its symbol, ringed. */
function inferredEntry(drawn: readonly (Seen & { inferred?: unknown })[]): KeyEntry[] {
  const inferred = drawn.find((m) => m.inferred);
  if (!inferred) return [];
  const cx = GLYPH_WIDTH / 2;
  const cy = GLYPH_HEIGHT / 2;
  return [
    entry("inferred", inferred.slot, [
      {
        class: "mark",
        parts: [
          symbolPart(inferred, cx, cy),
          { class: "mark__inferred", circle: { cx, cy, r: n2(R + 4) } },
        ],
      },
    ]),
  ];
}

/**
 * The method note under every claims chart: "Claims, not counts; dates are when each claim was
 * made; none independently verified."
 */
export function methodNote(claims: readonly Pick<Claim, "status">[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const corroborated = counts.get("corroborated") ?? 0;
  const total = claims.length;
  let verified: string;
  if (corroborated === 0) verified = "none independently verified";
  else if (corroborated === total) {
    verified =
      total === 1
        ? "corroborated by independent sources"
        : "all corroborated by independent sources";
  } else verified = `${corroborated} of ${total} corroborated by independent sources`;
  const disputed = counts.get("disputed") ?? 0;
  const retracted = counts.get("retracted") ?? 0;
  const more = [
    disputed > 0 ? `${disputed} disputed` : "",
    retracted > 0 ? `${retracted} retracted` : "",
  ].filter(Boolean);
  return `Claims, not counts; dates are when each claim was made; ${verified}${more.length ? `; ${more.join(", ")}` : ""}.`;
}
