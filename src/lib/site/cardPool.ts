/**
 * Social cards drawn on the machine's other cores while the build renders pages. A card costs
 * tens of milliseconds of CPU (layout, rasterising, PNG): for an archive of thousands of
 * explainers, minutes on the one thread that renders every page. A batch is handed to the
 * workers whole, and each card's state lives in shared memory: a worker takes the next card
 * itself, without waiting for the page thread (busy rendering) to send it one. When the card
 * route comes to a card, it is in the cache already, or being drawn (the route waits), or not
 * started (the route takes it and draws it itself). A worker that fails only hands its cards
 * back: never a failed build from here.
 *
 * `npm run build` starts the batch before Astro even compiles (cardJobs.ts), from the content
 * files, and writes the cards itself (publishedFiles.ts), waiting here on each. In `npm run dev`
 * and a plain `astro build` the card route does the same with a batch of its own.
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { cardKey, type CardContent, type CardOptions } from "./socialCard.ts";

/** A card to draw; its lead image by file, read when drawn (not held for the whole batch). */
export interface CardJob {
  content: Omit<CardContent, "background">;
  backgroundFile?: string | undefined;
  options: CardOptions;
}

/** A card's state, one Int32 each in shared memory, changed only by compare-and-swap. */
export const QUEUED = 0;
export const DRAWING = 1;
export const DONE = 2;
export const TAKEN = 3;

/** What a worker is given: the batch, each card's state, and the next card to take. */
export interface CardBatch {
  cards: CardJob[];
  /** One per card. */
  states: Int32Array;
  /** [0]: the index of the next card any worker should try. */
  next: Int32Array;
}

interface Job {
  states: Int32Array;
  index: number;
}

/**
 * Cards being drawn, by key. On globalThis, so that a card route running in Astro's own copy of
 * this module waits on jobs started outside it.
 */
const JOBS = Symbol.for("claims-explainers.card-jobs");
const jobs: Map<string, Job> = ((globalThis as { [JOBS]?: Map<string, Job> })[JOBS] ??= new Map<
  string,
  Job
>());

/**
 * Start drawing every card not in the cache yet, on `threads` workers (one less than the
 * machine's cores; none on a one-core machine, where the route draws each card itself).
 */
export function drawCardsInBackground(
  cards: readonly CardJob[],
  workerFile: string,
  threads = availableParallelism() - 1,
): void {
  if (threads < 1) return;
  const batch: CardJob[] = [];
  // In batch order; a Set, so an archive of ten thousand cards is not a quadratic scan.
  const keys = new Set<string>();
  for (const card of cards) {
    let background: Buffer | undefined;
    try {
      background = card.backgroundFile ? readFileSync(card.backgroundFile) : undefined;
    } catch {
      // A picture that cannot be read is the route's to report, with its page.
      continue;
    }
    const key = cardKey({ ...card.content, ...(background ? { background } : {}) }, card.options);
    if (jobs.has(key) || keys.has(key)) continue;
    if (existsSync(join(card.options.cacheDir, `${key}.png`))) continue;
    batch.push(card);
    keys.add(key);
  }
  if (batch.length === 0) return;
  const states = new Int32Array(new SharedArrayBuffer(4 * batch.length));
  const next = new Int32Array(new SharedArrayBuffer(4));
  [...keys].forEach((key, index) => jobs.set(key, { states, index }));
  for (let i = 0; i < Math.min(threads, batch.length); i++) {
    const worker = new Worker(workerFile, {
      workerData: { cards: batch, states, next } satisfies CardBatch,
    });
    worker.unref();
    // A worker that stops (done, or crashed) hands back the card it was drawing: the route finds
    // no file and draws it.
    worker.on("exit", () => {
      for (let k = 0; k < states.length; k++) {
        if (Atomics.compareExchange(states, k, DRAWING, DONE) === DRAWING)
          Atomics.notify(states, k);
      }
    });
    worker.on("error", () => {});
  }
}

/**
 * Before a route draws card `key`: wait while a worker is drawing it; a card not started yet is
 * taken, so the route draws it now instead of waiting its turn. True when a worker drew it (it
 * is in the cache, unless drawing it failed); false when it is the route's to draw.
 */
export async function cardReady(key: string): Promise<boolean> {
  const job = jobs.get(key);
  if (!job) return false;
  const { states, index } = job;
  if (Atomics.compareExchange(states, index, QUEUED, TAKEN) === QUEUED) return false;
  while (Atomics.load(states, index) === DRAWING) {
    const wait = Atomics.waitAsync(states, index, DRAWING);
    if (wait.async) await wait.value;
  }
  return Atomics.load(states, index) === DONE;
}
