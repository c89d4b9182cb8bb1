// A worker thread that draws a batch of social cards into the card cache (see cardPool.ts). It
// runs this source file directly (Node strips the types), outside the site's bundle. It takes
// the cards itself, one after another, through their shared states: the page thread, busy
// rendering, has nothing to do for it.
import { readFile } from "node:fs/promises";
import { workerData } from "node:worker_threads";
import { DONE, DRAWING, QUEUED, type CardBatch } from "./cardPool.ts";
import { renderCard } from "./socialCard.ts";

const { cards, states, next } = workerData as CardBatch;

for (;;) {
  const index = Atomics.add(next, 0, 1);
  if (index >= cards.length) break;
  // Taken by the route, to draw itself, before this worker came to it.
  if (Atomics.compareExchange(states, index, QUEUED, DRAWING) !== QUEUED) continue;
  const job = cards[index]!;
  try {
    const background = job.backgroundFile ? await readFile(job.backgroundFile) : undefined;
    await renderCard({ ...job.content, ...(background ? { background } : {}) }, job.options);
  } catch {
    // The route draws it again and reports the error with its page.
  }
  Atomics.store(states, index, DONE);
  Atomics.notify(states, index);
}
