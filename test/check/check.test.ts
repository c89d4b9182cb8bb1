import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnv, edit, makeSite, ROOT } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const CLAIMS = "src/content/claims/flood.yaml";

const check = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "scripts/check.ts"), dir, ...args], {
    encoding: "utf8",
    env: buildEnv(),
  });

describe("npm run check", () => {
  it("is quiet and exits 0 when all is well, type check included", () => {
    const dir = makeSite("flood");
    // The fixture's draft is unfinished on purpose; the checker, unlike the build, checks drafts.
    edit(
      dir,
      "src/content/explainers/unfinished-draft.mdx",
      '<Claim id="not-yet-declared" />',
      "a figure",
    );
    const r = check(dir, "--types");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });

  it("reports every problem of several broken files in one run, each at its file and line", () => {
    const dir = makeSite("flood");
    edit(dir, MDX, "## What To Know", "## What To Knwo");
    edit(
      dir,
      MDX,
      '<Claim id="relief-2026-03-09-wounded" />',
      '<Claim id="relief-2026-03-09-wonded" />',
    );
    edit(dir, CLAIMS, "date: 2026-03-08\n", "date: 2026-02-30\n");
    const r = check(dir, "--content-only");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        "Content check found 4 problems:",
        "",
        `${CLAIMS}:4:9 date: must be a real date written YYYY-MM-DD (got "2026-02-30")`,
        `${MDX}:18:140 <Claim id>: unknown claim "relief-2026-03-09-wonded"`,
        `    Did you mean "relief-2026-03-09-wounded"? Claims are declared in src/content/claims/.`,
        `${MDX}:20:1 unknown section "## What To Knwo"`,
        `    Did you mean "## What To Know"? Sections are, in order: "## Why It Matters", "## What To Know", "## Who Said What", "## What Happens Next".`,
        `src/content/explainers/unfinished-draft.mdx:11:29 <Claim id>: unknown claim "not-yet-declared"`,
        `    Known claim ids: "authority-2026-03-08-killed", "authority-2026-03-09-killed", "mayor-2026-03-09-missing", "relief-2026-03-09-wounded". Claims are declared in src/content/claims/.`,
        "",
      ].join("\n"),
    );
  });

  it("with --types, reports a data problem once: no second report from the type check", () => {
    const dir = makeSite("flood");
    edit(dir, CLAIMS, "date: 2026-03-08\n", "date: 2026-02-30\n");
    const r = check(dir, "--types");
    expect(r.status).toBe(1);
    expect(r.stderr.match(/2026-02-30/g)).toHaveLength(1);
    expect(r.stderr).not.toContain(":0:0");
    expect(r.stderr).not.toContain("Stack trace");
    expect(r.stderr).toContain("The type check did not run: fix the content problems above first");
  });
});
