// /search/ in headless Chromium: Pagefind's UI over the built index, with its filters, at the
// root and under a sub-path, without JavaScript, and under a strict Content-Security-Policy.
// The site is the example plus the flood fixture's story, so a filter has something to remove.
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/staticServer.ts";
import { siteConfig } from "../../src/site.config.ts";
import { ROOT, buildSite, makeSite } from "../helpers/site.ts";

const BASE = "/news/explainers/";
const KURSK = "Zelensky says Russia lost up to a battalion near one Kursk village";
const FLOOD = "Officials and aid groups differ on the Arden flood toll";

/** The example site with the flood story added (its author file renamed: both have desk.yaml). */
function twoStorySite(): string {
  const dir = makeSite("example");
  const flood = join(ROOT, "test/fixtures/flood/content");
  for (const folder of readdirSync(flood))
    for (const file of readdirSync(join(flood, folder)))
      cpSync(
        join(flood, folder, file),
        join(dir, "src/content", folder, folder === "authors" ? `flood-${file}` : file),
      );
  return dir;
}

/** sha256 sources for a page's inline scripts, as a hash-based CSP lists them. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
  );
}

describe("/search/ in headless Chromium", () => {
  let dir: string;
  let atRoot: StaticServer;
  let atBase: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = twoStorySite();
    expect(buildSite(dir).status).toBe(0);
    renameSync(join(dir, "dist"), join(dir, "dist-root"));
    expect(buildSite(dir, { SITE_BASE: BASE }).status).toBe(0);
    atRoot = await serveStatic(join(dir, "dist-root"));
    atBase = await serveStatic(join(dir, "dist"), BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await atRoot?.close();
    await atBase?.close();
  });

  interface Opened {
    page: Page;
    /** Content-Security-Policy violations the browser reported. */
    violations: string[];
  }

  async function open(
    server: StaticServer,
    { width = 1280, javaScriptEnabled = true, csp = "" } = {},
  ): Promise<Opened> {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    if (csp) {
      // Every response from the site (pages, scripts, the worker, the index) gets the policy.
      await context.route("**/*", async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), "content-security-policy": csp },
        });
      });
    }
    await page.goto(`${server.url}search/`);
    return { page, violations };
  }

  const results = (page: Page) => page.locator(".pagefind-ui__result");
  const titles = (page: Page) =>
    page.locator(".pagefind-ui__result-inner > .pagefind-ui__result-title").allInnerTexts();

  async function searchFor(page: Page, term: string) {
    await page.locator(".pagefind-ui__search-input").fill(term);
    await results(page).first().waitFor();
  }

  /** Tick a filter's box and wait for the results to change to `count`. */
  async function filter(page: Page, label: string, count: number) {
    await page.getByRole("checkbox", { name: new RegExp(`^${label} \\(\\d+\\)`) }).check();
    await page.locator(".pagefind-ui__message", { hasText: `${count} result` }).waitFor();
  }

  it("finds the explainer by a claimant's name, with a highlighted excerpt", async () => {
    const { page } = await open(atRoot);
    await searchFor(page, "Syrskyi");
    expect(await titles(page)).toEqual([KURSK]);
    // The message for readers without JavaScript is gone.
    await expect(page.getByText("Search needs JavaScript").isVisible()).resolves.toBe(false);
    const first = results(page).first();
    await expect(
      first.locator(".pagefind-ui__result-link").first().getAttribute("href"),
    ).resolves.toBe("/explainers/kursk-makhnovka-losses/");
    await expect(
      first.locator(".pagefind-ui__result-excerpt mark").first().innerText(),
    ).resolves.toMatch(/^Syrskyi/);
    await page.context().close();
  });

  it("narrows the results by topic and by claimant", async () => {
    const { page } = await open(atRoot);
    // "said" is in both stories.
    await searchFor(page, "said");
    await page.locator(".pagefind-ui__message", { hasText: "2 results" }).waitFor();
    expect((await titles(page)).sort()).toEqual([FLOOD, KURSK].sort());
    await filter(page, "Kursk", 1);
    expect(await titles(page)).toEqual([KURSK]);
    await page.getByRole("checkbox", { name: /^Kursk / }).uncheck();
    await page.locator(".pagefind-ui__message", { hasText: "2 results" }).waitFor();
    await filter(page, "Valley Relief", 1);
    expect(await titles(page)).toEqual([FLOOD]);
    await page.context().close();
  });

  it("finds nothing for the words of the page's chrome", async () => {
    const { page } = await open(atRoot);
    // The masthead's site name and the skip link: on every page, in no page's indexed body.
    for (const word of ["Desk", "Skip"]) {
      await expect(page.locator("body").innerText()).resolves.toContain(word);
      await page.locator(".pagefind-ui__search-input").fill(word);
      await page.locator(".pagefind-ui__message", { hasText: `No results for ${word}` }).waitFor();
      expect(await results(page).count()).toBe(0);
    }
    await page.context().close();
  });

  it("works under a sub-path: the bundle loads and result links start with the base", async () => {
    const { page } = await open(atBase);
    await searchFor(page, "Syrskyi");
    const link = results(page).first().locator(".pagefind-ui__result-link").first();
    await expect(link.getAttribute("href")).resolves.toBe(
      `${BASE}explainers/kursk-makhnovka-losses/`,
    );
    await link.click();
    await page.waitForURL(`**${BASE}explainers/kursk-makhnovka-losses/`);
    await expect(page.locator("h1").innerText()).resolves.toBe(KURSK);
    await page.context().close();
  });

  it("works under a strict Content-Security-Policy", async () => {
    const html = readFileSync(join(dir, "dist-root/search/index.html"), "utf8");
    const csp = [
      "default-src 'none'",
      `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(" ")}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join("; ");
    const { page, violations } = await open(atRoot, { csp });
    await searchFor(page, "Syrskyi");
    await filter(page, "Kursk", 1);
    expect(await titles(page)).toEqual([KURSK]);
    // Icons and the manifest are linked by the site's absolute address, which in production is
    // the page's own origin ('self'); here the site is served from 127.0.0.1.
    expect(violations.filter((v) => !v.includes(`'${siteConfig.url}/`))).toEqual([]);
    await page.context().close();
  });

  it("says that search needs JavaScript, and links to the topics, when it is off", async () => {
    const { page } = await open(atBase, { javaScriptEnabled: false });
    await expect(page.getByText("Search needs JavaScript").isVisible()).resolves.toBe(true);
    const topic = page.getByRole("link", { name: "Kursk", exact: true });
    await expect(topic.getAttribute("href")).resolves.toBe(`${BASE}topics/kursk/`);
    await page.context().close();
  });

  it("fits a phone: nothing overflows sideways with results and filters shown", async () => {
    const { page } = await open(atRoot, { width: 320 });
    await searchFor(page, "Syrskyi");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("is linked from the masthead", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(atBase.url);
    await page.locator(".masthead").getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`**${BASE}search/`);
    await page.locator(".pagefind-ui__search-input").waitFor();
    await context.close();
  });
});
