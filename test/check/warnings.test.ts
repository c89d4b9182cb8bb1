// Warnings: worth fixing, never a reason to stop. A headline longer than search results show
// (with no seoTitle) is reported by `npm run check` and the build, which both go on.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport, type ContentIssue } from "../../src/lib/content/issues.ts";
import { buildEnv, buildSite, edit, makeSite, read, ROOT } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const DRAFT = "src/content/explainers/unfinished-draft.mdx";
const TITLE = "title: Officials and aid groups differ on the Arden flood toll\n";
/** 78 characters. */
const LONG = "Officials and aid groups differ on the Arden flood toll, and on who is counted";
const WARNING = [
  `${MDX}:2:8 warning: title: title is 78 characters; search results show about 70`,
  "    Add a shorter seoTitle (at most 70 characters) for search results and the browser tab; the page keeps this headline.",
].join("\n");

const check = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "scripts/check.ts"), dir, ...args], {
    encoding: "utf8",
    env: buildEnv(),
  });

/** The flood fixture with its unfinished draft made sound (the checker checks drafts). */
function floodSite(): string {
  const dir = makeSite("flood");
  edit(dir, DRAFT, '<Claim id="not-yet-declared" />', "a figure");
  return dir;
}

describe("formatReport", () => {
  const at = { file: "a.mdx", line: 2, column: 8 };
  const problem: ContentIssue = { ...at, line: 9, message: "unknown section" };
  const warning: ContentIssue = { ...at, field: "title", severity: "warning", message: "long" };

  it("marks warnings and counts them apart from problems", () => {
    expect(formatReport([problem, warning])).toBe(
      [
        "Content check found 1 problem and 1 warning:",
        "",
        "a.mdx:2:8 warning: title: long",
        "a.mdx:9:8 unknown section",
        "",
      ].join("\n"),
    );
    expect(formatReport([warning, { ...warning, line: 3 }]).split("\n")[0]).toBe(
      "Content check found 2 warnings:",
    );
    expect(formatReport([problem, { ...problem, line: 10 }]).split("\n")[0]).toBe(
      "Content check found 2 problems:",
    );
  });
});

describe("the title warning in npm run check", () => {
  it("warns at the title's line and exits 0; --strict exits 1", () => {
    const dir = floodSite();
    edit(dir, MDX, TITLE, `title: ${LONG}\n`);
    const r = check(dir);
    expect(r.stderr).toBe(`Content check found 1 warning:\n\n${WARNING}\n`);
    expect(r.status).toBe(0);
    const strict = check(dir, "--strict");
    expect(strict.stderr).toBe(r.stderr);
    expect(strict.status).toBe(1);
  });

  it("says nothing when a seoTitle is given, or the title is 70 characters", () => {
    const dir = floodSite();
    edit(
      dir,
      MDX,
      TITLE,
      `title: ${LONG}\nseoTitle: Officials and aid groups differ on the flood toll\n`,
    );
    expect(check(dir, "--strict")).toMatchObject({ status: 0, stderr: "" });
    edit(dir, MDX, /title: .*\nseoTitle: .*\n/, `title: ${LONG.slice(0, 70)}\n`);
    expect(check(dir, "--strict")).toMatchObject({ status: 0, stderr: "" });
  });

  it("exits 1 on a problem, with the warning in the same report", () => {
    const dir = floodSite();
    edit(dir, MDX, TITLE, `title: ${LONG}\n`);
    edit(dir, MDX, "## What To Know", "## What To Knwo");
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n").slice(0, 4)).toEqual([
      "Content check found 1 problem and 1 warning:",
      "",
      ...WARNING.split("\n"),
    ]);
    expect(r.stderr).toContain(`${MDX}:20:1 unknown section "## What To Knwo"`);
  });
});

describe("the title warning in the build", () => {
  it("is printed, and the site is built", () => {
    const dir = makeSite("flood");
    edit(dir, MDX, TITLE, `title: ${LONG}\n`);
    const r = buildSite(dir, { BUILD_LOG_LEVEL: "silent" });
    expect(r.stderr).toContain(`Content check found 1 warning:\n\n${WARNING}\n`);
    expect(r.status).toBe(0);
    expect(read(dir, "dist/explainers/river-flood-toll/index.html")).toContain(
      `<title>${LONG}</title>`,
    );
  });

  it("goes on in a plain `astro build` too (the content-check integration), and says why", () => {
    const dir = makeSite("flood");
    edit(dir, MDX, TITLE, `title: ${LONG}\n`);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir],
      { cwd: dir, encoding: "utf8", env: buildEnv({ NODE_ENV: "production" }) },
    );
    expect(r.status).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain(
      "title is 78 characters; search results show about 70",
    );
    expect(existsSync(join(dir, "dist/explainers/river-flood-toll/index.html"))).toBe(true);
  });
});
