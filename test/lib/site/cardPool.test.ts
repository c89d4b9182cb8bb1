// The card pool: workers take cards from a batch through shared states, without waiting for the
// page thread; the card route waits for a card being drawn, and takes one not started.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cardReady, drawCardsInBackground, type CardJob } from "../../../src/lib/site/cardPool.ts";
import { cardKey } from "../../../src/lib/site/socialCard.ts";

const SRC = join(import.meta.dirname, "../../../src");
const WORKER = join(SRC, "lib/site/cardWorker.ts");

function batch(n: number, tag: string): CardJob[] {
  const options = { srcDir: SRC, cacheDir: mkdtempSync(join(tmpdir(), "cards-")) };
  return Array.from({ length: n }, (_, i) => ({
    content: { siteName: "Desk", host: "example.org", title: `${tag} ${i}`, dek: "A dek." },
    options,
  }));
}
const keyOf = (job: CardJob) => cardKey(job.content, job.options);
const drawn = (job: CardJob) => existsSync(join(job.options.cacheDir, `${keyOf(job)}.png`));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("card pool", () => {
  it("draws a whole batch on a worker while the page thread is busy", async () => {
    const cards = batch(3, "busy");
    drawCardsInBackground(cards, WORKER, 1);
    // The page thread blocks (as while rendering): the worker needs nothing from it.
    const until = Date.now() + 30_000;
    while (!cards.every(drawn) && Date.now() < until)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    expect(cards.every(drawn)).toBe(true);
    for (const card of cards) expect(await cardReady(keyOf(card))).toBe(true);
  }, 60_000);

  it("waits for a card being drawn, and hands back one not started, which the worker leaves", async () => {
    const cards = batch(6, "route");
    drawCardsInBackground(cards, WORKER, 1);
    // Taken at once, before the worker has started: the route's to draw.
    expect(await cardReady(keyOf(cards[5]!))).toBe(false);
    // Once the worker is under way, each card is either drawn when cardReady returns, or the
    // route's to draw and never drawn by the worker.
    while (!drawn(cards[0]!)) await sleep(20);
    const ready: boolean[] = [];
    for (const card of cards.slice(0, 5)) {
      const mine = !(await cardReady(keyOf(card)));
      ready.push(mine);
      if (!mine) expect(drawn(card)).toBe(true);
    }
    await sleep(1000);
    expect(drawn(cards[5]!)).toBe(false);
    cards.slice(0, 5).forEach((card, i) => expect(drawn(card)).toBe(!ready[i]));
  }, 60_000);

  it("leaves out cards already in the cache, and knows nothing of cards it was not given", async () => {
    expect(await cardReady("not-a-card")).toBe(false);
    const [card] = batch(1, "again");
    drawCardsInBackground([card!], WORKER, 1);
    while (!drawn(card!)) await sleep(20);
    // A second batch with the same card starts nothing.
    const again = { ...card!, content: { ...card!.content } };
    drawCardsInBackground([again], WORKER, 1);
    expect(await cardReady(keyOf(again))).toBe(true);
  }, 60_000);

  it("leaves a card whose picture cannot be read to the route, which reports it", async () => {
    const [card] = batch(1, "broken");
    const broken = { ...card!, backgroundFile: join(card!.options.cacheDir, "no-such-image.jpg") };
    const good = batch(2, "after");
    expect(() => drawCardsInBackground([broken, ...good], WORKER, 1)).not.toThrow();
    const until = Date.now() + 30_000;
    while (!good.every(drawn) && Date.now() < until) await sleep(20);
    expect(good.every(drawn)).toBe(true);
    // Not queued: the route draws it, and fails with the missing file named.
    expect(await cardReady(cardKey(broken.content, broken.options))).toBe(false);
  }, 60_000);
});
