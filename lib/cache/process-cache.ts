/**
 * Small in-process caches for reference data that hot paths read on every request (survey submissions, API token
 * and kiosk key checks, collection settings). Each cache lives on globalThis under its name, so route handlers,
 * server actions and pages, which Next bundles separately, share one copy and one invalidation. The writer of the
 * data calls `invalidate` in the same process; entries also expire after `ttlMs`, which bounds how long a change made
 * by another process (a CLI command on the same database) stays unseen.
 */
export type ProcessCache<V> = {
  /** The cached value for `key`, loading it once when missing or expired (concurrent callers share one load). */
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Drops one key, or every key. */
  invalidate(key?: string): void;
};

type Entry<V> = { value: Promise<V>; expiresAt: number };
type Store = Map<string, Map<string, Entry<unknown>>>;

function stores(): Store {
  const shared = globalThis as unknown as { lenteraProcessCaches?: Store };
  shared.lenteraProcessCaches ??= new Map();
  return shared.lenteraProcessCaches;
}

export function processCache<V>(name: string, options: { ttlMs: number; maxEntries?: number }): ProcessCache<V> {
  const maxEntries = options.maxEntries ?? 1_000;
  const entries = (): Map<string, Entry<V>> => {
    const all = stores();
    let map = all.get(name);
    if (!map) {
      map = new Map();
      all.set(name, map);
    }
    return map as Map<string, Entry<V>>;
  };
  return {
    get(key, load) {
      const map = entries();
      const now = Date.now();
      const hit = map.get(key);
      if (hit && hit.expiresAt > now) return hit.value;
      if (map.size >= maxEntries) map.clear();
      const value = load();
      map.set(key, { value, expiresAt: now + options.ttlMs });
      // A failed load is not remembered: the next caller tries again.
      value.catch(() => {
        if (map.get(key)?.value === value) map.delete(key);
      });
      return value;
    },
    invalidate(key) {
      const map = entries();
      if (key === undefined) map.clear();
      else map.delete(key);
    },
  };
}

/** Drops every entry of every cache (tests that rewrite reference data behind the application's back). */
export function clearProcessCaches(): void {
  stores().clear();
}
