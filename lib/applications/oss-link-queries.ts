import "server-only";
/**
 * Reads of the Application table that the OSS project import (lib/oss) needs: the link candidates, the finishing
 * days a link change touches and the registration numbers shown in the preview. Each takes at most one chunk of
 * keys; the caller chunks, and passes its transaction client so the reads stay inside the import's transaction.
 */
import { getDb, type Db, type DbTransaction } from "../db/client";

type Reader = Db | DbTransaction;

/** Issued applications with an investment value: the only ones an OSS project may be linked to. */
const LINK_ELIGIBLE = { status: "issued", investmentValue: { not: null } } as const;

/** Link candidates with one of the given NIBs, by registration number. */
export async function findLinkCandidatesByNib(nibs: readonly string[], db: Reader = getDb()) {
  return db.application.findMany({
    where: { nib: { in: [...nibs] }, ...LINK_ELIGIBLE },
    select: { id: true, registrationNo: true, kbli: true, nib: true },
    orderBy: { registrationNo: "asc" },
  });
}

/** Link candidates with one of the given registration numbers. */
export async function findLinkCandidatesByRegistrationNo(registrationNos: readonly string[], db: Reader = getDb()) {
  return db.application.findMany({
    where: { registrationNo: { in: [...registrationNos] }, ...LINK_ELIGIBLE },
    select: { id: true, registrationNo: true, kbli: true },
  });
}

/** The finishing days (WIB) of the given applications (null while unfinished). */
export async function findFinishedDays(ids: readonly string[], db: Reader = getDb()) {
  return db.application.findMany({ where: { id: { in: [...ids] } }, select: { finishedDay: true } });
}

/** The registration numbers of the given applications. */
export async function findRegistrationNos(ids: readonly string[], db: Reader = getDb()) {
  return db.application.findMany({ where: { id: { in: [...ids] } }, select: { id: true, registrationNo: true } });
}
