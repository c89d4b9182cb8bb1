// Long lists in numbered pages: the home page, the archive, topic, claimant and subject pages,
// built with short page lengths so the newsroom fixture spans several pages of each.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, read } from "../helpers/site.ts";

let dir: string;
const page = (path: string) => read(dir, join("dist", path, "index.html"));
const count = (html: string, text: string) => html.split(text).length - 1;
/** Rows of the "Every claim" table. */
const rows = (html: string) => {
  const at = html.indexOf("Every claim</h2>");
  return at < 0 ? 0 : count(html.slice(at, html.indexOf("</table>", at)), "<tr data-claim=");
};

beforeAll(() => {
  dir = makeSite("newsroom");
  edit(
    dir,
    "src/site.config.ts",
    /lists: \{ latest: \d+[^}]*\}/,
    "lists: { latest: 5, explainersPerPage: 10, claimsPerPage: 4, claimantCharts: 1 }",
  );
  const r = buildSite(dir);
  expect(r.status, r.stderr).toBe(0);
}, 240_000);

describe("numbered pages", () => {
  it("the home page shows the newest few and links to the archive of all", () => {
    const home = page("");
    expect(count(home, 'class="explainer-list__item"')).toBe(5);
    expect(home).toMatch(/<a href="\/archive\/">All 24 explainers<\/a>/);
  });

  it("the archive holds every published explainer once, linked with rel prev and next", () => {
    const pages = ["archive", "archive/2", "archive/3"].map(page);
    expect(existsSync(join(dir, "dist/archive/4/index.html"))).toBe(false);
    expect(pages.map((p) => count(p, 'class="explainer-list__item"'))).toEqual([10, 10, 4]);
    expect(pages[0]).toContain('<link rel="next" href="/archive/2/">');
    expect(pages[0]).not.toContain('rel="prev"');
    expect(pages[1]).toContain('<link rel="prev" href="/archive/">');
    expect(pages[1]).toContain('<link rel="next" href="/archive/3/">');
    expect(pages[1]).toMatch(/<a class="pagination__prev" rel="prev" href="\/archive\/">/);
    expect(pages[1]).toContain("Page 2 of 3");
    // The canonical address is the page's own.
    expect(pages[2]).toContain(
      '<link rel="canonical" href="https://explainers.example.org/archive/3/">',
    );
  });

  it("a claimant with more claims than a page holds gets numbered pages of its claims", () => {
    // relief-network has 19 claims: 5 pages of 4.
    const first = page("claimants/relief-network");
    expect(first).toContain("Page 1 of 5");
    expect(existsSync(join(dir, "dist/claimants/relief-network/5/index.html"))).toBe(true);
    expect(existsSync(join(dir, "dist/claimants/relief-network/6/index.html"))).toBe(false);
    const last = page("claimants/relief-network/5");
    expect(last).toContain('<link rel="prev" href="/claimants/relief-network/4/">');
    // Only page 1 charts (its one most-cited subject here) and summarises the other subjects.
    expect(count(first, '<figure class="chart"')).toBe(1);
    expect(first).toContain("Other subjects");
    expect(count(last, '<figure class="chart"')).toBe(0);
    for (const p of [first, last]) expect(rows(p)).toBeLessThanOrEqual(4);
  });

  it("a subject's claims are numbered the same way, its charts on the first page only", () => {
    const first = page("subjects/harlow-flood");
    expect(first).toContain("Page 1 of 4");
    expect(count(first, '<figure class="chart"')).toBeGreaterThan(0);
    const second = page("subjects/harlow-flood/2");
    expect(count(second, '<figure class="chart"')).toBe(0);
    expect(rows(second)).toBe(4);
  });

  it("a topic's explainers are numbered too", () => {
    expect(count(page("topics/weather"), 'class="explainer-list__item"')).toBe(6);
    expect(existsSync(join(dir, "dist/topics/weather/2/index.html"))).toBe(false);
  });
});
