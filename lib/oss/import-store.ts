import "server-only";
/**
 * Import of the OSS-RBA "Data Proyek" download (issue 17): .xlsx or CSV as it comes from OSS, mapped by header name.
 * Projects are upserted by id_proyek (the next month's download updates, never duplicates), linked to Lentera
 * applications (./link.ts) and counted in InvestmentDayStat (lib/investment/day-stat-sql.ts) on their
 * tanggal_terbit_oss day, a linked application's own figures giving way to the project's.
 *
 * Two streamed passes, so a 100k-row file stays in bounded memory: (1) every row is validated (errors by line and
 * OSS column; duplicate id_proyek; per-NIB counts for the linker); (2) rows are linked, compared with what is
 * stored (create / update / unchanged) and, unless this is a preview (dryRun), written in chunks inside ONE
 * transaction with their revisions, the touched days' InvestmentDayStat refreshed before the commit. All or
 * nothing by default: any invalid row stores nothing (valid-only stores the valid rows). Audited; undo: ./undo-store.ts.
 */
import { randomUUID } from "node:crypto";
import { getDb, type Db, type DbTransaction } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import type { ImportMode } from "../applications/import-modes";
import { prepareReferences } from "../applications/import-rows";
import { loadKbliLists } from "../investment/kbli-store";
import { listAreas } from "../reference/queries";
import { mapColumns, rowTexts } from "../spreadsheet/columns";
import { spreadsheetInputOf, type ImportFile } from "../spreadsheet/input";
import { openSpreadsheet } from "../spreadsheet/read";
import { OSS_COLUMNS, OSS_EXPECTED_HEADERS } from "./columns";
import { createLinker, type Linker } from "./link";
import { parseOssRow, type ParsedOssRow } from "./parse-row";
import { emptyResult, pushBounded, type OssImportResult } from "./import-result";
import { validateAll, type PassContext } from "./validate";
import {
  applicationFinishDays,
  fillRegistrationNos,
  findStoredProjects,
  isSameProject,
  loadLinkState,
  type StoredProject,
} from "./store";
import { withOssWriter, type OssWriter } from "./writer-store";

export type OssImportProgress = { phase: "validate" | "write"; rows: number };

export type OssImportOptions = {
  actor: Actor;
  /** Preview: everything is checked and classified, nothing is written. */
  dryRun?: boolean;
  mode?: ImportMode;
  fileName?: string | null;
  now?: Date;
  db?: Db;
  chunkSize?: number;
  onProgress?: (progress: OssImportProgress) => void | Promise<void>;
};

/** Thrown inside the write transaction when pass 2 finds an error in all-or-nothing mode: rolls everything back. */
class RolledBack extends Error {}

type Context = PassContext & {
  /** Lines pass 1 refused as a repeated id_proyek (only the first occurrence is imported). */
  duplicateLines?: Set<number>;
  options: OssImportOptions;
};

/** Previews (dryRun) or imports an OSS "Data Proyek" file; see the module comment. */
export async function importOssProjects(file: ImportFile, options: OssImportOptions): Promise<OssImportResult> {
  const db = options.db ?? getDb();
  const mode = options.mode ?? "all-or-nothing";
  const sheet = await openSpreadsheet(spreadsheetInputOf(file), { expectedHeaders: OSS_EXPECTED_HEADERS });
  const mapping = mapColumns(sheet.headers, OSS_COLUMNS);
  if (mapping.missingRequired.length > 0)
    throw new AppError("VALIDATION", `Kolom wajib tidak ada: ${mapping.missingRequired.join(", ")}.`, {
      fields: Object.fromEntries(mapping.missingRequired.map((column) => [column, `kolom ${column} tidak ada`])),
    });
  const present = new Set(mapping.byHeader.values());
  const result = emptyResult({
    dryRun: options.dryRun ?? false,
    mode,
    format: sheet.format,
    sheetName: sheet.sheetName,
    headerLine: sheet.headerLine,
    missingHeaders: OSS_EXPECTED_HEADERS.filter((header) => !present.has(header)),
    ignoredHeaders: mapping.ignored,
  });
  const [areaList, kbliLists] = await Promise.all([
    // Kecamatan and kelurahan are lib/reference's tables: read through its query.
    listAreas(),
    loadKbliLists(db),
  ]);
  const kecamatan = areaList.map(({ code, name }) => ({ code, name }));
  const kelurahan = areaList.flatMap((area) =>
    area.kelurahan.map(({ code, name, kecamatanCode }) => ({ code, name, kecamatanCode })),
  );
  const areas = prepareReferences({ kecamatan, kelurahan, licenseTypes: [], counters: [], kbliLists });
  const context: Context = { sheet, mapping, areas, result, options, onProgress: options.onProgress };

  const counts = await validateAll(context, OSS_COLUMNS);
  context.duplicateLines = counts.duplicateLines;
  const linkState = {
    ...(await loadLinkState(db, { nibs: counts.perNib.keys(), registrationNos: counts.registrationNos })),
    projectsPerNib: counts.perNib,
    projectsPerNibKbli: counts.perNibKbli,
  };
  if (result.dryRun) {
    await planAll(context, createLinker(linkState), db, null);
    return result;
  }
  if ((result.errorCount > 0 && mode === "all-or-nothing") || result.validRows === 0) {
    await audit(options.actor, "import.ossProjects.rejected", null, result);
    return result;
  }
  const importId = randomUUID();
  try {
    await withOssWriter(async (writer) => {
      await planAll(context, createLinker(linkState), writer.reader, { writer, importId });
      if (result.errorCount > 0 && mode === "all-or-nothing") throw new RolledBack();
    }, db);
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    resetCounts(result);
    await audit(options.actor, "import.ossProjects.rejected", null, result);
    return result;
  }
  result.committed = true;
  result.importId = importId;
  await audit(options.actor, "import.ossProjects", importId, result);
  return result;
}

