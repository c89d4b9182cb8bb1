// `npm run audit [-- <dist> [<page> ...]]`: Lighthouse (mobile, its default settings) on pages
// of an already built site, served from 127.0.0.1. It builds nothing: run `npm run build` first.
//
//   <dist>   the built site; `dist` by default
//   <page>   paths under the site's base; by default the home page and one explainer (the
//            example's if it is there, otherwise the first in dist/explainers/)
//
// Prints the four category scores of each page and exits with 1 when a page scores below 100
// in accessibility, best practices or SEO (the failing audits are listed). Those three depend
// only on the markup and headers, so they are the same on every machine, and the templates
// reach 100. Performance is shown but not gated: Lighthouse simulates a slow phone on a slow
// network from timings taken on this machine, so the score moves with the machine's load.
// (Chart embed pages are noindex on purpose, so SEO is below 100 there if you name one.)
// A site built for a sub-path is served under SITE_BASE, as `npm run build` reads it.
import lighthouse from "lighthouse";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildBase } from "../src/lib/util/paths.ts";
import { siteConfig } from "../src/site.config.ts";
import { browserLaunch } from "./lib/browser.ts";
import { serveStatic } from "./lib/staticServer.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The categories that must score 100, and why the others are not gated: see above. */
const GATED = new Set<string>(["accessibility", "best-practices", "seo"]);
/** Lighthouse's performance metrics, by audit id, with their usual short names. */
const METRICS: Record<string, string> = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
};
const EXAMPLE = "explainers/kursk-makhnovka-losses/";

const [distArg = "dist", ...pageArgs] = process.argv.slice(2);
const dist = resolve(distArg);
if (!existsSync(join(dist, "index.html"))) {
  console.error(`No built site at ${dist} (no index.html): run npm run build first.`);
  process.exit(2);
}
const base = buildBase(siteConfig.base);

function defaultPages(): string[] {
  if (existsSync(join(dist, EXAMPLE, "index.html"))) return ["", EXAMPLE];
  const dir = join(dist, "explainers");
  const first = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .find((slug) => existsSync(join(dir, slug, "index.html")))
    : undefined;
  return first ? ["", `explainers/${first}/`] : [""];
}
const pages = pageArgs.length ? pageArgs.map((p) => p.replace(/^\//, "")) : defaultPages();
for (const page of pages) {
  const file = join(dist, page);
  const html = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
  if (!existsSync(html)) {
    console.error(`${page || "/"} is not in ${dist}.`);
    process.exit(2);
  }
}

let announced = false;

/** Start the browser with a DevTools port for Lighthouse to connect to; resolves with the port. */
async function startBrowser(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const { executablePath, args, env, why } = await browserLaunch();
  const child = spawn(
    executablePath,
    [
      ...args,
      "--headless",
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { env: env ?? process.env, stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolvePort, reject) => {
    let stderr = "";
    const timer = setTimeout(
      () => fail(new Error("it did not open a DevTools port in 30 s")),
      30_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`Could not start ${executablePath} (${why}): ${error.message}\n${stderr}`));
    };
    child.on("error", fail);
    child.on("exit", (code, signal) => fail(new Error(`it exited (${signal ?? code})`)));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        child.stderr.removeAllListeners("data").resume(); // keep draining, unread
        resolvePort(Number(match[1]));
      }
    });
  });
  if (!announced) process.stderr.write(`Browser: ${executablePath} (${why})\n`);
  announced = true;
  return { child, port };
}

/** End the browser and wait until it has gone, so that it writes nothing into a removed profile. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill();
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

interface PageResult {
  page: string;
  scores: Record<string, number | null>;
  /** The metrics behind the performance score, for reading it: "LCP 1.1 s". */
  metrics: string[];
  /** Failing audits of gated categories, and console errors, one line each. */
  problems: string[];
}

/** Lighthouse on one page, in a browser of its own (so that no page sees another's cache). */
async function audit(url: string): Promise<PageResult> {
  const profile = mkdtempSync(join(tmpdir(), "explainer-desk-audit-"));
  let browser: ChildProcess | undefined;
  try {
    const started = await startBrowser(profile);
    browser = started.child;
    process.stderr.write(`Lighthouse: ${url}\n`);
    const run = await lighthouse(url, { port: started.port, logLevel: "error", output: "json" });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const scores: Record<string, number | null> = {};
    const problems: string[] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category?.score == null ? null : Math.round(category.score * 100);
      if (!category || !GATED.has(id)) continue;
      for (const ref of category.auditRefs) {
        const result = lhr.audits[ref.id];
        if (ref.weight > 0 && result && result.score !== null && result.score < 1)
          problems.push(`${id}: ${ref.id}: ${result.title}`);
      }
    }
    const consoleErrors = lhr.audits["errors-in-console"]?.details;
    if (consoleErrors?.type === "table") {
      for (const item of consoleErrors.items) {
        const where = item.sourceLocation as { url?: string } | undefined;
        problems.push(
          `console: ${typeof item.description === "string" ? item.description : JSON.stringify(item.description)}${where?.url ? ` (${where.url})` : ""}`,
        );
      }
    }
    for (const warning of lhr.runWarnings) problems.push(`warning: ${warning}`);
    const metrics = Object.entries(METRICS).map(
      ([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? "n/a"}`,
    );
    return { page: new URL(url).pathname, scores, metrics, problems };
  } finally {
    if (browser) await stop(browser);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

const server = await serveStatic(dist, base);
const results: PageResult[] = [];
try {
  for (const page of pages) results.push(await audit(server.url + page));
} finally {
  await server.close();
}

// The table.
const header = ["page", ...CATEGORIES];
const rows = results.map((r) => [
  r.page,
  ...CATEGORIES.map((c) => (r.scores[c] === null ? "n/a" : String(r.scores[c]))),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));

let failed = false;
for (const r of results) {
  const low = CATEGORIES.filter((c) => GATED.has(c) && r.scores[c] !== 100);
  if (low.length) failed = true;
  console.log(`\n${r.page}: ${r.metrics.join(", ")}`);
  for (const problem of r.problems) console.log(`  ${problem}`);
}
if (failed) {
  console.error(`\nBelow 100 in ${[...GATED].join(", ")} on at least one page: see above.`);
  process.exit(1);
}
