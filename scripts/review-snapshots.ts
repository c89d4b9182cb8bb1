// `npm run snapshots:review`: draw every reviewed chart snapshot (test/charts/snapshots/*.svg)
// with the site's stylesheet, light and dark, into screenshots/snapshots/<name>-<scheme>.png,
// so a person can look at a changed snapshot before accepting it.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "./lib/browser.ts";

const root = resolve(".");
const dir = join(root, "test/charts/snapshots");
const css = readFileSync(join(root, "src/styles/global.css"), "utf8");
const figures = readdirSync(dir)
  .filter((f) => f.endsWith(".svg"))
  .sort()
  .map(
    (f) =>
      `<section class="chart" data-chart id="${f.replace(/\.svg$/, "")}"><h2 class="chart__title">${f}</h2><div class="chart__plots">${readFileSync(join(dir, f), "utf8")}</div></section>`,
  )
  .join("\n");
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body{padding:1rem;max-width:700px}.chart__svg--narrow{display:block!important}</style></head><body>${figures}</body></html>`;

const out = join(root, "screenshots/snapshots");
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width: 720, height: 800 }, colorScheme });
    await page.setContent(html);
    for (const section of await page.locator("section.chart").all()) {
      const file = join(out, `${await section.getAttribute("id")}-${colorScheme}.png`);
      await section.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
