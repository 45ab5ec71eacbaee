import "server-only";
import { cache } from "react";
import { getDb, type Db } from "../db/client";
import { processCache } from "../cache/process-cache";
import { missingDataVersionTriggers, readDataVersions } from "./data-version-queries";
import { versionKey, type DataVersions, type VersionedTable } from "./data-versions";

/**
 * Figures kept under the change counters of the tables they were read from (data-versions.ts), for the scorecard
 * and the staff dashboards (issue 15). A key names the read, every input that changes its result and the versions
 * of its tables over the years of its range, so no entry is stale: a write bumps a counter and the next read asks
 * for another key. The expiry only frees memory (and bounds a restored backup's reuse of counters); at
 * `maxEntries` the cache empties. Shared by every bundle of the process (lib/cache/process-cache.ts), per database.
 * A kept value is shared by every caller: never mutate it.
 */
const figures = processCache<unknown>("versioned-figures", { ttlMs: 15 * 60_000, maxEntries: 2_000 });
/** Whether the database has every change-counter trigger (checked once a minute); without them nothing is kept. */
const triggersPresent = processCache<boolean>("kpi-data-version-triggers", { ttlMs: 60_000 });

/**
 * The change counters, or null when a trigger is missing (then every figure is read afresh). Read them BEFORE the
 * figures they key: a write committed in between then bumps a counter the key does not name yet, and the figures
 * (which may include that write) are kept under the older key, which the next read no longer asks for.
 */
export const trustedDataVersions = cache(async (db: Db = getDb()): Promise<DataVersions | null> => {
  const complete = await triggersPresent.get("all", async () => {
    const missing = await missingDataVersionTriggers(db);
    if (missing.length > 0) console.error(`figure cache off: DataVersion triggers missing: ${missing.join(", ")}`);
    return missing.length === 0;
  });
  return complete ? readDataVersions(db) : null;
});

/** A number per working-day calendar object the process cache hands out (a reload gives a new object). */
export function calendarNumber(calendar: object): number {
  const shared = globalThis as unknown as { lenteraCalendarNumbers?: { of: WeakMap<object, number>; next: number } };
  const numbers = (shared.lenteraCalendarNumbers ??= { of: new WeakMap(), next: 0 });
  let number = numbers.of.get(calendar);
  if (number === undefined) numbers.of.set(calendar, (number = ++numbers.next));
  return number;
}

/**
 * `read()`'s result, kept under `key` (the read's name and every input that changes its result) and the versions
 * of `tables` over the years of `range` (WIB days). `versions` come from `trustedDataVersions`, read before; null
 * reads afresh. `read` must read only `tables` (anything else it reads, such as today's open files, stays outside).
 */
export function cachedUnderVersions<T>(
  versions: DataVersions | null,
  key: readonly (string | number | null | undefined)[],
  tables: readonly VersionedTable[],
  range: { from: string; to: string },
  read: () => Promise<T>,
): Promise<T> {
  if (!versions) return read();
  const name = [...key.map((part) => part ?? ""), versionKey(versions, tables, range)].join("|");
  return figures.get(name, read) as Promise<T>;
}
