import "server-only";
import { getDb } from "../db/client";

/** Active staff for owner and assignee pickers: id, name and role, by name. */
export async function listActiveStaff() {
  return getDb().user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
