// The scratch folders of test runs: each run has its own, and a run clears only stale ones.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStale, TMP_ROOT } from "./globalSetup.ts";
import { RUN_TMP } from "./helpers/site.ts";

const NOW = Date.UTC(2026, 9, 1, 12);
const HOUR = 60 * 60 * 1000;

describe("this run's scratch folder", () => {
  it("is a run-<pid>-<time> folder of its own inside test/.tmp", () => {
    expect(dirname(RUN_TMP)).toBe(TMP_ROOT);
    expect(basename(RUN_TMP)).toMatch(/^run-\d+-\d+$/);
    expect(existsSync(RUN_TMP)).toBe(true);
  });
});

describe("removeStale", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A folder under root last touched `hoursAgo` hours before NOW. */
  const folder = (name: string, hoursAgo: number) => {
    const path = join(root, name);
    mkdirSync(join(path, "src"), { recursive: true });
    const at = new Date(NOW - hoursAgo * HOUR);
    utimesSync(path, at, at);
  };
  // A process that has exited: its pid is (almost certainly) not in use any more.
  const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;

  it("removes folders untouched for a day, unless a run that is still going owns them", () => {
    root = mkdtempSync(join(tmpdir(), "remove-stale-"));
    folder(`run-${deadPid}-1`, 25); // an old run that was killed
    folder(`run-${process.pid}-2`, 25); // old, but its run (a watch session) is still going
    folder(`run-${deadPid}-3`, 23); // a run from this morning: too recent to judge
    folder("example-AbC123", 48); // left by a run before run folders existed
    folder("bench-XyZ789", 1); // `npm run bench` at work right now
    expect(removeStale(root, NOW).sort()).toEqual(["example-AbC123", `run-${deadPid}-1`]);
    expect(readdirSync(root).sort()).toEqual(
      ["bench-XyZ789", `run-${deadPid}-3`, `run-${process.pid}-2`].sort(),
    );
  });
});
