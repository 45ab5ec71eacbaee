import "server-only";
/**
 * Database reads and writes of the OSS project import (issue 17): link context, chunked upserts with the
 * revisions an undo needs, InvestmentDayStat refresh of the touched days, the import record, undo.
 */
import { getDb, type Db, type DbTransaction } from "../db/client";
import { refreshInvestmentDayStats } from "../applications/processing-day-stat-store";
import {
  findFinishedDays,
  findLinkCandidatesByNib,
  findLinkCandidatesByRegistrationNo,
  findRegistrationNos,
} from "../applications/oss-link-queries";
import type { ParsedOssProject } from "./parse-row";
import type { LinkBasis, LinkCandidate, LinkState } from "./link";
import type { OssImportResult } from "./import-result";

type Reader = Db | DbTransaction;

/** A project row as stored (what an import writes and a revision remembers). */
export type StoredProject = ParsedOssProject & {
  applicationId: string | null;
  linkBasis: string | null;
  importId: string;
};

const IN_CHUNK = 500;
/** A turn of the event loop between queries: Prisma's SQLite adapter can resolve a run of queries without one. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** Everything the linker needs (see ./link.ts), read once per import. */
export async function loadLinkState(
  db: Reader,
  file: { nibs: Iterable<string>; registrationNos: Iterable<string> },
): Promise<Omit<LinkState, "projectsPerNib" | "projectsPerNibKbli">> {
  const stored = await db.ossProject.findMany({
    where: { applicationId: { not: null } },
    select: { idProyek: true, applicationId: true },
  });
  const candidatesByNib = new Map<string, LinkCandidate[]>();
  for (const part of chunks([...new Set(file.nibs)])) {
    const rows = await findLinkCandidatesByNib(part, db);
    for (const row of rows) {
      const list = candidatesByNib.get(row.nib!) ?? [];
      list.push({ id: row.id, registrationNo: row.registrationNo, kbli: row.kbli });
      candidatesByNib.set(row.nib!, list);
    }
    await nextTurn();
  }
  const byRegistrationNo = new Map<string, LinkCandidate>();
  for (const part of chunks([...new Set(file.registrationNos)])) {
    const rows = await findLinkCandidatesByRegistrationNo(part, db);
    for (const row of rows) byRegistrationNo.set(row.registrationNo, row);
  }
  return {
    storedByProject: new Map(stored.map((row) => [row.idProyek, row.applicationId!])),
    storedByApplication: new Map(stored.map((row) => [row.applicationId!, row.idProyek])),
    candidatesByNib,
    byRegistrationNo,
  };
}

/** The stored rows of the given projects. */
export async function findStoredProjects(db: Reader, ids: readonly string[]): Promise<Map<string, StoredProject>> {
  const rows = await db.ossProject.findMany({ where: { idProyek: { in: [...ids] } } });
  await nextTurn();
  return new Map(
    rows.map((row) => {
      const { createdAt: _created, updatedAt: _updated, ...stored } = row;
      return [row.idProyek, stored as StoredProject];
    }),
  );
}

/** Finishing days (WIB) of applications, for the InvestmentDayStat days a link change touches. */
export async function applicationFinishDays(db: Reader, ids: Iterable<string>): Promise<string[]> {
  const days: string[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await findFinishedDays(part, db);
    for (const row of rows) if (row.finishedDay) days.push(row.finishedDay);
    await nextTurn();
  }
  return days;
}

/** A project as JSON for its revision (bigints as text). */
export function projectToJson(project: StoredProject): string {
  return JSON.stringify(project, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
}

export function projectFromJson(text: string): StoredProject {
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === "string" && /^-?\d+n$/.test(value) ? BigInt(value.slice(0, -1)) : value,
  ) as StoredProject;
}

/** Recomputes InvestmentDayStat for the days an import or undo touched (in steps, inside its transaction). */
export async function refreshTouchedDays(tx: DbTransaction, days: Iterable<string>): Promise<void> {
  for (const part of chunks([...new Set(days)].sort(), 200)) await refreshInvestmentDayStats(tx, part);
}

export type OssImportRecord = {
  id: string;
  fileName: string | null;
  format: string;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  linked: number;
  missingHeaders: string[];
  importedAt: Date;
  importedById: string | null;
  importedBy: string;
};

/** The most recent OSS imports, newest first (the import page's history with undo). */
export async function listOssImports(take = 20, db: Db = getDb()) {
  const rows = await db.ossImport.findMany({ orderBy: { importedAt: "desc" }, take });
  return rows.map((row) => ({ ...row, missingHeaders: JSON.parse(row.missingHeaders) as string[] }));
}

/** True when the stored project already says what the file says, link included (nothing to write). */
export function isSameProject(stored: StoredProject, project: StoredProject): boolean {
  return (Object.keys(project) as (keyof StoredProject)[]).every(
    (key) => key === "importId" || stored[key] === project[key],
  );
}

/** The registration numbers of the linked rows listed in the preview. */
export async function fillRegistrationNos(reader: Reader, result: OssImportResult): Promise<void> {
  const ids = result.plannedRows.flatMap((row) => (row.link ? [row.link.applicationId] : []));
  if (ids.length === 0) return;
  const rows = await findRegistrationNos(ids, reader);
  const numbers = new Map(rows.map((row) => [row.id, row.registrationNo]));
  for (const row of result.plannedRows)
    if (row.link) row.link.registrationNo = numbers.get(row.link.applicationId) ?? null;
}

export type { LinkBasis };