/**
 * Pass 2: links and classifies every valid row against what is stored, chunk by chunk; with `write`, stores the new
 * and changed projects with their revisions, then refreshes InvestmentDayStat for every day the changes touch.
 */
async function planAll(
  context: Context,
  linker: Linker,
  reader: Db | DbTransaction,
  write: { writer: OssWriter; importId: string } | null,
): Promise<void> {
  const { sheet, mapping, areas, result, options } = context;
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const days = new Set<string>();
  const relinked = new Set<string>();
  let chunk: ParsedOssRow[] = [];
  let done = 0;
  if (write)
    await write.writer.createImport({
      id: write.importId,
      fileName: options.fileName?.slice(0, 200) ?? null,
      format: sheet.format,
      rowCount: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      linked: 0,
      missingHeaders: result.missingHeaders,
      importedAt: options.now ?? new Date(),
      importedById: options.actor.id,
      importedBy: options.actor.label,
    });
  const flush = async () => {
    const stored = await findStoredProjects(
      reader,
      chunk.map((row) => row.project.idProyek),
    );
    const items: { project: StoredProject; previous: StoredProject | null }[] = [];
    for (const row of chunk) {
      const decision = linker.decide({ ...row.project, registrationNo: row.registrationNo });
      if (decision.kind === "error") {
        result.errorCount += 1;
        result.invalidRows += 1;
        result.validRows -= 1;
        pushBounded(result.errors, { line: row.line, column: decision.column, message: decision.message });
        continue;
      }
      const previous = stored.get(row.project.idProyek) ?? null;
      const linked = decision.kind === "linked" ? decision : null;
      const project: StoredProject = {
        ...row.project,
        applicationId: linked?.applicationId ?? null,
        linkBasis: linked ? (linked.basis === "kept" ? (previous?.linkBasis ?? "kept") : linked.basis) : null,
        importId: write?.importId ?? "",
      };
      const action = !previous ? "create" : isSameProject(previous, project) ? "unchanged" : "update";
      result[action === "create" ? "created" : action === "update" ? "updated" : "unchanged"] += 1;
      if (linked) result.linked += 1;
      if (decision.kind === "unlinked" && decision.ambiguousCandidates > 0) result.ambiguous += 1;
      pushBounded(result.plannedRows, {
        line: row.line,
        idProyek: project.idProyek,
        nib: project.nib,
        companyName: project.companyName,
        action,
        investmentValue: project.investmentValue.toString(),
        link: linked ? { applicationId: linked.applicationId, registrationNo: null, basis: linked.basis } : null,
        ambiguousCandidates: decision.kind === "unlinked" ? decision.ambiguousCandidates : 0,
      });
      if (action === "unchanged") continue;
      items.push({ project, previous });
      days.add(project.issuedOn);
      if (previous) days.add(previous.issuedOn);
      if (previous?.applicationId !== project.applicationId) {
        if (previous?.applicationId) relinked.add(previous.applicationId);
        if (project.applicationId) relinked.add(project.applicationId);
      }
    }
    if (write) {
      if (result.errorCount > 0 && result.mode === "all-or-nothing") throw new RolledBack();
      const replaced = items.filter((item) => item.previous !== null).map((item) => item.project.idProyek);
      await write.writer.replaceProjects(
        replaced,
        items.map((item) => item.project),
      );
      await write.writer.addRevisions(
        write.importId,
        items.map((item) => ({ idProyek: item.project.idProyek, previous: item.previous })),
      );
    }
    done += chunk.length;
    chunk = [];
    await options.onProgress?.({ phase: "write", rows: done });
  };
  for await (const sheetRow of sheet.rows()) {
    const parsed = parseOssRow(rowTexts(sheetRow.cells, mapping, OSS_COLUMNS), sheetRow.line, areas);
    if (parsed.ok && !context.duplicateLines?.has(sheetRow.line)) chunk.push(parsed.row);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  await fillRegistrationNos(reader, result);
  if (!write) return;
  for (const day of await applicationFinishDays(reader, relinked)) days.add(day);
  await write.writer.refreshDays(days);
  await write.writer.updateImport(write.importId, {
    rowCount: result.validRows,
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    linked: result.linked,
  });
}

function resetCounts(result: OssImportResult): void {
  result.created = 0;
  result.updated = 0;
  result.unchanged = 0;
}

async function audit(actor: Actor, action: string, target: string | null, result: OssImportResult): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action,
    target: target ?? undefined,
    detail: {
      rows: result.rows,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      linked: result.linked,
      invalidRows: result.invalidRows,
      missingHeaders: result.missingHeaders,
      mode: result.mode,
    },
  });
}
