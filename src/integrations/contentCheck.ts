import type { AstroIntegration } from "astro";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError, errorsOf, formatReport } from "../lib/content/issues.ts";
import { runContentCheck } from "../lib/content/runCheck.ts";

/**
 * Fails `astro build` with every content problem at once (Astro alone stops at the first schema
 * error and cannot give a line); warnings alone are logged and the build goes on. In dev the
 * same report is logged, so the server keeps running while an author fixes things.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === "build") {
          // `npm run build` (scripts/build.ts) ran this same check on this same folder, in this
          // same process, a moment before starting Astro, and stopped on any error: running it
          // again would only double its cost. `astro build` on its own still runs it here.
          if (process.env.EXPLAINER_CONTENT_CHECKED === resolve(root)) return;
          const issues = runContentCheck(root, false, { warnings: true });
          if (errorsOf(issues).length) throw new ContentError(issues);
          if (issues.length) logger.warn(formatReport(issues));
        } else if (command === "dev") {
          const report = formatReport(runContentCheck(root, true, { warnings: true }));
          if (report) logger.warn(report);
        }
      },
    },
  };
}
