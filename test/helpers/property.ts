// Property tests (fast-check) run the same cases on every run and on every machine: a fixed
// seed, unless FC_SEED says otherwise.
//
// On a failure fast-check prints what reproduces it, e.g.
//
//   Property failed after 12 tests
//   { seed: 20261127, path: "11:3:0", endOnFailure: true }
//   Counterexample: [...]
//
// Rerun just that test with the same seed (and, to jump straight to the shrunk counterexample,
// the path):
//
//   FC_SEED=20261127 FC_PATH=11:3:0 npx vitest run test/lib/charts/timeline.property.test.ts
//
// To look for new counterexamples, try other seeds: FC_SEED=1, FC_SEED=2 ... A seed that finds
// a bug is worth keeping as an ordinary example test once the bug is fixed.
import type fc from "fast-check";

/** The seed every property test uses unless FC_SEED is set. */
export const DEFAULT_SEED = 20261127;

function seedFromEnv(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_SEED;
  const seed = Number(value);
  // fast-check takes any 32-bit integer; it prints negative seeds too.
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${value}"`);
  return seed;
}

/** The seed of this run: FC_SEED when set, otherwise DEFAULT_SEED. */
export const SEED = seedFromEnv(process.env.FC_SEED);

/**
 * Parameters for `fc.assert(property, fcParams(runs))`: the run's seed and `numRuns` cases.
 * With FC_PATH set (from a failure report) only that case and its shrinks are replayed.
 */
export function fcParams<T>(numRuns: number): fc.Parameters<T> {
  const path = process.env.FC_PATH;
  return path ? { seed: SEED, numRuns, path, endOnFailure: true } : { seed: SEED, numRuns };
}
