// `npm run build [-- --force]`: check all content, build into a scratch folder, then swap it in
// for dist/. A failed build never touches the previous dist/, so a CDN sync of dist/ only ever
// sees a complete site. Pages whose content and code have not changed since the last build are
// copied from it (.astro/build-cache/) instead of rendered again; --force renders everything.
import { build } from "astro";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { compileBodiesAhead, stopCompilingAhead } from "../src/lib/content/bodiesAhead.ts";
import { explainerFiles } from "../src/lib/content/explainersLoader.ts";
import { runContentCheck } from "../src/lib/content/runCheck.ts";
import { collectionDir } from "../src/schemas/collections.ts";
import { buildBase } from "../src/lib/util/paths.ts";
import { siteConfig } from "../src/site.config.ts";
import { errorsOf, formatReport } from "../src/lib/content/issues.ts";
import { siteCardJobs, startDrawingCards } from "../src/lib/site/cardJobs.ts";
import {
  leaveFilesToBuild,
  publishedIndex,
  writePublishedFiles,
  type PublishedCard,
  type PublishedIndex,
} from "../src/lib/site/publishedFiles.ts";

// Drafts are left out when Astro builds in production mode; a NODE_ENV of "test" or
// "development" inherited from a CI shell would quietly publish them.
process.env.NODE_ENV = "production";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--")) ?? ".");
// `npm run build -- --force`: render every page again, ignoring what the last build left.
const force = args.includes("--force");
const dist = join(root, "dist");
// One fixed scratch folder, not one per process: the output folder is part of what Astro's
// incremental build compares between builds, so a new name each time would re-render every page.
// A lock file keeps two builds of the same folder from sharing it.
const scratch = join(root, ".dist-building");
// The replaced dist/ is moved aside under a name of this build's own, and deleted after the new
// one is in place, by a process of its own: deleting thousands of files is seconds nobody needs
// to wait for. A build that finds one left behind (a deletion cut short) deletes it first.
const stale = join(root, `.dist-previous-${process.pid}`);
const lock = join(root, ".dist-building.lock");
const kept = existsSync(dist)
  ? "The previous dist/ was left as it was."
  : "Nothing was written to dist/.";

/** Take the lock, or stop if another build of this folder holds it. */
function takeLock() {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(lock, "utf8"));
    let running = false;
    try {
      running = holder > 0 && holder !== process.pid && process.kill(holder, 0);
    } catch {
      // No such process: the lock was left by a build that was killed.
    }
    if (running) {
      process.stderr.write(
        `Another build of this folder is running (process ${holder}). Wait for it to finish, or stop it, then build again. ${kept}\n`,
      );
      process.exit(1);
    }
    writeFileSync(lock, String(process.pid));
  }
  process.on("exit", () => rmSync(lock, { force: true }));
}

// A build with nothing cached compiles every explainer body: that starts now, on the other core,
// alongside the content check (bodiesAhead.ts). A later build compiles only what changed, on the
// page thread, when Astro loads the content.
if (force || !existsSync(join(root, ".astro/build-cache/data-store.json"))) {
  const folder = join(root, collectionDir("explainers"));
  const paths = explainerFiles(folder).map((file) => relative(root, file).split(sep).join("/"));
  compileBodiesAhead(root, paths, buildBase(siteConfig.base));
}

// Problems stop the build; warnings are printed and the build goes on.
const issues = runContentCheck(root, false, { warnings: true });
if (errorsOf(issues).length) {
  process.stderr.write(`${formatReport(issues)}\nBuild stopped. ${kept}\n`);
  process.exit(1);
}
if (issues.length) process.stderr.write(`${formatReport(issues)}\n`);
// Tells the content-check integration, which would run the same check inside Astro's build,
// that this folder has just passed it (and its warnings are printed).
process.env.EXPLAINER_CONTENT_CHECKED = root;

takeLock();
// The social cards and downloads are written here, not by Astro's routes (publishedFiles.ts).
// Cards are the build's biggest single cost: drawing starts now, on the other core, while Astro
// loads the content and compiles.
let published: { index: PublishedIndex; cards: PublishedCard[] };
try {
  const index = publishedIndex(root);
  published = { index, cards: siteCardJobs(root, index) };
} catch (error) {
  process.stderr.write(`\n${(error as Error).stack ?? String(error)}\n\nBuild failed. ${kept}\n`);
  process.exit(1);
}
startDrawingCards(root, published.cards);
leaveFilesToBuild();
// Whatever a killed build left behind.
rmSync(scratch, { recursive: true, force: true });
for (const name of readdirSync(root)) {
  if (!name.startsWith(".dist-previous")) continue;
  try {
    rmSync(join(root, name), { recursive: true, force: true });
  } catch {
    // Still being deleted by the last build's own deletion.
  }
}
// Written as soon as Astro has generated the pages, while it builds the search index (in a
// process of its own) and the rest. Nothing Astro writes after that depends on these files.
let writing: Promise<void> | undefined;
try {
  await build({
    // Its own cache: the dev server's cache holds drafts, which production leaves out.
    cacheDir: join(root, ".astro/build-cache"),
    root,
    outDir: scratch,
    force,
    logLevel: process.env.BUILD_LOG_LEVEL === "silent" ? "silent" : "info",
    integrations: [
      {
        name: "published-files",
        hooks: {
          // Astro has loaded the content: whatever was compiled ahead and not taken is dropped.
          "astro:build:start": () => stopCompilingAhead(),
          "astro:build:generated": ({ dir }) => {
            writing = writePublishedFiles(fileURLToPath(dir), published.index, published.cards);
            // Reported below, once Astro is done; a failed Astro build reports its own error.
            writing.catch(() => {});
          },
        },
      },
    ],
  });
} catch (error) {
  await writing?.catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
  // Content refused inside the compile (the explainer gate) is reported as the check reports
  // it: the problems with their places, without the bundler's stack trace around them.
  const message = (error as Error).message;
  const report = /Content check found[^]*?(?=\n\s+at |$)/.exec(message)?.[0];
  process.stderr.write(`\n${report ?? message}\n\nBuild failed. ${kept}\n`);
  process.exit(1);
}
try {
  await (writing ?? writePublishedFiles(scratch, published.index, published.cards));
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  process.stderr.write(`\n${(error as Error).message}\n\nBuild failed. ${kept}\n`);
  process.exit(1);
}

// Two renames: the window in which dist/ does not exist is a few microseconds, and dist/ is
// never a mix of old and new files.
if (existsSync(dist)) {
  renameSync(dist, stale);
  renameSync(scratch, dist);
  spawn(
    process.execPath,
    ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", stale],
    { detached: true, stdio: "ignore" },
  ).unref();
} else renameSync(scratch, dist);
console.log(`Site written to ${dist}`);
