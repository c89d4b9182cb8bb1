// `npm run build`: check all content, build into a scratch folder, then swap it in for dist/.
// A failed build never touches the previous dist/, so a CDN sync of dist/ only ever sees a
// complete site.
import { build } from "astro";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { runContentCheck } from "../src/lib/content/runCheck.ts";
import { errorsOf, formatReport } from "../src/lib/content/issues.ts";

// Drafts are left out when Astro builds in production mode; a NODE_ENV of "test" or
// "development" inherited from a CI shell would quietly publish them.
process.env.NODE_ENV = "production";

const root = resolve(process.argv[2] ?? ".");
const dist = join(root, "dist");
const scratch = join(root, `.dist-building-${process.pid}`);
const stale = join(root, `.dist-previous-${process.pid}`);
const kept = existsSync(dist)
  ? "The previous dist/ was left as it was."
  : "Nothing was written to dist/.";

// Problems stop the build; warnings are printed and the build goes on.
const issues = runContentCheck(root, false, { warnings: true });
if (errorsOf(issues).length) {
  process.stderr.write(`${formatReport(issues)}\nBuild stopped. ${kept}\n`);
  process.exit(1);
}
if (issues.length) process.stderr.write(`${formatReport(issues)}\n`);
// Tells the content-check integration, which runs the same check inside Astro's build, that
// the warnings are already printed.
process.env.EXPLAINER_CONTENT_CHECKED = "1";

try {
  await build({
    // Its own cache: the dev server's cache holds drafts, which production leaves out.
    cacheDir: join(root, ".astro/build-cache"),
    root,
    outDir: scratch,
    logLevel: process.env.BUILD_LOG_LEVEL === "silent" ? "silent" : "info",
  });
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  // Content refused inside the compile (the explainer gate) is reported as the check reports
  // it: the problems with their places, without the bundler's stack trace around them.
  const message = (error as Error).message;
  const report = /Content check found[^]*?(?=\n\s+at |$)/.exec(message)?.[0];
  process.stderr.write(`\n${report ?? message}\n\nBuild failed. ${kept}\n`);
  process.exit(1);
}

// Two renames: the window in which dist/ does not exist is a few microseconds, and dist/ is
// never a mix of old and new files.
if (existsSync(dist)) renameSync(dist, stale);
renameSync(scratch, dist);
rmSync(stale, { recursive: true, force: true });
console.log(`Site written to ${dist}`);
