import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** This run's own scratch folder, test/.tmp/run-<pid>-<time>; see test/helpers/site.ts. */
    runTmp: string;
  }
}

/** Scratch space of every test run; each run works in a folder of its own inside it. */
export const TMP_ROOT = join(import.meta.dirname, ".tmp");

/** A scratch folder untouched for this long belongs to a run that is over (or was killed). */
const STALE_MS = 24 * 60 * 60 * 1000;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Remove what earlier runs left behind, but only when it is stale: untouched for a day, and for
 * a run folder, its process gone too (a watch-mode run can last for days). Two runs on one
 * machine, or a run next to `npm run bench`, never delete each other's folders.
 */
export function removeStale(root: string, now: number): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    let mtime: number;
    try {
      mtime = statSync(path).mtimeMs;
    } catch {
      continue; // removed meanwhile by its own run
    }
    if (now - mtime < STALE_MS) continue;
    const pid = /^run-(\d+)-\d+$/.exec(name)?.[1];
    if (pid !== undefined && isAlive(Number(pid))) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Give this run its own scratch folder (handed to the test files as `inject("runTmp")`), clear
 * stale ones, and remove this run's folder when the run ends.
 */
export default function setup(project: TestProject) {
  mkdirSync(TMP_ROOT, { recursive: true });
  removeStale(TMP_ROOT, Date.now());
  const runTmp = join(TMP_ROOT, `run-${process.pid}-${Date.now()}`);
  mkdirSync(runTmp);
  project.provide("runTmp", runTmp);
  return () => rmSync(runTmp, { recursive: true, force: true });
}
