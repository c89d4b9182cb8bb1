// Every mark and line of a chart reaches 3:1 against the page (WCAG 2.2, 1.4.11), for every
// claimant colour and state, in the light, dark and print schemes. The colours have one home,
// src/styles/global.css; this reads them from there rather than keeping a copy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLOURS } from "../../../src/lib/charts/palette.ts";
import { ROOT } from "../../helpers/site.ts";

interface Rule {
  media: string;
  selector: string;
  decls: Map<string, string>;
}

/** The style sheet's rules, flat, each with the @media it sits in (comments dropped). */
function parseCss(text: string, media = ""): Rule[] {
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}") depth--;
    }
    const body = text.slice(open + 1, j - 1);
    if (prelude.startsWith("@")) rules.push(...parseCss(body, prelude));
    else {
      const decls = new Map<string, string>();
      for (const d of body.split(";")) {
        const colon = d.indexOf(":");
        if (colon > 0) decls.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
      }
      for (const selector of prelude.split(","))
        rules.push({ media, selector: selector.trim(), decls });
    }
    i = j;
  }
  return rules;
}

const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8").replace(
  /\/\*[\s\S]*?\*\//g,
  "",
);
const rules = parseCss(css);

const DARK = "@media (prefers-color-scheme: dark)";
const PRINT = "@media print";
const SCHEMES = { light: [""], dark: ["", DARK], print: ["", PRINT] } as const;
type Scheme = keyof typeof SCHEMES;

/** The custom properties on :root in a scheme: the light ones, then the scheme's overrides. */
function tokens(scheme: Scheme): Map<string, string> {
  const out = new Map<string, string>();
  for (const media of SCHEMES[scheme])
    for (const r of rules)
      if (r.selector === ":root" && r.media === media)
        for (const [k, v] of r.decls) if (k.startsWith("--")) out.set(k, v);
  return out;
}

type Rgb = [number, number, number];
const hex = (h: string): Rgb => {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(h);
  if (!m) throw new Error(`not a hex colour: ${h}`);
  const s = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  return [0, 2, 4].map((k) => parseInt(s.slice(k, k + 2), 16)) as Rgb;
};
const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) =>
    c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG contrast ratio of two colours. */
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/**
 * A colour value as drawn: hex, `var(--x)` (with `--series` the given slot's colour) or
 * `color-mix(in srgb, A p%, B)`. Undefined for `none`, `currentColor` and the like.
 */
function resolve(value: string, vars: Map<string, string>, slot: number): Rgb | undefined {
  const v = value.trim();
  if (v.startsWith("#")) return hex(v);
  const ref = /^var\((--[\w-]+)\)$/.exec(v);
  if (ref) {
    const name = ref[1]!;
    if (name === "--series") return resolve(seriesOf(slot), vars, slot);
    const t = vars.get(name);
    if (t === undefined) throw new Error(`unknown token ${name}`);
    return resolve(t, vars, slot);
  }
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\S+),\s*(.+)\)$/.exec(v);
  if (mix) {
    const share = /^var\((--[\w-]+)\)$/.exec(mix[2]!);
    const p = parseFloat(share ? (vars.get(share[1]!) ?? "") : mix[2]!) / 100;
    const a = resolve(mix[1]!, vars, slot);
    const b = resolve(mix[3]!, vars, slot);
    if (!a || !b || Number.isNaN(p)) throw new Error(`cannot mix ${v}`);
    return a.map((c, k) => Math.round(c * p + b[k]! * (1 - p))) as Rgb;
  }
  return undefined;
}

/** What `--series` is for slot n: `.slot-n { --series: ... }`. */
function seriesOf(slot: number): string {
  const r = rules.find((r) => r.selector === `.slot-${slot}` && r.media === "");
  const v = r?.decls.get("--series");
  if (!v) throw new Error(`no .slot-${slot} rule`);
  return v;
}

const SLOT_NUMBERS = COLOURS.map((_, i) => i + 1);
const SCHEME_NAMES = Object.keys(SCHEMES) as Scheme[];

