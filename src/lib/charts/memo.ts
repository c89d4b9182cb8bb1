/**
 * Chart geometry worked out once per build: the explainer page, its embed page and the claimant
 * and subject pages that draw the same selection share one result. Results are kept per site
 * data (the claims map a page context holds), so the dev server, which reads the data afresh on
 * each request, never sees a stale chart.
 */
const caches = new WeakMap<object, Map<string, unknown>>();

/** `compute()` once per `scope` and `key`; the same value after. */
export function memoFor<T>(scope: object, key: string, compute: () => T): T {
  let cache = caches.get(scope);
  if (!cache) caches.set(scope, (cache = new Map<string, unknown>()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
