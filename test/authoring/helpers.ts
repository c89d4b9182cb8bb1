// Running the authoring commands as an author does: `node scripts/<name>.ts` in a site folder.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { buildEnv, ROOT, TEST_EPOCH } from "../helpers/site.ts";

/** `TEST_EPOCH` as a Date: the fixed "now" of these tests (1 October 2026, 12:00 UTC). */
export const TEST_NOW = new Date(Number(TEST_EPOCH) * 1000);

export interface ScriptResult {
  /** null when the script was killed for running past the timeout. */
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Run `scripts/<script>` with `dir` as the working directory (the project root it acts on).
 * Its stdin is a pipe that is never written to or closed and is not a TTY, so a script that
 * waited for input would hang: it is killed after `timeoutMs` and reported as timed out.
 */
export function runScript(
  script: string,
  args: string[],
  dir: string,
  timeoutMs = 20_000,
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", script), ...args], {
      cwd: dir,
      env: buildEnv({ SOURCE_DATE_EPOCH: TEST_EPOCH }),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
  });
}
