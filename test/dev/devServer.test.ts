import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { buildEnv, edit, makeSite, ROOT } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const CLAIMS = "src/content/claims/flood.yaml";
const PAGE = "explainers/river-flood-toll/";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Poll until `ok` holds for the page's response, or fail after `seconds`. With `touch`, the
 * edited file is written again every few seconds: on a loaded machine the file watcher can
 * still be starting when the first edit lands, and an editor saves more than once anyway.
 */
async function until(
  url: string,
  ok: (status: number, body: string) => boolean,
  seconds = 30,
  touch?: string,
) {
  const deadline = Date.now() + seconds * 1000;
  let last = "";
  let nextTouch = Date.now() + 3000;
  while (Date.now() < deadline) {
    if (touch && Date.now() > nextTouch) {
      writeFileSync(touch, readFileSync(touch));
      nextTouch = Date.now() + 3000;
    }
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (ok(res.status, body)) return body;
      last = `${res.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}; last response: ${last}`);
}

const figures = (html: string) =>
  [...html.matchAll(/class="claim__figure"[^>]*>([^<]+)</g)].map((m) => m[1]);

describe("npm run dev: live preview while authoring", () => {
  let dir: string;
  let server: ChildProcess;
  let base: string;

  beforeAll(async () => {
    dir = makeSite("flood");
    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    server = spawn(
      process.execPath,
      [
        join(ROOT, "node_modules/astro/bin/astro.mjs"),
        "dev",
        "--root",
        dir,
        "--host",
        "127.0.0.1",
        "--port",
        String(port),
      ],
      { env: buildEnv(), stdio: "ignore" },
    );
    await until(base + PAGE, (status) => status === 200, 60);
  });

  afterAll(() => {
    server?.kill();
  });

  it("shows drafts, which the production build leaves out", async () => {
    await until(base, (_, body) => body.includes("An unfinished draft"));
  });

  it("serves each explainer's card and downloads (npm run build writes them itself)", async () => {
    const card = await fetch(`${base}og/river-flood-toll.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await card.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    const csv = await fetch(`${base}${PAGE}claims.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/^id,date,claimant_id/);
    const json = await fetch(`${base}${PAGE}claims.json`);
    expect(json.status).toBe(200);
    expect((JSON.parse(await json.text()) as { claims: unknown[] }).claims.length).toBeGreaterThan(
      0,
    );
  });

  it("shows a changed figure in a claims file on the next request, without a restart", async () => {
    expect(figures(await until(base + PAGE, () => true))).toContain("41");
    edit(dir, CLAIMS, "value: { kind: point, n: 41 }", "value: { kind: point, n: 43 }");
    const html = await until(
      base + PAGE,
      (_, body) => figures(body).includes("43"),
      30,
      join(dir, CLAIMS),
    );
    expect(figures(html)).not.toContain("41");
  });

  it("shows a changed MDX body", async () => {
    edit(dir, MDX, "Rescue teams will keep searching", "Rescue teams will keep combing");
    await until(
      base + PAGE,
      (_, body) => body.includes("Rescue teams will keep combing"),
      30,
      join(dir, MDX),
    );
  });

  it("shows a content error with the checker's message, and recovers when it is fixed", async () => {
    edit(
      dir,
      MDX,
      '<Claim id="relief-2026-03-09-wounded" />',
      '<Claim id="relief-2026-03-09-wonded" />',
    );
    await until(base + PAGE, (status) => status === 500, 30, join(dir, MDX));
    // Astro's error overlay is drawn by its client script: read it as an author would see it.
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(base + PAGE);
      const overlay = page.locator("vite-error-overlay");
      await overlay.waitFor({ timeout: 15_000 });
      const text = await overlay.evaluate(
        (el) => el.shadowRoot?.querySelector("#message-content")?.textContent ?? "",
      );
      expect(text).toBe(
        "Content check found 1 problem:\n\n" +
          `${MDX}:18:140 <Claim id>: unknown claim "relief-2026-03-09-wonded"\n` +
          '    Did you mean "relief-2026-03-09-wounded"? Claims are declared in src/content/claims/.',
      );
    } finally {
      await browser.close();
    }
    edit(
      dir,
      MDX,
      '<Claim id="relief-2026-03-09-wonded" />',
      '<Claim id="relief-2026-03-09-wounded" />',
    );
    await until(
      base + PAGE,
      (status, html) => status === 200 && figures(html).includes("200–350"),
      30,
      join(dir, MDX),
    );
  });
});
