// `npm run screenshots`: serve dist/ on 127.0.0.1 and capture each page type at phone and
// desktop widths, light and dark, into screenshots/ (not committed) for a human to look at.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "./lib/browser.ts";
import { serveStatic } from "./lib/staticServer.ts";

const root = resolve(".");
const out = join(root, "screenshots");
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["", "explainers/kursk-makhnovka-losses/", "topics/kursk/", "missing/"];
mkdirSync(out, { recursive: true });

const server = await serveStatic(join(root, "dist"));
const browser = await launchBrowser();
try {
  for (const path of pages) {
    for (const width of [375, 1280]) {
      for (const scheme of ["light", "dark"] as const) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        await page.goto(server.url + path);
        const name = `${path.replace(/\/$/, "").replace(/\//g, "_") || "home"}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        await context.close();
        console.log(join("screenshots", name));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
