import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite, makeSite, read, type BuildResult } from "../helpers/site.ts";

// A story the project has never seen, written only from the authoring contract.
describe("a different story (fixture: flood)", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("flood");
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, "dist/explainers/river-flood-toll/index.html") : "";
  });

  it("builds, leaving out the draft even though the draft has problems", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, "dist/explainers/unfinished-draft"))).toBe(false);
    expect(read(dir, "dist/index.html")).not.toContain("unfinished-draft");
  });

  it("renders its figures in words", () => {
    const figures = [...html.matchAll(/<span class="claim__figure"[^>]*>([^<]+)<\/span>/g)].map(
      (m) => m[1],
    );
    expect(figures).toEqual(["41", "200–350", "at least 120", "roughly 57"]);
  });

  it("matches section headings without regard to case, and leaves out the optional one only if absent", () => {
    expect(html).toContain('<section id="why-it-matters"');
    expect(html).toContain(">Why it matters</h2>");
    expect(html).toContain('<section id="what-happens-next"');
  });

  it("shows corrections newest first", () => {
    const box = html.slice(html.indexOf('<aside class="corrections"'));
    expect(box.indexOf("12 March 2026")).toBeLessThan(box.indexOf("11 March 2026"));
    expect(box).toContain('<h2 id="corrections-title">Corrections</h2>');
  });

  it("shows an event claim's period and a verbatim in the figure's details", () => {
    const claim = html.slice(html.indexOf('data-claim="mayor-2026-03-09-missing"'));
    expect(claim).toMatch(/^[^]*?In their words: “more than a hundred and twenty”/);
    expect(claim).toMatch(/^[^]*?One episode: 7\s?–\s?9 March 2026/);
  });

  it("wraps the prose before the first section as the lede", () => {
    expect(html).toMatch(/<div class="lede"><p>Flood water in the Arden valley/);
  });

  it("builds even when a draft does not parse and breaks the front-matter rules", () => {
    const other = makeSite("flood");
    writeFileSync(
      join(other, "src/content/explainers/half-done.mdx"),
      '---\ntitle: Half done\ndek: ""\npublished: 2026-03-12T08:00:00Z\nauthors: [metro-desk]\ndraft: true\n---\n\n## Why It Matters\n\n<Quote by="mayor" date="2026-03-09" source="https://example.org/x">\nnot closed\n',
    );
    const r = buildSite(other);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(join(other, "dist/explainers/half-done"))).toBe(false);
  });

  it("puts links the author wrote from the site root under the base path", () => {
    expect(html).toContain('<a href="/topics/floods/">our flood coverage</a>');
    const r = buildSite(dir, { SITE_BASE: "/news/" });
    expect(r.status).toBe(0);
    const page = read(dir, "dist/explainers/river-flood-toll/index.html");
    expect(page).toContain('<a href="/news/topics/floods/">our flood coverage</a>');
  });
});
