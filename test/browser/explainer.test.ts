import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuiltSite, type BrowserSite, type OpenOptions } from "../helpers/browserSite.ts";

const PATH = "explainers/kursk-makhnovka-losses/";

describe("the example explainer in headless Chromium", () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await openBuiltSite("example");
  });
  afterAll(() => site?.close());

  const open = (width: number, options: Omit<OpenOptions, "width"> = {}) =>
    site.open(PATH, { width, height: 800, ...options });

  it("reads with JavaScript off: sections, figures and sources all there", async () => {
    const page = await open(1280, { javaScriptEnabled: false });
    await expect(
      page.getByRole("heading", { level: 2, name: "Who Said What" }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.locator(".claim__figure", { hasText: "more than 38,000" }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator("#chart-1 .chart__svg--wide").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Sources" }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it.each([320, 375])("nothing overflows sideways at %i px", async (width) => {
    const page = await open(width);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("shows a figure's claimant and date when it is reached by keyboard", async () => {
    const page = await open(1280, { javaScriptEnabled: false });
    const figure = page.locator('[data-claim="pentagon-2024-12-30-nk-casualties"] .claim__figure');
    const details = page.locator(
      '[data-claim="pentagon-2024-12-30-nk-casualties"] .claim__details',
    );
    await expect(details.isVisible()).resolves.toBe(false);
    // Tab through the page until the figure has focus, as a keyboard user would.
    for (
      let i = 0;
      i < 40 && !(await figure.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(details.isVisible()).resolves.toBe(true);
    await expect(details.innerText()).resolves.toContain("Pentagon, US Department of Defense");
    await expect(details.innerText()).resolves.toContain("30 December 2024");
    await page.context().close();
  });

  it("keeps a figure's details on screen on a phone", async () => {
    const page = await open(375);
    const claim = '[data-claim="zelensky-2025-01-04-makhnovka"]';
    await page.focus(`${claim} .claim__figure`);
    const box = (await page.locator(`${claim} .claim__details`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it("switches palette with the reader's colour scheme", async () => {
    const colours = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(1280, { colorScheme });
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.context().close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it("lets Escape dismiss a figure's details, which come back on the next focus", async () => {
    const page = await open(1280);
    const claim = '[data-claim="syrskyi-2025-01-01-russian-casualties"]';
    await page.focus(`${claim} .claim__figure`);
    const details = page.locator(`${claim} .claim__details`);
    await expect(details.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(details.isVisible()).resolves.toBe(false);
    await page.keyboard.press("Shift+Tab");
    await page.focus(`${claim} .claim__figure`);
    await expect(details.isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
