import "server-only";
import { getDb, type Db, type DbTransaction } from "../db/client";

/**
 * The facts an LKPM realisation report checks about its project (lib/investment/realisation-store.ts), for the
 * given registration numbers in one read: status, scale, the day it was issued and its investment value. A
 * transaction client may be passed.
 */
export async function findProjectFactsByRegistrationNo(
  registrationNos: readonly string[],
  db: Db | DbTransaction = getDb(),
) {
  return db.application.findMany({
    where: { registrationNo: { in: [...registrationNos] } },
    select: { id: true, registrationNo: true, status: true, scale: true, finishedDay: true, investmentValue: true },
  });
}
