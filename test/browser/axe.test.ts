import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/staticServer.ts";
import { buildSite, makeSite } from "../helpers/site.ts";

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
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const dir = makeSite("example");
    expect(buildSite(dir).status).toBe(0);
    server = await serveStatic(join(dir, "dist"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it.each(PAGES)(`/%s has no violations (${colorScheme})`, async (path) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const report = violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(report).toEqual([]);
      await context.close();
    });
  }
});
