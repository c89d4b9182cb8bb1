import { describe, expect, it } from "vitest";
import CompareSvg from "../../src/components/charts/CompareSvg.astro";
import TimelineSvg from "../../src/components/charts/TimelineSvg.astro";
import { createContainer } from "../helpers/container.ts";
import { compareFixtures, names, timelineFixtures } from "./fixtures.ts";

/**
 * Snapshots compare what matters: coordinates rounded to whole pixels (sub-pixel noise is not
 * a change anyone reviews; text such as "2.5k" is left alone) and one element per line so a
 * diff points at the mark that moved.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(
      /="([^"]*)"/g,
      (_, value: string) =>
        `="${value.replace(/-?\d+\.\d+(?!\d|em)/g, (n) => String(Math.round(Number(n))))}"`,
    )
    .replace(/>\s*</g, ">\n<")
    .trim()
    .concat("\n");
}

describe("chart SVG snapshots (reviewed)", async () => {
  const container = await createContainer();

  for (const [name, fixture] of Object.entries(timelineFixtures)) {
    it(name, async () => {
      const svg = await container.render(TimelineSvg, {
        props: {
          geometry: fixture(),
          id: "fixture",
          title: name,
          description: `Fixture ${name}.`,
          variant: "wide",
          names,
        },
      });
      await expect(normaliseSvg(svg)).toMatchFileSnapshot(`snapshots/${name}.svg`);
    });
  }

  for (const [name, fixture] of Object.entries(compareFixtures)) {
    it(name, async () => {
      const svg = await container.render(CompareSvg, {
        props: {
          geometry: fixture(),
          id: "fixture",
          title: name,
          description: `Fixture ${name}.`,
          variant: "wide",
        },
      });
      await expect(normaliseSvg(svg)).toMatchFileSnapshot(`snapshots/${name}.svg`);
    });
  }
});
