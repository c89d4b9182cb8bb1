// The truth lints through `npm run check`: a free figure and a stale citation planted in a story
// are reported as warnings with their lines (exit 0), and fail `--strict`, as CI runs it on the
// example, which must stay clean.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnv, edit, makeSite, ROOT } from "../helpers/site.ts";

const MDX = "src/content/explainers/river-flood-toll.mdx";
const DRAFT = "src/content/explainers/unfinished-draft.mdx";

const check = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "scripts/check.ts"), dir, ...args], {
    encoding: "utf8",
    env: buildEnv(),
  });

describe("truth lints in npm run check", () => {
  it("the example passes --strict: no free figures, no stale citations", () => {
    expect(check(ROOT, "--strict")).toMatchObject({ status: 0, stderr: "" });
  });

  it("reports a planted free figure and a stale citation at their lines; --strict fails", () => {
    const dir = makeSite("flood");
    edit(dir, DRAFT, '<Claim id="not-yet-declared" />', "a figure");
    edit(
      dir,
      MDX,
      '- A later update from the authority: <Claim id="authority-2026-03-09-killed" /> dead.',
      "- Dana Whitlock said on 9 March that 130 people were still missing.",
    );
    const r = check(dir);
    expect(r.stderr).toBe(
      [
        "Content check found 2 warnings:",
        "",
        `${MDX}:18:36 warning: <Claim id>: "authority-2026-03-08-killed" has been revised: the newer figure is "authority-2026-03-09-killed"`,
        `    Cite <Claim id="authority-2026-03-09-killed" /> (roughly 57, 9 March 2026), or cite both to tell the revision.`,
        `${MDX}:23:38 warning: figure "130" written in the text, outside <Claim>, beside "missing"`,
        `    It looks like "mayor-2026-03-09-missing" (Dana Whitlock, at least 120 missing, 9 March 2026): write <Claim id="mayor-2026-03-09-missing" /> in its place, so the figure, its source and its details come from the record.`,
        "",
      ].join("\n"),
    );
    expect(r.status).toBe(0);
    expect(check(dir, "--strict").status).toBe(1);
  });
});
