import { z } from "astro/zod";
import { closest } from "../lib/util/didYouMean.ts";

/**
 * The claimant colours, by name: the Okabe-Ito colour-blind-safe hues. Chart slot n (the CSS
 * class `slot-n` and token `--claimant-n` in src/styles/global.css) is the n-th name here.
 */
export const COLOURS = ["orange", "sky-blue", "green", "blue", "vermillion", "purple"] as const;
export type Colour = (typeof COLOURS)[number];

/**
 * The mark shapes a claimant can have: compact, so a bound's arrow never reads as part of one.
 * No upward triangle (beside the arrow of "at least" it reads as one more arrow) and no upright
 * plus (its arms merge with the arrows and look like a range's caps): `x` is a diagonal cross.
 */
export const SHAPES = ["circle", "square", "diamond", "x", "star", "wye"] as const;
export type Shape = (typeof SHAPES)[number];

/** One of `values`, with a did-you-mean for a near miss ("organge" → "orange"). */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => {
      const near = typeof issue.input === "string" ? closest(issue.input, values) : undefined;
      return `must be one of ${values.join(", ")}${near ? `: did you mean "${near}"?` : ""}`;
    },
  });
}

/** A claimant's colour on every chart, by name: `orange`. */
export const colour = oneOf(COLOURS);

/** A claimant's mark shape on every chart: `diamond`. */
export const shape = oneOf(SHAPES);
