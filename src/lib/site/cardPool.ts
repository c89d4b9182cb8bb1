/**
 * Social cards drawn on the machine's other cores while the build renders pages. A card costs
 * tens of milliseconds of CPU (layout, rasterising, PNG): for an archive of thousands of
 * explainers, minutes on the one thread that renders every page. The card route starts the
 * whole batch as soon as it knows its paths (before any page renders); when it comes to render
 * a card, the card is in the cache already, or being drawn (it waits), or not started (it takes
 * it back and draws it itself). A worker that fails only hands its cards back: never a failed
 * build from here.
 *
 * `npm run build` starts the batch before Astro even compiles (cardJobs.ts), from the content
 * files; the route's own batch then adds only cards worked out differently.
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

interface Job extends CardJob {
  state: "queued" | "drawing" | "done" | "taken";
  done: Promise<void>;
  settle: () => void;
}

/**
 * Cards being drawn, by key. On globalThis: the build script starts the batch before Astro runs
 * (cardJobs.ts), and the card route, in Astro's own copy of this module, waits on the same jobs.
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
  const queue: string[] = [];
  for (const card of cards) {
    const background = card.backgroundFile ? readFileSync(card.backgroundFile) : undefined;
    const key = cardKey({ ...card.content, ...(background ? { background } : {}) }, card.options);
    if (jobs.has(key) || existsSync(join(card.options.cacheDir, `${key}.png`))) continue;
    let settle = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    jobs.set(key, { ...card, state: "queued", done, settle });
    queue.push(key);
  }
  if (queue.length === 0 || threads < 1) return;
  for (let i = 0; i < Math.min(threads, queue.length); i++) {
    const worker = new Worker(workerFile);
    worker.unref();
    let current: Job | undefined;
    const send = () => {
      let key: string | undefined;
      while ((key = queue.shift()) !== undefined) {
        const job = jobs.get(key)!;
        if (job.state !== "queued") continue;
        job.state = "drawing";
        current = job;
        worker.postMessage({
          content: job.content,
          backgroundFile: job.backgroundFile,
          options: job.options,
        });
        return;
      }
      current = undefined;
      void worker.terminate();
    };
    const finish = () => {
      if (!current) return;
      current.state = "done";
      current.settle();
      current = undefined;
    };
    worker.on("message", () => {
      finish();
      send();
    });
    // A crashed worker's card is settled unfinished: its route finds no file and draws it.
    worker.on("error", finish);
    worker.on("exit", finish);
    send();
  }
}

/**
 * Before a route draws card `key`: wait while a worker is drawing it; a card still queued is
 * taken back, so the route draws it now instead of waiting its turn.
 */
export async function cardReady(key: string): Promise<void> {
  const job = jobs.get(key);
  if (!job) return;
  if (job.state === "queued") job.state = "taken";
  else if (job.state === "drawing") await job.done;
}
