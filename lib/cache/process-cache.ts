/**
 * Small in-process caches for data that hot paths read on every request and staff rarely change (survey collection
 * settings, extra questions, service codes, kiosk keys, API tokens; licence types, counters, areas and the working-day
 * calendar through lib/reference/cache.ts) — issue 15. Each cache lives on globalThis under its name, so route
 * handlers, server actions and pages, which Next bundles separately, share one copy and one invalidation.
 * Correctness comes from invalidation, not from the expiry: the writer of the data calls `invalidate` after its write
 * committed, so the next read in this process sees the change, and a load that started before an invalidation is not
 * kept (its result may predate the write). Entries also expire after `ttlMs`, which bounds how long a change made by
 * another process (a CLI command on the same database, a second app server on PostgreSQL) stays unseen. An entry
 * belongs to the database it was read from (DATABASE_URL): tests that switch databases never see another's values.
 */
import { getEnv } from "../env";

export type ProcessCache<V> = {
  /** The cached value for `key`, loading it once when missing or expired (concurrent callers share one load). */
  get(key: string, load: () => Promise<V>, now?: number): Promise<V>;
  /** Drops one key, or every key; a load under way for it is not kept. */
  invalidate(key?: string): void;
};

type Entry = { value: Promise<unknown>; expiresAt: number; databaseUrl: string; generation: number };
type Cache = { entries: Map<string, Entry>; generation: number };

function cacheNamed(name: string): Cache {
  const shared = globalThis as unknown as { lenteraProcessCaches?: Map<string, Cache> };
  shared.lenteraProcessCaches ??= new Map();
  let cache = shared.lenteraProcessCaches.get(name);
  if (!cache) {
    cache = { entries: new Map(), generation: 0 };
    shared.lenteraProcessCaches.set(name, cache);
  }
  return cache;
}

export function processCache<V>(name: string, options: { ttlMs: number; maxEntries?: number }): ProcessCache<V> {
  const maxEntries = options.maxEntries ?? 1_000;
  return {
    get(key, load, now = Date.now()) {
      const cache = cacheNamed(name);
      const databaseUrl = getEnv().DATABASE_URL;
      const hit = cache.entries.get(key);
      if (hit && hit.expiresAt > now && hit.databaseUrl === databaseUrl) return hit.value as Promise<V>;
      if (cache.entries.size >= maxEntries) cache.entries.clear();
      const generation = cache.generation;
      const value = load();
      cache.entries.set(key, { value, expiresAt: now + options.ttlMs, databaseUrl, generation });
      const forget = () => {
        if (cache.entries.get(key)?.value === value) cache.entries.delete(key);
      };
      // Invalidated while loading: the result may predate the write, so the next caller loads again. A failed load
      // is not remembered either.
      value.then(() => {
        if (cache.generation !== generation) forget();
      }, forget);
      return value;
    },
    invalidate(key) {
      const cache = cacheNamed(name);
      cache.generation++;
      if (key === undefined) cache.entries.clear();
      else cache.entries.delete(key);
    },
  };
}
