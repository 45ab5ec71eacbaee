import "server-only";
import { getDb, type Db } from "../db/client";

/** Active staff for owner and assignee pickers: id, name and role, by name. */
export async function listActiveStaff() {
  return getDb().user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** The names of the given users (ids not found are left out): owner and assignee names for another domain's lists. */
export async function findUserNamesByIds(
  ids: readonly string[],
  db: Db = getDb(),
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
}
