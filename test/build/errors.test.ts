import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, edit, makeSite, treeHash } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const CLAIMS = "src/content/claims/flood.yaml";

/** What the build prints after the report when it stops before writing anything. */
const STOPPED = "\nBuild stopped. Nothing was written to dist/.\n";

/** The report each broken fixture gets, one problem each, as the build prints it. */
const PROBLEMS = {
  missingSection:
    `${MDX}:30:1 missing required section "## Who Said What"\n` +
    `    "## What To Know" (line 20) runs on to line 29: add "## Who Said What" where its own content starts within those lines (directly above "## What Happens Next" on line 30 only if it has none yet).`,
  unknownClaimId:
    `${MDX}:18:36 <Claim id>: unknown claim "authority-2026-03-08-kiled"\n` +
    `    Did you mean "authority-2026-03-08-killed"? Claims are declared in src/content/claims/.`,
  unknownClaimant:
    `${CLAIMS}:44:13 claimant: unknown claimant "mayr"\n` +
    `    Did you mean "mayor"? Claimants are declared in src/content/claimants/.`,
};

/** Named broken fixtures: the flood story with one mistake each. */
const broken = {
  missingSection(dir: string) {
    edit(dir, MDX, "## Who Said What\n", "");
  },
  unknownClaimId(dir: string) {
    edit(
      dir,
      MDX,
      '<Claim id="authority-2026-03-08-killed" />',
      '<Claim id="authority-2026-03-08-kiled" />',
    );
  },
  unknownClaimant(dir: string) {
    edit(dir, CLAIMS, "claimant: mayor\n", "claimant: mayr\n");
  },
};

describe("a broken entry fails the build, naming the file, the place and the culprit", () => {
  it.each(Object.keys(broken) as Array<keyof typeof broken>)("%s", (name) => {
    const dir = makeSite("flood");
    broken[name](dir);
    const r = buildSite(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Content check found 1 problem:\n\n${PROBLEMS[name]}\n${STOPPED}`);
  });

  it("reports every problem of a run at once, in file and line order", () => {
    const dir = makeSite("flood");
    Object.values(broken).forEach((breakIt) => breakIt(dir));
    const r = buildSite(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "Content check found 3 problems:\n\n" +
        `${PROBLEMS.unknownClaimant}\n${PROBLEMS.unknownClaimId}\n${PROBLEMS.missingSection}\n` +
        STOPPED,
    );
  });

  it("fails `astro build` run directly too, with the same report", async () => {
    const dir = makeSite("flood");
    broken.unknownClaimant(dir);
    const { spawnSync } = await import("node:child_process");
    const { buildEnv, ROOT } = await import("../helpers/site.ts");
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir],
      {
        encoding: "utf8",
        env: buildEnv(),
      },
    );
    expect(r.status).not.toBe(0);
    // Astro frames the report its own way; the problems in it are exactly the build's.
    const problems = (r.stdout + r.stderr)
      .split("\n")
      .filter((line) => /^src\/\S+:\d+:\d+ /.test(line));
    expect(problems).toEqual([PROBLEMS.unknownClaimant.split("\n")[0]]);
  });
});

describe("a failed build leaves the last good output exactly as it was", () => {
  let dir: string;
  let before: Record<string, string>;

  beforeAll(() => {
    dir = makeSite("flood");
    expect(buildSite(dir).status).toBe(0);
    before = treeHash(join(dir, "dist"));
  });

  it("after a content error", () => {
    broken.unknownClaimId(dir);
    const r = buildSite(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Content check found 1 problem:\n\n${PROBLEMS.unknownClaimId}\n\n` +
        "Build stopped. The previous dist/ was left as it was.\n",
    );
    expect(treeHash(join(dir, "dist"))).toEqual(before);
  });

  it("after a failure inside Astro, with no scratch folders left behind", () => {
    edit(
      dir,
      MDX,
      '<Claim id="authority-2026-03-08-kiled" />',
      '<Claim id="authority-2026-03-08-killed" />',
    );
    // A page that throws while rendering: the content check cannot see this one coming.
    edit(dir, "src/pages/404.astro", "---\n", '---\nthrow new Error("boom in 404");\n');
    const r = buildSite(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("boom in 404");
    expect(r.stderr).toContain("Build failed. The previous dist/ was left as it was.");
    expect(treeHash(join(dir, "dist"))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith(".dist-"))).toEqual([]);
    expect(existsSync(join(dir, "dist/index.html"))).toBe(true);
  });
});
