/**
 * A value as Prisma's SQLite adapter stores it, for raw writes through better-sqlite3 beside Prisma: DateTime as
 * ISO text with "+00:00", booleans as 0/1, undefined as NULL.
 */
export function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}
