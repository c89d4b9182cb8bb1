import { cpSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, makeSite, read, ROOT, type BuildResult } from "../helpers/site.ts";

// How claimants' claims are drawn across a site. Publishing another story must not restyle the
// charts already published: a claimant's colour and shape come from the claimant, never from
// what else is on the site. Build the quake story alone, then add the flood story (three more
// claimants, all of whose claims are earlier, so an order-of-appearance palette would hand them
// the first colours) and compare. Then: too few claims for a timeline change its form.

/** Every chart on a page, whole: its SVGs, legend, key, source line and table. */
const figures = (html: string) => [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)];

/** The pages that draw the quake story's claims: the story, its embeds, its claimants, its subject. */
function quakePages(dir: string): Record<string, string[]> {
  const story = "dist/explainers/valley-quake-toll";
  const embeds = readdirSync(join(dir, story, "embed")).map(
    (n) => `${story}/embed/${n}/index.html`,
  );
  const pages = [
    `${story}/index.html`,
    ...embeds,
    "dist/claimants/civil-protection/index.html",
    "dist/claimants/aid-group/index.html",
    "dist/subjects/valley-quake/index.html",
  ];
  return Object.fromEntries(pages.map((p) => [p, figures(read(dir, p)).map((m) => m[0])]));
}

let dir: string;
let alone: BuildResult;
let together: BuildResult;
let before: Record<string, string[]> = {};
let after: Record<string, string[]> = {};

describe("chart looks do not depend on what else is published (fixtures: quake, then flood)", () => {
  beforeAll(() => {
    dir = makeSite("quake");
    alone = buildSite(dir);
    if (alone.status === 0) before = quakePages(dir);
  }, 300_000);

  beforeAll(() => {
    const flood = join(ROOT, "test/fixtures/flood");
    cpSync(join(flood, "content"), join(dir, "src/content"), { recursive: true });
    cpSync(join(flood, "assets"), join(dir, "src/assets"), { recursive: true });
    together = buildSite(dir);
    if (together.status === 0) after = quakePages(dir);
  }, 300_000);

  it("builds both times", () => {
    expect(alone.stderr).toBe("");
    expect(alone.status).toBe(0);
    expect(together.stderr).toBe("");
    expect(together.status).toBe(0);
    expect(existsSync(join(dir, "dist/explainers/river-flood-toll/index.html"))).toBe(true);
  });

  it("draws the first story's charts byte for byte the same on every page and embed", () => {
    expect(Object.values(before).flat().length).toBeGreaterThan(4);
    for (const [page, charts] of Object.entries(before)) {
      expect(charts.length, page).toBeGreaterThan(0);
      expect(after[page], page).toEqual(charts);
    }
  });

  it("gives each claimant one look on every page", () => {
    const looks = new Map<string, Set<string>>();
    for (const charts of Object.values(after))
      for (const chart of charts)
        for (const m of chart.matchAll(
          // Within one mark (a range has no symbol: it is skipped, not read from the next mark).
          /<g class="mark[^"]*\b(slot-\d)[^"]*" data-claim="[^"]+" data-claimant="([^"]+)"(?:(?!<\/g>)[\s\S])*?class="mark__symbol[^"]*" d="([^"]+)"/g,
        ))
          looks.set(m[2]!, new Set([...(looks.get(m[2]!) ?? []), `${m[1]} ${m[3]}`]));
    expect([...looks.keys()].sort()).toEqual(["aid-group", "civil-protection", "governor"]);
    for (const [claimant, seen] of looks) expect([...seen], claimant).toHaveLength(1);
  });
});

describe("too few claims for a timeline (fixture: quake)", () => {
  it("writes a lone claim as a sentence over its table row, open, with no plot or key", () => {
    const [chart] = figures(read(dir, "dist/claimants/governor/index.html")).map((m) => m[0]);
    expect(chart).toContain(
      '<span class="chart__subtitle">One claim, by Ana Ribeiro on 6 May 2026: up to 40.</span>',
    );
    expect(chart).not.toContain("<svg");
    expect(chart).not.toContain("chart__key");
    expect(chart).toMatch(/<details class="chart__data" open>/);
    expect(chart!.match(/<tr data-claim=/g)).toHaveLength(1);
  });

  it("draws two claimants' claims side by side, with the table", () => {
    const html = read(dir, "dist/explainers/valley-quake-toll/index.html");
    const missing = figures(html)
      .map((m) => m[0])
      .find((f) => f.includes("are missing"));
    expect(missing).toContain("the two claims, side by side");
    expect(missing).toContain('class="row-name"');
    expect(missing).not.toContain("series-line");
    expect(missing!.match(/<tr data-claim=/g)).toHaveLength(2);
  });
});

describe("print (fixture: quake)", () => {
  it("gives each chart's data link its full address, for the print style sheet to spell out", () => {
    const html = read(dir, "dist/explainers/valley-quake-toll/index.html");
    const links = [...html.matchAll(/<a data-print-url="([^"]+)" href="([^"]+)" download>/g)];
    expect(links.length).toBe(figures(html).length);
    for (const [, url, href] of links) expect(url).toBe(`https://explainers.example.org${href}`);
  });
});
