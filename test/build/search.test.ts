// The static search index (src/integrations/search.ts): what Pagefind writes into dist/pagefind/,
// what it indexes and what it leaves out, checked with Pagefind's own search code (its
// pagefind.js, run in Node against the built bundle served on 127.0.0.1).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/lib/staticServer.ts";
import { buildSite, makeSite, read, treeHash, type BuildResult } from "../helpers/site.ts";

const SLUG = "kursk-makhnovka-losses";
const PAGE = `dist/explainers/${SLUG}/index.html`;
const TITLE = "Zelensky says Russia lost up to a battalion near one Kursk village";

/** The part of Pagefind's browser API these tests use. */
interface Pagefind {
  options(o: { basePath: string; baseUrl: string }): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

describe("the search index of the example site", () => {
  let dir: string;
  let result: BuildResult;
  let server: StaticServer;
  let pagefind: Pagefind;

  const find = async (term: string | null, filters?: Record<string, string>) => {
    const { results } = await pagefind.search(term, { filters });
    return Promise.all(results.map((r) => r.data()));
  };

  beforeAll(async () => {
    dir = makeSite("example");
    result = buildSite(dir);
    if (result.status !== 0) return;
    server = await serveStatic(join(dir, "dist"));
    // A copy of the bundle's script per test run, so Node's module cache never hands back
    // another build's Pagefind.
    pagefind = (await import(
      `${pathToFileURL(join(dir, "dist/pagefind/pagefind.js")).href}?${Date.now()}`
    )) as Pagefind;
    await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: "/" });
  });
  afterAll(() => server?.close());

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Search index: 1 pages");
  });

  it("writes Pagefind's bundle and UI into dist/pagefind/, without the playground", () => {
    const bundle = join(dir, "dist/pagefind");
    for (const file of ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"])
      expect(existsSync(join(bundle, file)), file).toBe(true);
    const entry = JSON.parse(read(dir, "dist/pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    // One page: the explainer, not its embeds, the claimant, subject or topic pages.
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
    for (const part of ["index", "fragment", "filter"])
      expect(readdirSync(join(bundle, part)).length, part).toBeGreaterThan(0);
    expect(existsSync(join(bundle, "playground"))).toBe(false);
  });

  it("finds the explainer by a claimant's name, with its headline and a highlighted excerpt", async () => {
    const found = await find("Syrskyi");
    // Only the explainer, though the claimant's and subjects' pages name him too.
    expect(found.map((r) => r.url)).toEqual([`/explainers/${SLUG}/`]);
    expect(found[0]!.meta.title).toBe(TITLE);
    expect(found[0]!.excerpt).toMatch(/<mark>Syrskyi/);
  });

  it("indexes the body's prose and the charts' data tables", async () => {
    expect(await find("Makhnovka")).toHaveLength(1);
    // Words that are only in a chart's data table (a claim's verbatim wording).
    expect(read(dir, PAGE)).toContain("killed or injured");
    expect(await find("injured")).toHaveLength(1);
  });

  it("leaves out the page's chrome and the charts' furniture", async () => {
    const html = read(dir, PAGE);
    // Each word is on the page (masthead, skip link, footer, chart source line, embed
    // snippet, the figures' popups), so finding nothing means it was not indexed.
    const chrome: Array<[string, string]> = [
      ["Desk", "The Explainer Desk"], // masthead; chart source line "Chart: The Explainer Desk"
      ["Skip", "Skip to content"],
      ["Example", "Example News"], // footer
      ["iframe", "&lt;iframe"], // embed snippet
      ["Embed", "Embed this chart"],
      ["Copy", "Copy this into your page"],
    ];
    for (const [word, onPage] of chrome) {
      expect(html, word).toContain(onPage);
      expect(await find(word), word).toEqual([]);
    }
    // A figure's popup ("Pentagon, US Department of Defense") does not run into its sentence.
    const [page] = await find("Pentagon");
    expect(page!.excerpt).not.toMatch(/\d[A-Z]/);
  });

  it("has topic and claimant filters with the explainer's topics and claimants", async () => {
    expect(await pagefind.filters()).toEqual({
      topic: { Kursk: 1, "North Korea": 1, "Russia-Ukraine war": 1 },
      claimant: {
        "Oleksandr Syrskyi": 1,
        Pentagon: 1,
        "US and South Korean intelligence estimates": 1,
        "Volodymyr Zelensky": 1,
      },
    });
    expect(await find("Makhnovka", { topic: "Kursk" })).toHaveLength(1);
    expect(await find(null, { claimant: "Pentagon" })).toHaveLength(1);
    expect(await find("Makhnovka", { topic: "Floods" })).toEqual([]);
  });

  it("has a /search/ page that loads the bundle from the base path, and says what to do without JavaScript", () => {
    const html = read(dir, "dist/search/index.html");
    expect(html).toContain('<link rel="stylesheet" href="/pagefind/pagefind-ui.css">');
    expect(html).toMatch(/<div id="search" class="search" data-bundle-path="\/pagefind\/"/);
    // Said by the page itself, for readers without JavaScript; the page's script hides it
    // (test/browser/search.test.ts).
    const fallback = /<div class="search__fallback" id="search-fallback">([^]*?)<\/div>/.exec(html);
    expect(fallback?.[1]).toContain("Search needs JavaScript");
    expect(fallback?.[1]).toContain('<a href="/topics/kursk/">Kursk</a>');
    // The masthead on every page links to it.
    expect(read(dir, "dist/index.html")).toContain('class="masthead__search" href="/search/"');
    expect(read(dir, PAGE)).toContain('class="masthead__search" href="/search/"');
  });

  it("writes a byte-identical index when built again", () => {
    const first = treeHash(join(dir, "dist/pagefind"));
    expect(buildSite(dir).status).toBe(0);
    expect(treeHash(join(dir, "dist/pagefind"))).toEqual(first);
  });

  it("fails the build when the index cannot be written, leaving the previous dist/ as it was", () => {
    const before = treeHash(join(dir, "dist"));
    // A file where the bundle's folder must go: Astro copies it from public/ into the build.
    mkdirSync(join(dir, "public"), { recursive: true });
    writeFileSync(join(dir, "public/pagefind"), "not a folder\n");
    const failed = buildSite(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain("Search index (Pagefind) failed");
    // The scratch folder is removed: the build failed cleanly, not by dying half-way.
    expect(readdirSync(dir).filter((f) => f.startsWith(".dist-"))).toEqual([]);
    expect(treeHash(join(dir, "dist"))).toEqual(before);
    expect(readFileSync(join(dir, "dist/pagefind/pagefind-entry.json"), "utf8")).toContain(
      '"page_count":1',
    );
  });
});