describe("claimant colours", () => {
  it("has one slot per colour name, and no more", () => {
    const slots = rules.filter((r) => /^\.slot-\d+$/.test(r.selector) && r.media === "");
    expect(slots.map((r) => r.selector)).toEqual(SLOT_NUMBERS.map((n) => `.slot-${n}`));
    for (const scheme of SCHEME_NAMES)
      expect([...tokens(scheme).keys()].filter((k) => k.startsWith("--claimant-"))).toEqual(
        SLOT_NUMBERS.map((n) => `--claimant-${n}`),
      );
  });

  it.each(SCHEME_NAMES.flatMap((scheme) => SLOT_NUMBERS.map((slot) => ({ scheme, slot }))))(
    "$scheme, slot $slot: at least 3:1 on the paper",
    ({ scheme, slot }) => {
      const vars = tokens(scheme);
      const paper = resolve("var(--paper)", vars, slot)!;
      expect(contrast(resolve("var(--series)", vars, slot)!, paper)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(["light", "dark"] as const)("%s: never the text colour, and all different", (scheme) => {
    const vars = tokens(scheme);
    const colours = SLOT_NUMBERS.map((slot) => resolve("var(--series)", vars, slot)!.join());
    expect(new Set(colours).size).toBe(SLOT_NUMBERS.length);
    for (const text of ["--ink", "--muted"])
      expect(colours).not.toContain(resolve(`var(${text})`, vars, 1)!.join());
  });
});

// A rule draws part of a chart when its selector names a chart, a mark or a series.
const CHART = /\.(chart\b|mark\b|mark__|series-line|revision|legend-symbol|event-)/;
// Gridlines are quiet on purpose, and not needed to read a value; a period's band is a tint
// behind its full-strength hairline (.mark__period-line, checked), which carries the extent.
const EXEMPT = /\.grid\b|\.mark__period\b(?!-)/;

describe("every mark and line of a chart, in every state", () => {
  const drawn = rules.filter((r) => CHART.test(r.selector) && !EXEMPT.test(r.selector));

  it("finds the rules it checks", () => {
    const selectors = drawn.map((r) => r.selector);
    for (const s of [
      ".mark .mark__symbol",
      ".mark.is-superseded .mark__symbol",
      ".series-line",
      ".chart .event-rule",
      ".revision",
    ])
      expect(selectors).toContain(s);
  });

  it("fades nothing with opacity (a faded mark must still reach 3:1)", () => {
    for (const r of drawn) {
      const opacity = r.decls.get("opacity");
      if (opacity !== undefined) expect(Number(opacity), r.selector).toBeGreaterThanOrEqual(1);
    }
  });

  // A shape's edge is its stroke (unless the stroke is the paper-coloured halo), else its fill.
  const cases = SCHEME_NAMES.flatMap((scheme) =>
    drawn
      .filter((r) => r.media === "" || SCHEMES[scheme].includes(r.media as never))
      .map((rule) => ({ scheme, rule, selector: rule.selector })),
  );
  it.each(cases)("$scheme: $selector, every slot", ({ scheme, rule }) => {
    const vars = tokens(scheme);
    for (const slot of SLOT_NUMBERS) {
      const paper = resolve("var(--paper)", vars, slot)!;
      const stroke = rule.decls.get("stroke");
      const fill = rule.decls.get("fill");
      const strokeRgb = stroke ? resolve(stroke, vars, slot) : undefined;
      const halo = strokeRgb?.join() === paper.join();
      const edge = strokeRgb && !halo ? strokeRgb : fill ? resolve(fill, vars, slot) : undefined;
      if (!edge || edge.join() === paper.join()) continue; // draws nothing of its own
      expect(contrast(edge, paper), `slot ${slot}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(SCHEME_NAMES)("%s: a superseded mark looks faded beside a current one", (scheme) => {
    const vars = tokens(scheme);
    const faded = rules.find((r) => r.selector === ".mark.is-superseded .mark__symbol")!;
    for (const slot of SLOT_NUMBERS) {
      const full = resolve("var(--series)", vars, slot)!;
      const fill = resolve(faded.decls.get("fill")!, vars, slot)!;
      expect(contrast(full, fill), `slot ${slot}`).toBeGreaterThanOrEqual(1.5);
    }
  });

  it.each(SCHEME_NAMES)(
    "%s: dashed event rules are quieter than every claimant's marks",
    (scheme) => {
      const vars = tokens(scheme);
      const paper = resolve("var(--paper)", vars, 1)!;
      const rule = rules.find((r) => r.selector === ".chart .event-rule")!;
      const event = contrast(resolve(rule.decls.get("stroke")!, vars, 1)!, paper);
      expect(event).toBeGreaterThanOrEqual(3);
      for (const slot of SLOT_NUMBERS)
        expect(event).toBeLessThanOrEqual(contrast(resolve("var(--series)", vars, slot)!, paper));
    },
  );
});
