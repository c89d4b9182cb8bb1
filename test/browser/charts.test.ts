import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuiltSite, type BrowserSite } from "../helpers/browserSite.ts";

const PATH = "explainers/valley-quake-toll/";

describe("charts in headless Chromium (fixture: quake)", () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await openBuiltSite("quake");
  });
  afterAll(() => site?.close());

  const open = (width: number, javaScriptEnabled = true): Promise<Page> =>
    site.open(PATH, { width, javaScriptEnabled });

  /** Press Tab until the element matching `selector` has focus, as a keyboard user would. */
  const tabTo = async (page: Page, selector: string) => {
    const target = page.locator(selector).first();
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`never reached ${selector} by Tab`);
  };

  it("shows the chart, its description and its table with JavaScript off", async () => {
    const page = await open(1280, false);
    const svg = page.locator("#chart-1 .chart__svg--wide");
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.getAttribute("role")).resolves.toBe("img");
    await expect(page.locator("#chart-1 .chart__svg--narrow").isVisible()).resolves.toBe(false);
    await expect(page.locator("#chart-1 tbody tr").count()).resolves.toBe(5);
    await page.context().close();
  });

  it("opens a popup naming the claimant when a mark is reached by Tab, and Escape closes it", async () => {
    const page = await open(1280);
    const mark = '#chart-1 .chart__svg--wide [data-claim="aid-0508-killed"]';
    await tabTo(page, mark);
    const popup = page.locator("#chart-1 .chart__popup");
    await expect(popup.isVisible()).resolves.toBe(true);
    const text = await popup.innerText();
    expect(text).toContain("Mountain Aid");
    expect(text).toContain("at least 250");
    expect(text).toContain("Their words: “well over two hundred and fifty”");
    expect(text).toContain("Relief charity"); // the claimant's role
    await page.keyboard.press("Escape");
    await expect(popup.isVisible()).resolves.toBe(false);
    await expect(page.locator(mark).evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    await page.context().close();
  });

  it("marks an editorial inference in the popup", async () => {
    const page = await open(1280);
    await tabTo(page, '#chart-1 .chart__svg--wide [data-claim="governor-0506-killed-town"]');
    await expect(page.locator("#chart-1 .chart__popup").innerText()).resolves.toContain(
      "Editorial inference: one street is about forty homes",
    );
    await page.context().close();
  });

  it("draws the narrow layout on a phone, with nothing overflowing", async () => {
    const page = await open(375);
    await expect(page.locator("#chart-1 .chart__svg--narrow").isVisible()).resolves.toBe(true);
    await expect(page.locator("#chart-1 .chart__svg--wide").isVisible()).resolves.toBe(false);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("opens popups beside the mark on a wide screen, never over another mark or label", async () => {
    const page = await open(1280);
    const marks = page.locator("#chart-1 .chart__svg--wide .mark");
    const popup = page.locator("#chart-1 .chart__popup");
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).focus();
      await expect(popup.isVisible()).resolves.toBe(true);
      const covered = await page.evaluate(() => {
        const p = document.querySelector("#chart-1 .chart__popup")!.getBoundingClientRect();
        const focused = document.activeElement;
        return Array.from(
          document.querySelectorAll("#chart-1 .chart__svg--wide .mark, #chart-1 .direct-label"),
        )
          .filter((el) => el !== focused)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .some(
            (r) => r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom,
          );
      });
      expect(covered).toBe(false);
    }
    await page.context().close();
  });

  it("docks the popup under the chart on a phone, clear of the plot and its axis", async () => {
    const page = await open(320);
    await page.locator("#chart-1 .chart__svg--narrow .mark").first().focus();
    const popup = page.locator("#chart-1 .chart__popup");
    await expect(popup.getAttribute("class")).resolves.toContain("is-docked");
    // Both measured in one go: focusing the mark may scroll the page (smoothly), and two
    // separate measurements could straddle the scroll.
    const { plotBottom, popupTop } = await page.evaluate(() => ({
      plotBottom: document.querySelector("#chart-1 .chart__plots")!.getBoundingClientRect().bottom,
      popupTop: document.querySelector("#chart-1 .chart__popup")!.getBoundingClientRect().top,
    }));
    expect(popupTop).toBeGreaterThanOrEqual(plotBottom - 1);
    await page.context().close();
  });

  it("draws the focus ring at full strength on a faded (revised) mark", async () => {
    const page = await open(1280);
    const faded = page.locator("#chart-1 .chart__svg--wide .mark.is-superseded").first();
    await tabTo(page, "#chart-1 .chart__svg--wide .mark.is-superseded");
    const style = await faded.evaluate((el) => {
      const s = getComputedStyle(el);
      return { opacity: s.opacity, outline: s.outlineStyle, width: s.outlineWidth };
    });
    expect(style).toEqual({ opacity: "1", outline: "solid", width: "2px" });
    await page.context().close();
  });

  it.each([320, 375, 700, 1280])("renders no chart text below 12 px at %i px", async (width) => {
    const page = await open(width);
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const svg of document.querySelectorAll<SVGSVGElement>(".chart__svg")) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        const scale = box.width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll("text")) {
          min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
        }
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(12 - 0.01);
    await page.context().close();
  });

  it("keys only the encodings each chart draws, as drawn glyphs, with a method note", async () => {
    const page = await open(1280);
    const charts = await page.locator("figure.chart").evaluateAll((figures) =>
      figures.map((f) => {
        const svg = f.querySelector(".chart__svg--wide")!;
        return {
          key: Array.from(f.querySelectorAll(".chart__key li"), (li) => ({
            cls: li.className,
            glyph: li.querySelectorAll("svg path, svg circle").length,
            text: li.textContent ?? "",
          })),
          note: f.querySelector(".chart__note")?.textContent ?? "",
          drawn: {
            revised: svg.querySelectorAll(".mark.is-superseded").length > 0,
            range: svg.querySelectorAll(".mark--range").length > 0,
            inferred: svg.querySelectorAll(".mark.is-inferred").length > 0,
            lines: svg.querySelectorAll(".series-line").length > 0,
          },
          subtitle: f.querySelector(".chart__subtitle")?.textContent ?? "",
          rangeSymbols: svg.querySelectorAll(".mark--range .mark__symbol").length,
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.note).toMatch(/^Claims, not counts; dates are when each claim was made; /);
      for (const k of c.key) {
        expect(k.glyph).toBeGreaterThan(0);
        expect(k.text).toMatch(/^[\x20-\x7e]+$/);
      }
      const has = (id: string) => c.key.some((k) => k.cls === `key--${id}`);
      expect(has("revised")).toBe(c.drawn.revised);
      expect(has("range")).toBe(c.drawn.range);
      expect(has("inferred")).toBe(c.drawn.inferred);
      expect(c.subtitle.includes("lines join")).toBe(c.drawn.lines);
      expect(c.rangeSymbols).toBe(0);
    }
    await page.context().close();
  });

  it("highlights a claimant's series when its label is hovered", async () => {
    const page = await open(1280);
    const label = page.locator("#chart-1 .chart__svg--wide .direct-label").first();
    const who = await label.getAttribute("data-claimant");
    await label.hover();
    const dimmed = await page
      .locator("#chart-1 .chart__svg--wide .mark.is-dimmed")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-claimant")));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(dimmed).not.toContain(who);
    await page.context().close();
  });
});
