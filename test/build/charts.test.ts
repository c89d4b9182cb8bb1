import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { buildSite, makeSite, read, type BuildResult } from "../helpers/site.ts";

// A story the project has never seen, with every kind of mark, a revision, an event claim,
// labelled events and a figure spread that needs a log scale.
describe("charts (fixture: quake)", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  const chart = (n: number) => {
    const start = html.indexOf(`<figure class="chart" id="chart-${n}"`);
    return html.slice(start, html.indexOf("</figure>", start));
  };
  const wide = (n: number) => {
    const c = chart(n);
    const start = c.indexOf('<svg class="chart__svg chart__svg--wide"');
    return c.slice(start, c.indexOf("</svg>", start));
  };

  beforeAll(() => {
    dir = makeSite("quake");
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, "dist/explainers/valley-quake-toll/index.html") : "";
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("gives each timeline a title, a description of at least a sentence, and a caption", () => {
    const svg = wide(1);
    expect(svg).toMatch(/role="img" aria-labelledby="chart-1-wide-title chart-1-wide-desc"/);
    expect(svg).toMatch(
      /<title id="chart-1-wide-title">Claims of how many People in the valley earthquake were killed<\/title>/,
    );
    const desc = /<desc id="chart-1-wide-desc">([^<]+)<\/desc>/.exec(svg)![1]!;
    expect(desc.length).toBeGreaterThan(40);
    expect(desc).toMatch(/\.$/);
    expect(chart(1)).toContain(
      '<p class="chart__caption">The agency&#39;s revisions, against the aid group&#39;s estimate.</p>',
    );
  });

  it("has one table row and one focusable mark per plotted claim", () => {
    const rows = [...chart(1).matchAll(/<tr data-claim="([^"]+)"/g)].map((m) => m[1]).sort();
    const marks = [
      ...wide(1).matchAll(/<g class="mark[^"]*" data-claim="([^"]+)"[^>]*tabindex="0"/g),
    ]
      .map((m) => m[1])
      .sort();
    expect(rows).toEqual([
      "aid-0508-killed",
      "cp-0505-killed",
      "cp-0507-killed",
      "cp-0510-killed",
      "governor-0506-killed-town",
    ]);
    expect(marks).toEqual(rows);
  });

  it("names the claimant in each mark's accessible label", () => {
    expect(wide(1)).toMatch(
      /data-claim="aid-0508-killed"[^>]*aria-label="Mountain Aid, 8 May 2026: at least 250"/,
    );
  });

  it("draws each value kind its own way", () => {
    const svg = wide(1);
    expect(svg).toMatch(/class="mark mark--range[^"]*"[^]*?class="mark__range"/);
    expect(svg).toMatch(/class="mark mark--atLeast[^"]*"[^]*?class="mark__arrow"/);
    expect(svg).toMatch(/class="mark mark--atMost[^"]*"[^]*?class="mark__span"/);
    expect(svg).toMatch(/class="mark mark--point[^"]*is-superseded/);
  });

  it("switches to a log scale, and says so, when figures span more than two orders of magnitude", () => {
    expect(wide(2)).toContain("Log scale");
    expect(wide(1)).not.toContain("Log scale");
  });

  it("labels events", () => {
    expect(wide(1)).toContain(">Earthquake strikes</text>");
    expect(wide(1)).toContain(">Strong aftershock</text>");
  });

  it("shows an event only where it belongs, and a site-wide one only within a chart's dates", () => {
    // The quake's own events, and a site-wide one inside the timeline's dates.
    expect(wide(1)).toContain(">Earthquake strikes</text>");
    expect(wide(1)).toContain(">State of emergency</text>");
    // Named by the missing-people chart only (no subject), so not on the deaths timeline; and
    // that chart has two claims by two claimants, drawn side by side with no time axis, so no
    // event at all (which events a timeline would take is in test/lib/claims/chartSelection).
    expect(wide(1)).not.toContain("Dam inspected");
    expect(wide(2)).not.toContain('class="event-label"');
    // Site-wide but weeks after every claim: it would stretch the axis, so it is not drawn.
    expect(html).not.toContain("Donor conference");
  });

  it("anchors each claim once per page, and links a revision to what it revised", () => {
    const anchors = [...html.matchAll(/ id="(claim-[^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    expect(new Set(anchors).size).toBe(anchors.length);
    // cp-0505-killed is cited in the prose (which takes its anchor) and revised by cp-0507-killed.
    expect(html).toContain('id="claim-cp-0505-killed"');
    expect(html).toMatch(
      /claim__revised-later"> \(later revised to [\d,]+ on <time datetime="2026-05-07">/,
    );
    expect(chart(1)).toMatch(/<a href="#claim-cp-0505-killed">Revises [\d,]+<\/a>/);
    const claimant = read(dir, "dist/claimants/civil-protection/index.html");
    expect(claimant).toMatch(/<tr data-claim="cp-0507-killed" id="claim-cp-0507-killed"/);
    // ... and each row there links to the claim where the explainer shows it.
    expect(claimant).toContain(
      'In <a href="/explainers/valley-quake-toll/#claim-cp-0507-killed">How the count of the dead in the valley earthquake grew</a>',
    );
    expect(html).not.toContain('In <a href="/explainers/');
  });

  it("compares the latest total of each claimant", () => {
    const rows = [...chart(3).matchAll(/<tr data-claim="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(["aid-0508-killed", "cp-0510-killed"]);
  });

  it("offers the data and an embed under every chart", () => {
    for (const n of [1, 2, 3]) {
      expect(chart(n)).toContain(
        'href="/explainers/valley-quake-toll/claims.csv" download>Get the data</a>',
      );
      expect(chart(n)).toContain(
        `src=&quot;https://explainers.example.org/explainers/valley-quake-toll/embed/${n}/&quot;`,
      );
    }
  });

  it("writes the whole dataset and each explainer's claims as CSV and JSON", () => {
    const csv = read(dir, "dist/data/claims.csv").trimEnd().split("\r\n");
    expect(csv[0]!.startsWith("id,date,claimant_id,claimant_name,")).toBe(true);
    expect(csv).toHaveLength(1 + 7);
    const json = JSON.parse(read(dir, "dist/data/claims.json")) as { claims: unknown[] };
    expect(json.claims).toHaveLength(7);
    const own = read(dir, "dist/explainers/valley-quake-toll/claims.csv").trimEnd().split("\r\n");
    expect(own).toHaveLength(1 + 7);
  });

  it("builds embed, claimant and subject pages", () => {
    const embed = read(dir, "dist/explainers/valley-quake-toll/embed/2/index.html");
    expect(embed).toContain('<figure class="chart" id="chart-1"');
    expect(embed).toContain("Log scale");
    expect(embed).toContain('href="/explainers/valley-quake-toll/" target="_top"');
    expect(embed).not.toContain("Embed this chart");
    const claimant = read(dir, "dist/claimants/aid-group/index.html");
    expect(claimant).toContain('<h1 class="page__title">Mountain Aid</h1>');
    expect(claimant).toContain('data-claim="aid-0509-missing"');
    expect(claimant).not.toContain('data-claim="cp-0506-missing"');
    const subject = read(dir, "dist/subjects/valley-quake/index.html");
    expect((subject.match(/<figure class="chart"/g) ?? []).length).toBe(2);
  });

  it("ships only small scripts, and no D3, to the browser", () => {
    // Astro inlines scripts this small; count both inline and external ones.
    expect(readdirSync(join(dir, "dist/_astro")).filter((f) => f.endsWith(".js"))).toEqual([]);
    // Scripts that run (JSON-LD blocks are data, not script).
    const scripts = [
      ...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([^]*?)<\/script>/g),
    ].map((m) => m[1]!);
    // The chart popups, and Escape for the figures' details.
    expect(scripts).toHaveLength(2);
    expect(gzipSync(scripts.join("")).length).toBeLessThan(3 * 1024);
    for (const js of scripts) expect(js).not.toMatch(/d3-|scaleLinear|scaleUtc/);
  });
});
