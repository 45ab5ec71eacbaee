import "server-only";
import { getDb, type Db } from "../db/client";

/**
 * The Setting table: key/value rows. Only this file reads or writes it; other domains go through lib/settings
 * (typed keys with defaults, settings.ts) or, for a key they own and validate themselves, these two functions.
 */
export async function readSettingValue(key: string, db: Db = getDb()): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

/** Writes the values in one transaction (all or none). */
export async function writeSettingValues(entries: readonly (readonly [string, string])[], db: Db = getDb()) {
  await db.$transaction(
    entries.map(([key, value]) => db.setting.upsert({ where: { key }, create: { key, value }, update: { value } })),
  );
}

export async function writeSettingValue(key: string, value: string, db: Db = getDb()): Promise<void> {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
