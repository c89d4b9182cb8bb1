// Incremental builds: a rebuild re-renders exactly the generated pages whose content changed,
// copies the rest from the previous build, and leaves dist/ byte-identical to a fresh build.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, treeHash } from "../helpers/site.ts";

const CLAIM = "relief-network-2026-03-02-harlow-flood-killed";
const CLAIMS_FILE = "src/content/claims/newsroom.yaml";

/** The pages a build rendered and the ones it copied from the last build, from its log. */
function renderLog(stdout: string) {
  const rendered = new Set<string>();
  const copied = new Set<string>();
  // "  ├─ /explainers/x/index.html (+12ms)" or "… /explainers/x/index.html (cached)"
  // (colour codes stripped). Pages render several at a time, so a rendered page's line may run
  // on into the next log line before its time is printed; a copied page's never does.
  // eslint-disable-next-line no-control-regex -- the escape that starts a colour code
  const log = stdout.replace(/\x1b\[[0-9;]*m/g, "");
  const page =
    /[├└]─ (\/\S*?\.(?:html|csv|json|xml|png|txt|ico|svg|webmanifest))( \((?:cached|restored)\))?/g;
  for (const m of log.matchAll(page)) (m[2] ? copied : rendered).add(m[1]!.replace(/^\//, ""));
  return { rendered, copied };
}

/** Every generated file under dist/ whose text names the claim (pages, downloads). */
function filesNaming(dist: string, text: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(html|csv|json)$/.test(name) && readFileSync(p, "utf8").includes(text))
        out.add(relative(dist, p));
    }
  };
  walk(dist);
  return out;
}

const SLEEP = new Int32Array(new SharedArrayBuffer(4));

/** The routes with a cacheKey: every page made from getStaticPaths. */
const generated = (file: string) =>
  /^(explainers|claimants|subjects|topics|archive|og)\//.test(file) && file !== "og/site.png";

describe("incremental builds", () => {
  let dir: string;
  let first: ReturnType<typeof renderLog>;

  beforeAll(() => {
    dir = makeSite("newsroom");
    const r = buildSite(dir);
    expect(r.status, r.stderr).toBe(0);
    first = renderLog(r.stdout);
  }, 240_000);

  it("renders every page the first time and copies every generated page when nothing changed", () => {
    expect(first.copied.size).toBe(0);
    expect([...first.rendered].filter(generated).length).toBeGreaterThan(40);
    const before = treeHash(join(dir, "dist"));
    // A replaced dist/ whose deletion was cut short: the next build clears it away.
    mkdirSync(join(dir, ".dist-previous-1/explainers"), { recursive: true });
    const again = buildSite(dir);
    expect(again.status, again.stderr).toBe(0);
    const log = renderLog(again.stdout);
    expect([...log.rendered].filter(generated)).toEqual([]);
    expect(treeHash(join(dir, "dist"))).toEqual(before);
    // The dist/ it replaced is deleted after the build has finished, by a process of its own.
    const leftovers = () => readdirSync(dir).filter((n) => n.startsWith(".dist-previous"));
    const until = Date.now() + 20_000;
    while (leftovers().length && Date.now() < until) Atomics.wait(SLEEP, 0, 0, 100);
    expect(leftovers()).toEqual([]);
  }, 240_000);

  it("after one claim is edited, re-renders exactly the pages showing it, byte-identical to a fresh build", () => {
    const showing = [...filesNaming(join(dir, "dist"), CLAIM)].filter(generated);
    // The claim is on explainers, their downloads and embeds, its claimant and subject pages.
    expect(showing.some((f) => f.startsWith("claimants/relief-network/"))).toBe(true);
    expect(showing.some((f) => f.startsWith("subjects/harlow-flood/"))).toBe(true);
    expect(
      showing.filter((f) => /^explainers\/[^/]+\/index\.html$/.test(f)).length,
    ).toBeGreaterThan(0);

    const change = (site: string) =>
      edit(
        site,
        CLAIMS_FILE,
        /(id: relief-network-2026-03-02-harlow-flood-killed[^]*?value: )\{ kind: approx, n: 19 \}/,
        "$1{ kind: approx, n: 23 }",
      );
    change(dir);
    const r = buildSite(dir);
    expect(r.status, r.stderr).toBe(0);
    const log = renderLog(r.stdout);
    // What Astro renders: not the cards and downloads, which the build script writes itself
    // each time (src/lib/site/publishedFiles.ts).
    const writtenByBuild = (f: string) =>
      f.startsWith("og/") || /^explainers\/[^/]+\/claims\.(csv|json)$/.test(f);
    const pages = (files: Iterable<string>) =>
      [...files]
        .filter(generated)
        .filter((f) => !writtenByBuild(f))
        .sort();
    // Rendered again: the pages showing the claim, and nothing else.
    expect(pages(log.rendered)).toEqual(pages(showing));
    expect(showing.filter(writtenByBuild).length).toBeGreaterThan(0);
    for (const download of showing.filter(writtenByBuild))
      expect(readFileSync(join(dir, "dist", download), "utf8"), download).toMatch(/\b23\b/);

    // The same content built from nothing gives the same files, byte for byte.
    const fresh = makeSite("newsroom");
    change(fresh);
    const f = buildSite(fresh);
    expect(f.status, f.stderr).toBe(0);
    expect(treeHash(join(dir, "dist"))).toEqual(treeHash(join(fresh, "dist")));
  }, 480_000);

  it("after one explainer's prose is edited, re-renders that explainer's page alone", () => {
    edit(
      dir,
      "src/content/explainers/harlow-toll-rises.mdx",
      /\n## What Happens Next\n\n/,
      "\n## What Happens Next\n\nAn editor added this sentence. ",
    );
    const r = buildSite(dir);
    expect(r.status, r.stderr).toBe(0);
    const log = renderLog(r.stdout);
    expect([...log.rendered].filter(generated)).toEqual([
      "explainers/harlow-toll-rises/index.html",
    ]);
    expect(
      readFileSync(join(dir, "dist/explainers/harlow-toll-rises/index.html"), "utf8"),
    ).toContain("An editor added this sentence.");
  }, 240_000);
});
