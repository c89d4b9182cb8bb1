import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from "html-validate";
import { ROOT, buildSite, makeSite, type BuildResult } from "../helpers/site.ts";

// Every page the build writes, validated by html-validate with the project's settings
// (.htmlvalidate.mjs: the "html-validate:recommended" preset). Any error or warning fails, and
// is printed as `file:line:column rule message`.

/** The project's settings, given to the loader so they apply wherever the site was built. */
const config = (
  (await import(pathToFileURL(join(ROOT, ".htmlvalidate.mjs")).href)) as { default: ConfigData }
).default;
const validator = new HtmlValidate(new FileSystemConfigLoader(config));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => join(dir, name))
    .sort();
}

/** Each problem html-validate finds in `files`, one line each, paths relative to `dir`. */
async function problems(dir: string, files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        out.push(`${relative(dir, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
  }
  return out;
}

describe.each([
  // The example site, with pages the fixture never makes (events, a compare chart, embeds).
  { content: "example", page: "dist/explainers/kursk-makhnovka-losses/index.html" },
  // A second story, so that what passes is the templates and not one story's content.
  { content: "flood", page: "dist/explainers/river-flood-toll/index.html" },
])("html-validate on every page of the $content site", ({ content, page }) => {
  let dir: string;
  let result: BuildResult;
  let files: string[];

  beforeAll(() => {
    dir = makeSite(content);
    result = buildSite(dir);
    files = result.status === 0 ? htmlFiles(join(dir, "dist")) : [];
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("validates every page", () => {
    const pages = files.map((file) => relative(dir, file));
    expect(pages).toContain("dist/index.html");
    expect(pages).toContain("dist/404.html");
    expect(pages).toContain(page);
  });

  it("finds no errors and no warnings", async () => {
    expect(files.length).toBeGreaterThan(0);
    expect(await problems(dir, files)).toEqual([]);
  });

  it("would report a page with problems (so no problems above means none, not no checks)", async () => {
    const bad =
      '<!doctype html><html lang="en"><head><title>x</title></head>' +
      '<body><p><div>block in a paragraph</div></p><img src="a.png"></body></html>';
    const report = await validator.validateString(bad, join(dir, "dist/bad.html"));
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(["close-order", "wcag/h37"]));
  });
});
