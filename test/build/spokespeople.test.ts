// A spokesperson (`speaksFor`) and the sources list, built: the quote is credited on behalf of
// the authority, the two claimants' pages link each other, and a page cited by a claim and by
// a quote on another day (written with a trailing slash) is one numbered source.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, read, type BuildResult } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const UPDATE = "https://example.org/arden/authority-update-2";

describe("spokespeople and sources once (fixture: flood)", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("flood");
    edit(
      dir,
      "src/content/claimants/people.yaml",
      /$/,
      "- id: press-officer\n  name: Iris Okoye\n  role: Press officer\n  affiliation: Arden region\n  kind: person\n  speaksFor: regional-authority\n",
    );
    edit(
      dir,
      MDX,
      /<Quote by="mayor"[^>]*>/,
      `<Quote by="press-officer" date="2026-03-10" source="${UPDATE}/">`,
    );
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, "dist/explainers/river-flood-toll/index.html") : "";
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("credits the quote to the spokesperson, for the authority", () => {
    expect(html).toContain(
      '<span class="quote__name">Iris Okoye, for Arden Regional Authority</span> <span class="quote__role">Press officer</span>',
    );
  });

  it("links the spokesperson's page and the authority's to each other", () => {
    expect(read(dir, "dist/claimants/press-officer/index.html")).toMatch(
      /Speaks for <a href="\/claimants\/regional-authority\/">Arden Regional Authority<\/a>\./,
    );
    expect(read(dir, "dist/claimants/regional-authority/index.html")).toMatch(
      /Spokesperson: <a href="\/claimants\/press-officer\/">Iris Okoye<\/a>\./,
    );
  });

  it("lists the page the claim and the quote cite once, with both days, linked by its host", () => {
    const list = html.slice(html.indexOf('<ol class="sources__list">'));
    const entries = [...list.matchAll(/<li id="source-(\d+)"[^>]*>([^]*?)<\/li>/g)];
    const update = entries.filter((m) => m[2]!.includes(UPDATE));
    expect(update).toHaveLength(1);
    expect(update[0]![2]!.replace(/\s+/g, " ")).toContain(
      `<span class="sources__publisher">Arden Regional Authority</span>, <a href="${UPDATE}">example.org</a>, <time datetime="2026-03-09">9 March 2026</time> and <time datetime="2026-03-10">10 March 2026</time>`,
    );
    const n = update[0]![1];
    // The quote's source link carries the same number as the claim's.
    expect(html).toMatch(
      new RegExp(`<a class="quote__source" href="${UPDATE}/">\\s*Source<sup>${n}</sup>`),
    );
  });
});
