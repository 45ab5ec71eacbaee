import { databaseEngine } from "../env";

/**
 * A Prisma `contains` filter that ignores letter case on both engines, so a search for "antri" finds "Antrian
 * terlalu lama". SQLite's LIKE already ignores ASCII case; PostgreSQL needs `mode: "insensitive"` (ILIKE), an
 * option the SQLite client rejects, hence the engine check.
 */
export function containsIgnoringCase(term: string): { contains: string } {
  return databaseEngine() === "postgresql"
    ? ({ contains: term, mode: "insensitive" } as { contains: string })
    : { contains: term };
}
