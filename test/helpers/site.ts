// Fixture sites: the project's code with a fixture's content, built in a scratch folder by the
// same `scripts/build.ts` that `npm run build` runs.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { join, relative, resolve } from "node:path";
import { inject } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");

/**
 * This test run's own scratch folder, test/.tmp/run-<pid>-<time>: test/globalSetup.ts makes it,
 * removes it when the run ends, and leaves other runs' folders alone, so two runs (or a run and
 * `npm run bench`) can share a machine. Put every scratch file of a test under it.
 */
export const RUN_TMP = inject("runTmp");

/** Thursday 1 October 2026, 12:00 UTC: the fixed "now" of every test build. */
export const TEST_EPOCH = "1790856000";

/**
 * A scratch copy of the project with `content` as its src/content: a fixture folder name
 * under test/fixtures/, or "example" for the project's own example content.
 */
export function makeSite(content: string): string {
  mkdirSync(RUN_TMP, { recursive: true });
  const dir = mkdtempSync(join(RUN_TMP, `${content}-`));
  for (const file of ["astro.config.mjs", "tsconfig.json", "package.json"])
    cpSync(join(ROOT, file), join(dir, file));
  cpSync(join(ROOT, "src"), join(dir, "src"), {
    recursive: true,
    filter: (src) =>
      content === "example" ||
      !(src === join(ROOT, "src/content") || src.startsWith(join(ROOT, "src/content/"))),
  });
  if (content !== "example")
    cpSync(join(ROOT, "test/fixtures", content, "content"), join(dir, "src/content"), {
      recursive: true,
    });
  // A fixture with its own configuration (what it counts, its topics) replaces the project's,
  // and brings the commands along, so that the build's content check reads that configuration.
  const config = join(ROOT, "test/fixtures", content, "site.config.ts");
  if (content !== "example" && existsSync(config)) {
    cpSync(config, join(dir, "src/site.config.ts"));
    cpSync(join(ROOT, "scripts"), join(dir, "scripts"), { recursive: true });
  }
  // A fixture's pictures (lead images) go where a site keeps them: test/fixtures/<name>/assets/.
  const assets = join(ROOT, "test/fixtures", content, "assets");
  if (content !== "example" && existsSync(assets))
    cpSync(assets, join(dir, "src/assets"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Replace text in one of a site's files, failing loudly if the text is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a build gets: the shell's, less what Vitest adds. Vite copies
 * `import.meta.env` into `process.env` (BASE_URL, MODE, DEV, PROD, SSR) and sets NODE_ENV=test, and Astro would read
 * those back in the child build, so a test build would not be a real one.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX|VITE_.*|VITEST.*|TEST)$/.test(key)
    )
      continue;
    env[key] = value;
  }
  return {
    ...env,
    SOURCE_DATE_EPOCH: TEST_EPOCH,
    TZ: "UTC",
    ASTRO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/**
 * Run `scripts/build.ts` on a site, as `npm run build` does: the site's own copy when it has one
 * (a fixture with its own configuration), else the project's.
 */
export function buildSite(dir: string, env: Record<string, string> = {}): BuildResult {
  const own = join(dir, "scripts/build.ts");
  const script = existsSync(own) ? own : join(ROOT, "scripts/build.ts");
  const r = spawnSync(process.execPath, [script, dir], {
    cwd: ROOT,
    encoding: "utf8",
    env: buildEnv(env),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}

/** Every file under `dir` with its SHA-256, for "nothing changed" and "byte-identical" checks. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
