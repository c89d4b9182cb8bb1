// A fixture site built, served on 127.0.0.1 and opened in headless Chromium: what every
// browser test starts from.
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { join } from "node:path";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/staticServer.ts";
import { buildSite, makeSite } from "./site.ts";

export interface OpenOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  colorScheme?: "light" | "dark";
}

export interface BrowserSite {
  /** A page at `path` in its own browser context; close it with `page.context().close()`. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Build `fixture` (a folder under test/fixtures/, or "example"), serve it, start Chromium. */
export async function openBuiltSite(fixture: string): Promise<BrowserSite> {
  const dir = makeSite(fixture);
  expect(buildSite(dir).status).toBe(0);
  const server: StaticServer = await serveStatic(join(dir, "dist"));
  const browser: Browser = await launchBrowser();
  return {
    async open(path, { width = 1280, height = 900, ...options } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, ...options });
      const page = await context.newPage();
      await page.goto(server.url + path);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
