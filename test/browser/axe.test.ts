import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuiltSite, type BrowserSite } from "../helpers/browserSite.ts";

// Every page type of the example site, light and dark, through axe's WCAG 2.x A and AA rules.
const PAGES = [
  "",
  "explainers/kursk-makhnovka-losses/",
  "explainers/kursk-makhnovka-losses/embed/1/",
  "topics/kursk/",
  "claimants/zelensky/",
  "subjects/russian-forces-kursk/",
  "no-such-page/",
];

describe("accessibility (axe)", () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await openBuiltSite("example");
  });
  afterAll(() => site?.close());

  for (const colorScheme of ["light", "dark"] as const) {
    it.each(PAGES)(`/%s has no violations (${colorScheme})`, async (path) => {
      const page = await site.open(path, { colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const report = violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(report).toEqual([]);
      await page.context().close();
    });
  }
});
