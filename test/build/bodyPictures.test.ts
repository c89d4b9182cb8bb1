// A picture in an explainer's body (`![alt](../../assets/…)`): compiled into a slot when the
// content loads (explainerBody.ts) and drawn by Astro's image service on the page, in its place
// in the section, with its alt text; the feed carries it too, by absolute address.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, edit, makeSite, read, type BuildResult } from "../helpers/site.ts";

const STORY = "src/content/explainers/river-flood-toll.mdx";

describe("a picture in the body", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("flood");
    edit(
      dir,
      STORY,
      "## What To Know\n",
      '## What To Know\n\n![The Arden over its banks, "at dusk"](../../assets/lead/river.jpg)\n',
    );
    result = buildSite(dir);
    html = read(dir, "dist/explainers/river-flood-toll/index.html");
  });

  it("builds", () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it("is drawn by the image service, in its section, with its alt text", () => {
    const section = /<section id="what-to-know"[^]*?<\/section>/.exec(html)?.[0] ?? "";
    const img = /<img src="([^"]+)" alt="([^"]*)"[^>]*>/.exec(section);
    expect(img, section.slice(0, 400)).not.toBeNull();
    expect(img![1]).toMatch(/^\/_astro\/river\.[\w-]+\.webp$/);
    expect(img![2]).toBe("The Arden over its banks, “at dusk”");
    expect(img![0]).toMatch(/ width="\d+" height="\d+"/);
    expect(img![0]).toContain('loading="lazy"');
    expect(existsSync(join(dir, "dist", img![1]!))).toBe(true);
  });

  it("is in the feed, by its absolute address", () => {
    const feed = read(dir, "dist/atom.xml");
    expect(feed).toMatch(/&lt;img src=&quot;https:\/\/[^&]+\/_astro\/river\.[\w-]+\.webp&quot;/);
  });
});

describe("a picture in the body whose file is not there", () => {
  it("stops the build with its file, line and column, before anything is built", () => {
    const dir = makeSite("flood");
    edit(
      dir,
      STORY,
      "## What To Know\n",
      "## What To Know\n\n![Gone](../../assets/lead/gone.jpg)\n",
    );
    const result = buildSite(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /river-flood-toll\.mdx:\d+:1 image: image file not found: src\/assets\/lead\/gone\.jpg/,
    );
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
