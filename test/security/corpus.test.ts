// The hostile corpus against the content check, and its body cases against the body compile
// itself (compileExplainerBody, which the explainers loader runs): the two must agree exactly.
// UPDATE_CORPUS=1 rewrites corpus.expected.json; read the diff before committing it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkExplainerBody } from "../../src/lib/content/bodyRules.ts";
import { compileExplainerBody } from "../../src/lib/content/explainerBody.ts";
import { checkContent, readContentSources } from "../../src/lib/content/checkContent.ts";
import { formatIssue, type ContentError } from "../../src/lib/content/issues.ts";
import { parseMdx, splitFrontmatter } from "../../src/lib/content/mdxSource.ts";
import { siteConfig } from "../../src/site.config.ts";
import { ROOT, RUN_TMP } from "../helpers/site.ts";
import { CORPUS, SAFE_BODIES, STORY, story, type CorpusCase } from "./corpus.ts";

const EXPECTED_FILE = join(import.meta.dirname, "corpus.expected.json");
const expected = JSON.parse(readFileSync(EXPECTED_FILE, "utf8")) as Record<string, string[]>;
const updating = process.env.UPDATE_CORPUS === "1";
const NOW = new Date("2026-10-01T12:00:00Z");
const PLANTED = `src/content/${STORY}`;
const scratch = join(RUN_TMP, "corpus");
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  if (updating) writeFileSync(EXPECTED_FILE, JSON.stringify(expected, null, 2) + "\n");
});

/** The flood fixture's content (less its draft) with the case's files planted. */
function plant(c: CorpusCase, i: number): string {
  const dir = join(scratch, String(i));
  cpSync(join(ROOT, "test/fixtures/flood/content"), join(dir, "src/content"), { recursive: true });
  rmSync(join(dir, "src/content/explainers/unfinished-draft.mdx"));
  for (const [path, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, "src/content", path)), { recursive: true });
    writeFileSync(join(dir, "src/content", path), text);
  }
  return dir;
}

const firstLines = (issues: Parameters<typeof formatIssue>[0][]) =>
  issues.map((i) => formatIssue(i).split("\n")[0]!.replace(`${PLANTED}:`, "P:"));

describe("the hostile corpus, through the content check", () => {
  CORPUS.forEach((c, i) => {
    it(c.name, () => {
      const dir = plant(c, i);
      const issues = checkContent(readContentSources(dir), {
        sections: siteConfig.sections,
        now: NOW,
        includeDrafts: !c.production,
      });
      const found = firstLines(issues);
      if (updating) expected[c.name] = found;
      expect(expected[c.name], `no pinned result for "${c.name}"`).toBeDefined();
      expect(found).toEqual(expected[c.name]);
    });
  });

  it("pins no case that no longer exists", () => {
    expect(Object.keys(expected).sort()).toEqual(CORPUS.map((c) => c.name).sort());
  });
});

/**
 * A project folder holding the pictures the corpus names, so the compile finds their files
 * (that a named picture is there is checked apart from the body rules).
 */
const pictures = join(scratch, "pictures");
mkdirSync(join(pictures, "src/assets"), { recursive: true });
for (const name of ["map.png", "a.png"]) writeFileSync(join(pictures, "src/assets", name), "");

/** Compile an explainer as the build does; the gate's problems, or [] when it compiled. */
function compile(text: string): string[] {
  const { body } = splitFrontmatter(PLANTED, text);
  try {
    compileExplainerBody(body, {
      root: pictures,
      file: join(pictures, PLANTED),
      path: PLANTED,
      sections: siteConfig.sections,
      base: "/",
    });
    return [];
  } catch (error) {
    const issues = (error as ContentError).issues;
    if (!issues) throw error;
    return firstLines(issues);
  }
}

/** The body rules as the check applies them, on the check's own parse. */
function checked(text: string): string[] {
  const mdx = parseMdx(PLANTED, text);
  if (!mdx.tree) return firstLines(mdx.issues);
  return firstLines(checkExplainerBody(mdx.tree, PLANTED, text));
}

describe("the body compile enforces the same body rules on the tree it compiles", () => {
  const bodyCases = CORPUS.filter((c) => Object.keys(c.files).join() === STORY && !c.production);
  it.each(bodyCases.map((c) => [c.name, c.files[STORY] as string]))("%s", (_, text) => {
    const gate = compile(text);
    const check = checked(text);
    // Too many braces to parse: the compile may stop at the unclosed one before its gate runs.
    if (/ \{ braces; /.test(check[0] ?? "")) expect(gate.length).toBe(1);
    else expect(gate).toEqual(check);
  });

  it("the corpus has body cases that the gate refuses", () => {
    expect(bodyCases.length).toBeGreaterThan(30);
    expect(compile(story("A claim.[^1]\n\n[^1]: {process.exit(7)}"))).toEqual([
      "P:16:7 code: code is not allowed in an explainer: the expression {process.exit(7)}",
    ]);
  });

  it.each(Object.entries(SAFE_BODIES))("accepts %s, in the check and in the compile", (_, b) => {
    const text = story(b);
    expect(checked(text)).toEqual([]);
    expect(compile(text)).toEqual([]);
  });

  it("uses Astro's own front-matter parser: one copy, shared with the MDX integration", () => {
    // A second copy nested under any of these would mean the check reads front matter with a
    // different version than the build.
    for (const pkg of ["@astrojs/mdx", "@astrojs/markdown-satteri", "astro"])
      expect(
        existsSync(join(ROOT, "node_modules", pkg, "node_modules/@astrojs/internal-helpers")),
      ).toBe(false);
    expect(existsSync(join(ROOT, "node_modules/@astrojs/internal-helpers/package.json"))).toBe(
      true,
    );
  });
});
