import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { afterAll, describe, expect, it } from "vitest";
import {
  bodyCompiledAhead,
  compileBodiesAhead,
  stopCompilingAhead,
} from "../../../src/lib/content/bodiesAhead.ts";
import { compileExplainerBody } from "../../../src/lib/content/explainerBody.ts";
import { siteConfig } from "../../../src/site.config.ts";

/** A project folder with explainers that compile, a draft and one the gate refuses. */
const ROOT = mkdtempSync(join(tmpdir(), "ahead-"));
const DIR = "src/content/explainers";
mkdirSync(join(ROOT, DIR), { recursive: true });
const FILES: Record<string, string> = {
  "a.mdx":
    '---\ntitle: A\n---\n\nThe count was <Claim id="a-1" />.\n\n## Why It Matters\n\nText.\n',
  "b.mdx": "---\ntitle: B\n---\n\nSee [the topic](/topics/kursk/).\n",
  "draft.mdx": "---\ntitle: D\ndraft: true\n---\n\nNot yet.\n",
  "refused.mdx": "---\ntitle: R\n---\n\nNot fine: {process.exit(7)}\n",
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(ROOT, DIR, name), text);
afterAll(() => {
  stopCompilingAhead();
  rmSync(ROOT, { recursive: true, force: true });
});

const bodyOf = (name: string) =>
  parseFrontmatter(FILES[name]!, { frontmatter: "empty-with-spaces" }).content;
const path = (name: string) => `${DIR}/${name}`;

describe("bodies compiled ahead, in a process of their own", () => {
  it("hand the loader exactly what it would have compiled, and nothing it should compile itself", async () => {
    compileBodiesAhead(ROOT, Object.keys(FILES).map(path), "/news/");
    const own = compileExplainerBody(bodyOf("a.mdx"), {
      root: ROOT,
      file: join(ROOT, path("a.mdx")),
      path: path("a.mdx"),
      sections: siteConfig.sections,
      base: "/news/",
    });
    expect(await bodyCompiledAhead(path("a.mdx"), bodyOf("a.mdx"), "/news/")).toEqual(own);
    // Compiled for another text (the file changed since) or another base: not taken.
    expect(await bodyCompiledAhead(path("b.mdx"), bodyOf("b.mdx") + "\nMore.\n", "/news/")).toBe(
      undefined,
    );
    // A draft is not compiled; a refused body is left for the loader to report.
    expect(await bodyCompiledAhead(path("draft.mdx"), bodyOf("draft.mdx"), "/news/")).toBe(
      undefined,
    );
    expect(await bodyCompiledAhead(path("refused.mdx"), bodyOf("refused.mdx"), "/news/")).toBe(
      undefined,
    );
    // A file it was not asked for, or asked for twice: the loader compiles it.
    expect(await bodyCompiledAhead(path("a.mdx"), bodyOf("a.mdx"), "/news/")).toBe(undefined);
    expect(await bodyCompiledAhead(path("c.mdx"), "x", "/news/")).toBe(undefined);
  });

  it("is for one base: a body compiled for another is compiled again", async () => {
    compileBodiesAhead(ROOT, [path("b.mdx")], "/");
    expect(await bodyCompiledAhead(path("b.mdx"), bodyOf("b.mdx"), "/news/")).toBe(undefined);
  });

  it("lets go of every waiting loader when stopped", async () => {
    compileBodiesAhead(ROOT, [path("a.mdx"), path("b.mdx")], "/");
    const waiting = bodyCompiledAhead(path("b.mdx"), bodyOf("b.mdx"), "/");
    stopCompilingAhead();
    const parts = await waiting;
    // Either it had come already, or it is left to the loader.
    expect(parts === undefined || Array.isArray(parts)).toBe(true);
    expect(await bodyCompiledAhead(path("a.mdx"), bodyOf("a.mdx"), "/")).toBe(undefined);
  });
});
