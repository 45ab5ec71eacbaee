import "server-only";
/**
 * A short-lived in-process cache for small reference data that every dashboard reads and staff rarely change
 * (licence types, counters, areas, the working-day calendar) — issue 15. Correctness comes from invalidation, not
 * from the expiry: every writer of these tables in lib/ calls `invalidateReference` after its write commits, so
 * the next read in this process sees the change. The expiry (30 s) only bounds how long a change made by ANOTHER
 * process stays unseen (a CLI seed while the server runs, or a second app server on PostgreSQL).
 * A load that started before an invalidation is not kept (its result may predate the write).
 */
import { getEnv } from "../env";

export type ReferenceName = "license-types" | "counters" | "areas" | "work-calendar";

const TTL_MS = 30_000;

type Entry = { value: Promise<unknown>; loadedAt: number; databaseUrl: string };

const shared = globalThis as unknown as {
  lenteraReferenceCache?: { entries: Map<ReferenceName, Entry>; generation: Map<ReferenceName, number> };
};
const state = (shared.lenteraReferenceCache ??= { entries: new Map(), generation: new Map() });

/** The cached value of `name`, loading it with `load` when absent, expired or invalidated. */
export function cachedReference<T>(name: ReferenceName, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const databaseUrl = getEnv().DATABASE_URL;
  const entry = state.entries.get(name);
  if (entry && entry.databaseUrl === databaseUrl && now - entry.loadedAt < TTL_MS) return entry.value as Promise<T>;
  const generation = state.generation.get(name) ?? 0;
  const value = load();
  state.entries.set(name, { value, loadedAt: now, databaseUrl });
  value.then(
    () => {
      // Invalidated while loading: drop this result so the next read loads again.
      if ((state.generation.get(name) ?? 0) !== generation && state.entries.get(name)?.value === value)
        state.entries.delete(name);
    },
    () => {
      if (state.entries.get(name)?.value === value) state.entries.delete(name);
    },
  );
  return value;
}

/** Forgets the cached values (call after a write to their tables has committed). */
export function invalidateReference(...names: ReferenceName[]): void {
  for (const name of names) {
    state.generation.set(name, (state.generation.get(name) ?? 0) + 1);
    state.entries.delete(name);
  }
}
