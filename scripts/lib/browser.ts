// Headless Chromium for the browser tests, `npm run screenshots` and `npm run snapshots:review`,
// driven by playwright-core, and for `npm run audit`, which starts it for Lighthouse (through
// `browserLaunch`). No browser is ever downloaded. The browser used is, in order:
//
//   1. CHROME_PATH, if set: the path of a Chromium or Chrome executable;
//   2. `chromium`, `chromium-browser` or `google-chrome`, the first found on PATH
//      (Debian: `apt-get install -y chromium`);
//   3. the headless Chromium shipped inside the npm package @sparticuz/chromium (a
//      devDependency; Linux x64 only), unpacked into the temporary folder on first use (about
//      2 s, 230 MB) and reused by later runs.
//
// `CHROME_PATH=bundled` skips 1 and 2 and uses 3, so the fallback can be tested on a machine that
// has a Chromium. The first launch in a process prints which browser it uses, on stderr.
import { chromium, type Browser } from "playwright-core";
import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { basename, delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** The value of CHROME_PATH that forces the Chromium from @sparticuz/chromium. */
export const BUNDLED = "bundled";
/** Executable names looked for on PATH, in this order of preference. */
export const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome"] as const;
const PACKAGE = "@sparticuz/chromium";

export type BrowserSource =
  | { kind: "CHROME_PATH"; executablePath: string }
  | { kind: "PATH"; executablePath: string }
  | { kind: "bundled"; forced: boolean };

/** A regular file this process may execute (symlinks followed). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Which browser to use, from CHROME_PATH and PATH in `env`. Launches and unpacks nothing. */
export function resolveBrowser(env: NodeJS.ProcessEnv = process.env): BrowserSource {
  const chromePath = env.CHROME_PATH?.trim();
  if (chromePath === BUNDLED) return { kind: "bundled", forced: true };
  if (chromePath) {
    if (!isExecutableFile(chromePath)) {
      throw new Error(
        `CHROME_PATH is "${chromePath}", which is not an executable file. Set it to a Chromium ` +
          `or Chrome executable, to "${BUNDLED}" for the Chromium in ${PACKAGE}, or unset it.`,
      );
    }
    return { kind: "CHROME_PATH", executablePath: chromePath };
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return { kind: "PATH", executablePath: candidate };
    }
  }
  return { kind: "bundled", forced: false };
}

// The machine's network is closed: background requests only produce noise and delays.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// From the package's own list (`chromium.args`), only what suits a test machine. Left out:
// --single-process (needed on AWS Lambda only; one crashed page would take the browser down),
// --disable-web-security, --allow-running-insecure-content and --disable-site-isolation-trials
// (tests must see what a reader's browser does), --headless='shell' (Playwright passes
// --headless itself) and the SwiftShader/WebGL flags (the pages use no WebGL; --disable-gpu).
const BUNDLED_ARGS = ["--no-zygote", "--disable-domain-reliability", "--no-pings"];

/**
 * A fontconfig file for the packaged Chromium, which has its own copy of fontconfig: the
 * system's fonts when the system has a fontconfig set-up, and in any case the package's Open
 * Sans, so that text still has glyphs and widths on a machine with no fonts at all.
 */
export function bundledFontsConfig(dir: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return [
    `<?xml version="1.0"?>`,
    `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
    `<fontconfig>`,
    `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
    `  <dir>${esc(join(dir, "fonts", "fonts"))}</dir>`,
    `  <cachedir>${esc(join(dir, "fonts-cache"))}</cachedir>`,
    `</fontconfig>`,
    ``,
  ].join("\n");
}

/** Untouched for an hour: no unpack takes that long, so nobody is still writing it. */
function isStale(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > 60 * 60 * 1000;
  } catch {
    return false;
  }
}

/**
 * Unpack the package's Chromium (once per package version and user) and return its folder.
 * The package always unpacks into os.tmpdir(), under fixed names, so this runs it in a child
 * process whose TMPDIR is a fresh staging folder, then renames that folder into place: a
 * complete copy appears at once, concurrent runs cannot see each other's half-written files,
 * and an interrupted unpack leaves nothing that a later run would mistake for a browser.
 */
