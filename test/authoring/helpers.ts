// Running the authoring commands as an author does: `node scripts/<name>.ts` in a site folder.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { buildEnv, ROOT, TEST_EPOCH } from "../helpers/site.ts";

/** `TEST_EPOCH` as a Date: the fixed "now" of these tests (1 October 2026, 12:00 UTC). */
export const TEST_NOW = new Date(Number(TEST_EPOCH) * 1000);

export interface ScriptResult {
  /** null when the script was killed (see `runScript`). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `scripts/<script>` with `dir` as the working directory (the project root it acts on).
 * Its stdin is a pipe that is never written to or closed and is not a TTY, so a script that
 * waited for input would hang. Tests assert the exit status and output, never the time taken;
 * `timeoutMs` only stops a hung script (status null, and a note on stderr) well before the
 * test's own timeout, so the failure shows what the script printed.
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
    let killed = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      if (killed) stderr += `\n[runScript: killed after ${timeoutMs} ms, still running]\n`;
      resolve({ status, stdout, stderr });
    });
  });
}
