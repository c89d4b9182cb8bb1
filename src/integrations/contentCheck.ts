import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { ContentError, formatReport } from "../lib/content/issues.ts";
import { runContentCheck } from "../lib/content/runCheck.ts";

/**
 * Fails `astro build` with every content problem at once (Astro alone stops at the first schema
 * error and cannot give a line). In dev the same report is logged, so the server keeps running
 * while an author fixes things.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (command === "build") {
          const issues = runContentCheck(root, false);
          if (issues.length) throw new ContentError(issues);
        } else if (command === "dev") {
          const report = formatReport(runContentCheck(root, true));
          if (report) logger.warn(report);
        }
      },
    },
  };
}
