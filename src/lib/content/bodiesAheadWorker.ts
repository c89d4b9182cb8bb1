// The process that compiles explainer bodies ahead of the loader (bodiesAhead.ts). It runs this
// source file directly (Node strips the types), outside the site's bundle.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteConfig } from "../../site.config.ts";
import type { BodiesJob, BodyAhead } from "./bodiesAhead.ts";
import { compileExplainerBody } from "./explainerBody.ts";
import { splitExplainer } from "./explainersLoader.ts";

const { root, paths, base } = await new Promise<BodiesJob>((resolve) =>
  process.once("message", resolve),
);
let sending: Promise<unknown> = Promise.resolve();
const send = (message: unknown) => {
  sending = new Promise((resolve) => process.send!(message, undefined, undefined, resolve));
};

for (const path of paths) {
  const file = join(root, path);
  let body: BodyAhead;
  try {
    const split = splitExplainer(readFileSync(file, "utf8"));
    // Drafts are left out of a build before they are compiled.
    if (split.draft) {
      send({ skipped: path });
      continue;
    }
    body = { path, content: split.content, base };
    try {
      body.parts = compileExplainerBody(split.content, {
        root,
        file,
        path,
        sections: siteConfig.sections,
        base,
      });
    } catch {
      // Compiled again by the loader, which reports the problem.
    }
  } catch {
    send({ skipped: path });
    continue;
  }
  send(body);
}
// Messages go out in order: once the last has gone, so has everything.
await sending;
process.disconnect();
