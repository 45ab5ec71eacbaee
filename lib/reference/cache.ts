import "server-only";
/**
 * The in-process cache of small reference data that every dashboard reads and staff rarely change (licence types,
 * counters, areas, the working-day calendar) — issue 15: one lib/cache/process-cache.ts cache, 30 s expiry. Every
 * writer of these tables in lib/ calls `invalidateReference` after its write commits, so the next read in this
 * process sees the change; the expiry only bounds how long a change made by another process stays unseen.
 */
import { processCache } from "../cache/process-cache";

export type ReferenceName = "license-types" | "counters" | "areas" | "work-calendar" | "kbli";

const references = processCache<unknown>("reference", { ttlMs: 30_000 });

/** The cached value of `name`, loading it with `load` when absent, expired or invalidated. */
export function cachedReference<T>(name: ReferenceName, load: () => Promise<T>, now = Date.now()): Promise<T> {
  return references.get(name, load, now) as Promise<T>;
}

/** Forgets the cached values (call after a write to their tables has committed). */
export function invalidateReference(...names: ReferenceName[]): void {
  for (const name of names) references.invalidate(name);
}
