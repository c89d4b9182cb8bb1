// `npm run build` writes each explainer's social card and claims downloads itself, beside
// Astro's pages (src/lib/site/publishedFiles.ts); the routes write them in `npm run dev` and a
// plain `astro build`. Both ways must publish the same files, byte for byte, for the same
// explainers (drafts left out), with a lead image, a headline claim and non-ASCII text.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
} from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { buildEnv, buildSite, edit, makeSite, ROOT, type BuildResult } from "../helpers/site.ts";

/** Every card and per-explainer download of a built site, by path, with its bytes. */
function publishedFiles(dist: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(join(dist, "og")))
    out.set(`og/${name}`, readFileSync(join(dist, "og", name)));
  for (const slug of readdirSync(join(dist, "explainers"))) {
    for (const name of ["claims.csv", "claims.json"]) {
      const path = join(dist, "explainers", slug, name);
      if (existsSync(path)) out.set(`explainers/${slug}/${name}`, readFileSync(path));
    }
  }
  return out;
}

describe("files written beside Astro's pages", () => {
  let dir: string;
  let routes: { status: number | null; stdout: string; stderr: string };
  let ours: BuildResult;
  let byRoutes: Map<string, Buffer>;
  let byBuild: Map<string, Buffer>;
  const story = "src/content/explainers/coldharbour-rescue-race.mdx";

  beforeAll(() => {
    dir = makeSite("newsroom");
    // A lead image behind one card, and words beyond ASCII in its title.
    mkdirSync(join(dir, "src/assets/lead"), { recursive: true });
    copyFileSync(
      join(ROOT, "test/fixtures/flood/assets/lead/river.jpg"),
      join(dir, "src/assets/lead/river.jpg"),
    );
    edit(
      dir,
      story,
      /^topics: (.*)$/m,
      'topics: $1\nimage:\n  src: ../../assets/lead/river.jpg\n  alt: "A test picture"\n  credit: "Test"',
    );
    edit(dir, story, /^title: .*$/m, 'title: "Łódź, Ærø and İstanbul: the rescue race"');

    const astro = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir],
      { cwd: ROOT, encoding: "utf8", env: buildEnv() },
    );
    routes = { status: astro.status, stdout: astro.stdout, stderr: astro.stderr };
    if (astro.status === 0) {
      byRoutes = publishedFiles(join(dir, "dist"));
      renameSync(join(dir, "dist"), join(dir, "dist-routes"));
    }
    ours = buildSite(dir);
    if (ours.status === 0) byBuild = publishedFiles(join(dir, "dist"));
  }, 600_000);

  it("builds both ways", () => {
    expect(routes.status, routes.stderr).toBe(0);
    expect(ours.status, ours.stderr).toBe(0);
  });

  it("publishes the same cards and downloads, byte for byte", () => {
    expect([...byBuild.keys()].sort()).toEqual([...byRoutes.keys()].sort());
    for (const [path, bytes] of byRoutes) expect(byBuild.get(path)?.equals(bytes), path).toBe(true);
  });

  it("writes one card and two downloads per published explainer, none for a draft", () => {
    const published = readdirSync(join(dir, "src/content/explainers"))
      .filter(
        (f) =>
          !readFileSync(join(dir, "src/content/explainers", f), "utf8").includes("draft: true"),
      )
      .map((f) => f.replace(/\.mdx$/, ""));
    expect(published.length).toBeGreaterThan(20);
    const cards = [...byBuild.keys()].filter((p) => p.startsWith("og/")).sort();
    expect(cards).toEqual(["og/site.png", ...published.map((s) => `og/${s}.png`)].sort());
    for (const slug of published) {
      expect(byBuild.has(`explainers/${slug}/claims.csv`), slug).toBe(true);
      expect(byBuild.has(`explainers/${slug}/claims.json`), slug).toBe(true);
    }
    expect(byBuild.has("og/coldharbour-reopening-draft.png")).toBe(false);
    expect(byBuild.has("explainers/coldharbour-reopening-draft/claims.csv")).toBe(false);
  });

  it("leaves them to the build script: Astro renders no card or download route", () => {
    // Astro lists the files it writes in its log: a plain `astro build` lists these routes' files,
    // `npm run build` does not (it writes them itself).
    const card = /\/og\/coldharbour-rescue-race\.png/;
    const download = /\/explainers\/[^/\s]+\/claims\.(?:csv|json)/;
    expect(routes.stdout).toMatch(card);
    expect(routes.stdout).toMatch(download);
    expect(ours.stdout).not.toMatch(card);
    expect(ours.stdout).not.toMatch(download);
  });
});
