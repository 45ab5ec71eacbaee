import "server-only";
import type { z } from "zod";
import { SETTINGS, type SettingKey } from "./schemas";
import { readSettingValue, writeSettingValues } from "./store";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { validationError } from "../errors";
import { processCache } from "../cache/process-cache";
import { afterPublicContentChanged } from "../publication/public-cache";

export { SETTINGS, type SettingKey } from "./schemas";

export async function getSetting<K extends SettingKey>(key: K): Promise<z.infer<(typeof SETTINGS)[K]>> {
  const value = await readSettingValue(key);
  const parsed = SETTINGS[key].safeParse(value ?? undefined);
  return (parsed.success ? parsed.data : SETTINGS[key].parse(undefined)) as z.infer<(typeof SETTINGS)[K]>;
}

export async function getSettings<K extends SettingKey>(
  keys: readonly K[],
): Promise<{ [P in K]: z.infer<(typeof SETTINGS)[P]> }> {
  const entries = await Promise.all(keys.map(async (k) => [k, await getSetting(k)] as const));
  return Object.fromEntries(entries) as { [P in K]: z.infer<(typeof SETTINGS)[P]> };
}

/**
 * The same values as getSettings, from an in-process cache that setSettings clears (10 s at most behind a change
 * made by another process): for paths that read settings on every request, such as survey submissions.
 */
export async function getCachedSettings<K extends SettingKey>(
  keys: readonly K[],
): Promise<{ [P in K]: z.infer<(typeof SETTINGS)[P]> }> {
  return settingsCache().get(keys.join(","), () => getSettings(keys)) as Promise<{
    [P in K]: z.infer<(typeof SETTINGS)[P]>;
  }>;
}

const settingsCache = () => processCache<Record<string, unknown>>("settings", { ttlMs: 10_000 });

export async function setSettings(values: Partial<Record<SettingKey, string>>, actor: Actor): Promise<void> {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const valid: [SettingKey, string][] = [];
  for (const [key, value] of Object.entries(values) as [SettingKey, string][]) {
    const parsed = SETTINGS[key].safeParse(value);
    if (parsed.success) valid.push([key, String(parsed.data)]);
    else issues.push(...parsed.error.issues.map((i) => ({ path: [key], message: i.message })));
  }
  if (issues.length) throw validationError(issues);
  await writeSettingValues(valid);
  settingsCache().invalidate();
  // The office's name, address and charter are on every public page.
  afterPublicContentChanged();
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "settings.update",
    detail: { keys: valid.map(([k]) => k) },
  });
}