async function unpackBundled(): Promise<string> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `No Chromium found, and the one in ${PACKAGE} runs on Linux x64 only. Install Chromium ` +
        `or Chrome, or set CHROME_PATH to its executable.`,
    );
  }
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  const { version } = JSON.parse(
    readFileSync(join(dirname(entry), "..", "package.json"), "utf8"),
  ) as { version: string };
  const dir = join(tmpdir(), `explainer-desk-chromium-${version}-${userInfo().uid}`);
  const complete = () => existsSync(join(dir, "chromium")) && existsSync(join(dir, "fonts.conf"));
  if (complete()) return dir;

  // Staging folders of unpacks that were interrupted (Ctrl-C, a killed run) are 230 MB each.
  for (const name of readdirSync(tmpdir())) {
    const leftover = join(tmpdir(), name);
    if (name.startsWith(`${basename(dir)}.partial-`) && isStale(leftover)) {
      rmSync(leftover, { recursive: true, force: true });
    }
  }
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    const script =
      `const { default: c } = await import(${JSON.stringify(pathToFileURL(entry).href)});` +
      `await c.executablePath();`;
    await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TMPDIR: staging },
    });
    writeFileSync(join(staging, "fonts.conf"), bundledFontsConfig(dir));
    // Whatever is left of an old copy (a temp cleaner may have removed some files) goes first.
    if (existsSync(dir) && !complete()) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!complete()) throw error; // otherwise another process got there first: use its copy
    }
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    throw new Error(`Could not unpack the Chromium in ${PACKAGE}: ${detail}`, { cause: error });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** How to start the browser: for a tool that starts it itself (`npm run audit`: Lighthouse). */
export interface BrowserLaunch {
  executablePath: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** How it was chosen, for the line printed at launch and for errors. */
  why: string;
}

async function prepare(source: BrowserSource): Promise<BrowserLaunch> {
  switch (source.kind) {
    case "CHROME_PATH":
      return { executablePath: source.executablePath, args: ARGS, why: "from CHROME_PATH" };
    case "PATH":
      return { executablePath: source.executablePath, args: ARGS, why: "found on PATH" };
    case "bundled": {
      const dir = await unpackBundled();
      const ownFonts = !process.env.FONTCONFIG_FILE && !process.env.FONTCONFIG_PATH;
      return {
        executablePath: join(dir, "chromium"),
        args: [...ARGS, ...BUNDLED_ARGS],
        env: ownFonts ? { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") } : undefined,
        why:
          `from the npm package ${PACKAGE}, ` +
          (source.forced
            ? `forced by CHROME_PATH=${BUNDLED}`
            : `as no CHROME_PATH is set and none of ${PATH_NAMES.join(", ")} is on PATH`),
      };
    }
  }
}

let resolved: Promise<BrowserLaunch> | undefined;
let announced = false;

/**
 * The executable, arguments (without --headless) and environment of the browser chosen as
 * above, unpacking the packaged Chromium first if that is the one. Starts nothing.
 */
export function browserLaunch(): Promise<BrowserLaunch> {
  resolved ??= prepare(resolveBrowser()).catch((error: unknown) => {
    resolved = undefined;
    throw error;
  });
  return resolved;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, env, why } = await browserLaunch();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args, env, headless: true });
  } catch (error) {
    const hint = why.includes(PACKAGE)
      ? " It needs the system libraries libnss3, libnspr4 and libexpat1 (Debian: apt-get " +
        "install -y libnss3), or install Chromium itself (apt-get install -y chromium)."
      : "";
    throw new Error(`Could not start ${executablePath} (${why}).${hint}\n${String(error)}`, {
      cause: error,
    });
  }
  if (!announced) {
    announced = true;
    process.stderr.write(`Browser: Chromium ${browser.version()}, ${executablePath} (${why})\n`);
  }
  return browser;
}
