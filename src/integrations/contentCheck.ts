import type { AstroIntegration } from "astro";
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
          const issues = runContentCheck(root, false, { warnings: true });
          if (errorsOf(issues).length) throw new ContentError(issues);
          // `npm run build` (scripts/build.ts) has printed them already, before starting Astro.
          if (issues.length && !process.env.EXPLAINER_CONTENT_CHECKED)
            logger.warn(formatReport(issues));
        } else if (command === "dev") {
          const report = formatReport(runContentCheck(root, true, { warnings: true }));
          if (report) logger.warn(report);
        }
      },
    },
  };
}
