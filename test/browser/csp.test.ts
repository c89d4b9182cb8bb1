// The Content-Security-Policy in a real browser: the example served with the headers of its own
// dist/_headers (as Netlify or Cloudflare Pages would) on top of each page's <meta>. Nothing is
// refused, the chart popups and the search still work, and only embeds can be framed.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/staticServer.ts";
import { matches } from "../../src/integrations/headers.ts";
import { buildSite, makeSite, read } from "../helpers/site.ts";

const SLUG = "kursk-makhnovka-losses";
/** Another site, which frames our pages. */
const OTHER = "http://other-site.test/";

describe("Content-Security-Policy in headless Chromium (example)", () => {
  let server: StaticServer;
  let browser: Browser;
  let rules: Array<{ pattern: string; headers: Array<[string, string]> }>;

  beforeAll(async () => {
    const dir = makeSite("example");
    expect(buildSite(dir, { BUILD_LOG_LEVEL: "silent" }).status).toBe(0);
    rules = read(dir, "dist/_headers")
      .split(/\n\n+/)
      .map((block) => block.split("\n").filter((l) => l && !l.startsWith("#")))
      .filter((lines) => lines.length > 1)
      .map(([pattern, ...lines]) => ({
        pattern: pattern!,
        headers: lines.map((l) => l.trim().split(/:\s(.*)/s, 2) as [string, string]),
      }));
    server = await serveStatic(join(dir, "dist"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A context whose responses from our server carry the _headers headers. */
  async function context(): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.route(`${server.url}**`, async (route) => {
      try {
        const response = await route.fetch();
        const path = new URL(route.request().url()).pathname;
        const extra = Object.fromEntries(
          rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers),
        );
        await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
      } catch (error) {
        // A request still in flight when its test closed the page (the search page keeps
        // fetching index fragments): nothing is waiting for it any more.
        if (!/disposed|closed/i.test((error as Error).message)) throw error;
      }
    });
    return ctx;
  }

  /** Open `path`, collecting every console message and page error. */
  async function open(path: string): Promise<{ page: Page; messages: string[] }> {
    const page = await (await context()).newPage();
    const messages: string[] = [];
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => messages.push(`error: ${e.message}`));
    await page.goto(server.url + path);
    return { page, messages };
  }

  it("puts the policy on the explainer twice: its <meta> and the header", async () => {
    const { page } = await open(`explainers/${SLUG}/`);
    const response = await page.reload();
    expect(response!.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'$/);
    await expect(
      page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content"),
    ).resolves.toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    await page.context().close();
  });

  it("refuses nothing on the explainer, and a chart mark reached by Tab still opens its popup", async () => {
    const { page, messages } = await open(`explainers/${SLUG}/`);
    const mark = page.locator("#chart-1 .chart__svg--wide [data-claim]").first();
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await mark.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const popup = page.locator("#chart-1 .chart__popup");
    await expect(popup.isVisible()).resolves.toBe(true);
    await expect(popup.innerText()).resolves.not.toBe("");
    // (The icons are linked at the site's own address, which this machine cannot reach.)
    expect(messages.filter((m) => /Content.Security.Policy|Refused/i.test(m))).toEqual([]);
    await page.context().close();
  });

  it("runs the search (Pagefind's script, worker and WebAssembly) with nothing refused", async () => {
    const { page, messages } = await open("search/");
    await page.locator("#search input").first().fill("Kursk");
    await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
    expect(messages.filter((m) => /Content.Security.Policy|Refused/i.test(m))).toEqual([]);
    await page.context().close();
  });

  it("lets another site frame an embed, and not the explainer itself", async () => {
    const ctx = await context();
    const embed = `${server.url}explainers/${SLUG}/embed/1/`;
    const story = `${server.url}explainers/${SLUG}/`;
    await ctx.route(OTHER, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>x</title><iframe id="embed" src="${embed}"></iframe><iframe id="story" src="${story}"></iframe>`,
      }),
    );
    const page = await ctx.newPage();
    await page.goto(OTHER);
    await page.waitForLoadState("load");
    const text = async (id: string) => {
      const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      return frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    };
    await expect(text("embed")).resolves.toContain("Data table");
    // The same page loads at the top level (above); framed, the browser shows its error page.
    await expect(text("story")).resolves.not.toContain("Why It Matters");
    await expect(text("embed")).resolves.toContain("Zelensky says Russia lost");
    await ctx.close();
  });
});
