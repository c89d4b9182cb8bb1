// A worker thread that draws social cards into the card cache (see cardPool.ts). It runs this
// source file directly (Node strips the types), outside the site's bundle.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { CardJob } from "./cardPool.ts";
import { renderCard } from "./socialCard.ts";

parentPort?.on("message", (job: CardJob) => {
  (async () => {
    const background = job.backgroundFile ? await readFile(job.backgroundFile) : undefined;
    await renderCard({ ...job.content, ...(background ? { background } : {}) }, job.options);
  })().then(
    () => parentPort?.postMessage("done"),
    // The route draws it again and reports the error with its page.
    () => parentPort?.postMessage("failed"),
  );
});
