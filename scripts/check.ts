// `npm run check`: every content problem in one run (drafts included), for authors: quiet and
// exit 0 when all is well; the report and exit 1 when there is a problem. Warnings (a title
// longer than search results show) are reported but exit 0, as the build publishes them.
//   --types          also run the type check (`npm run check:all`; `npm test` runs it too)
//   --strict         warnings fail the check too (exit 1)
//   --content-only   the default; accepted so older habits keep working
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { runContentCheck } from "../src/lib/content/runCheck.ts";
import { errorsOf, formatReport } from "../src/lib/content/issues.ts";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--")) ?? ".");
const withTypes = args.includes("--types");
const strict = args.includes("--strict");

const reported = runContentCheck(root, true, { warnings: true });
if (reported.length) process.stderr.write(formatReport(reported));
const issues = strict ? reported : errorsOf(reported);

let typesOk = true;
// The type check re-reads content through Astro and would report each data problem a second
// time, at ":0:0" with a stack trace: run it only when the content itself is sound, and say so.
if (withTypes && errorsOf(reported).length) {
  process.stderr.write(
    "\nThe type check did not run: fix the content problems above first (it would only report them again, without their lines).\n",
  );
} else if (withTypes) {
  // astro check is chatty even when clean: keep its output unless it finds something.
  const astro = join(root, "node_modules/astro/bin/astro.mjs");
  const r = spawnSync(process.execPath, [astro, "check", "--root", root], {
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  typesOk = r.status === 0;
  if (!typesOk)
    process.stderr.write(
      `\nType check (astro check) failed:\n${withoutStacks(r.stdout + r.stderr)}`,
    );
}

process.exit(issues.length || !typesOk ? 1 : 0);

/** Astro's report less its stack traces: the message and the location are what an author needs. */
function withoutStacks(output: string): string {
  return output.replace(/^\s*Stack trace:\n(?:\s+at .*\n?)*/gm, "").replace(/^\s+at .*\n?/gm, "");
}
