import "server-only";
import { getDb, type Db } from "../db/client";
import { listLicenseTypeNames } from "../reference/queries";

/** Compensation records whose shortfall happened in [from, to] (WIB days), newest first, with the licence type. */
export async function listCompensationRecords(range: { from: string; to: string }, db: Db = getDb()) {
  const [rows, types] = await Promise.all([
    db.compensationRecord.findMany({
      where: { occurredOn: { gte: range.from, lte: range.to } },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: 1000,
    }),
    listLicenseTypeNames(db),
  ]);
  const byId = new Map(types.map((t) => [t.id, t]));
  return rows.map((r) => ({ ...r, licenseType: r.licenseTypeId ? (byId.get(r.licenseTypeId) ?? null) : null }));
}
