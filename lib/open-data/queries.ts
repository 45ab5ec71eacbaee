import "server-only";
/**
 * Reads of the public open data (issue 17): only the current version of each period's published "open-data"
 * snapshot — never a live figure, never an unpublished period. A dataset document is its metadata block and the rows
 * of every published period (oldest period first).
 */
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { getSetting } from "../settings/settings";
import { listCurrentSnapshots } from "../publication/queries";
import { parseOpenDataSnapshot } from "../publication/snapshot-payload";
import { toCsv, type CsvValue } from "../csv/safe-cell";
import {
  datasetColumns,
  OPEN_DATA_DATASETS,
  OPEN_DATA_DATASET_IDS,
  OPEN_DATA_LICENCE,
  type OpenDataDatasetId,
  type OpenDataMetadata,
  type OpenDataRow,
} from "./datasets";

export type OpenDataDocument = { metadata: OpenDataMetadata; data: OpenDataRow[] };

/** Every dataset's document, from the published snapshots. */
export async function getOpenDataDocuments(db: Db = getDb()): Promise<Record<OpenDataDatasetId, OpenDataDocument>> {
  const [snapshots, officeName, minN] = await Promise.all([
    listCurrentSnapshots("open-data", db),
    getSetting("office.name"),
    getSetting("openData.minN"),
  ]);
  const periods = snapshots
    .map((row) => ({ row, payload: parseOpenDataSnapshot(row.payload) }))
    .sort(
      (a, b) =>
        a.payload.period.from.localeCompare(b.payload.period.from) ||
        a.payload.period.to.localeCompare(b.payload.period.to),
    );
  const documents = {} as Record<OpenDataDatasetId, OpenDataDocument>;
  for (const id of OPEN_DATA_DATASET_IDS) {
    const definition = OPEN_DATA_DATASETS[id];
    const data = periods.flatMap(({ payload }) => (payload.datasets[id] ?? []) as OpenDataRow[]);
    const lastUpdated = periods.reduce<Date | null>(
      (latest, { row }) => (latest === null || row.publishedAt > latest ? row.publishedAt : latest),
      null,
    );
    documents[id] = {
      metadata: {
        id,
        judul: definition.title.id,
        title: definition.title.en,
        deskripsi: definition.description.id,
        description: definition.description.en,
        sumber: `${officeName} — Lentera (angka yang diterbitkan)`,
        satuan: definition.unit.id,
        frekuensi: definition.frequency.id,
        terakhir_diperbarui: lastUpdated?.toISOString() ?? null,
        lisensi: { ...OPEN_DATA_LICENCE },
        minimum_n: periods.at(-1)?.payload.minN ?? minN,
        kolom: datasetColumns(id),
      },
      data,
    };
  }
  return documents;
}

export async function getOpenDataDocument(id: OpenDataDatasetId, db: Db = getDb()): Promise<OpenDataDocument> {
  return (await getOpenDataDocuments(db))[id];
}

/** A dataset as CSV (comma-separated, header row = the tidy columns; cells formula-safe). */
export function openDataCsv(id: OpenDataDatasetId, document: OpenDataDocument): string {
  const columns = datasetColumns(id);
  return toCsv([
    columns,
    ...document.data.map((row) => columns.map((column) => (row as Record<string, CsvValue>)[column] ?? null)),
  ]);
}

/** The published open-data periods (for the staff page): key, version, when and by whom. */
export async function listOpenDataPublications(db: Db = getDb()) {
  const rows = await listCurrentSnapshots("open-data", db);
  return rows.map((row) => {
    const payload = parseOpenDataSnapshot(row.payload);
    return {
      periodKey: row.subject,
      labelId: payload.period.labelId,
      version: row.version,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      rows: Object.values(payload.datasets).reduce((sum, list) => sum + list.length, 0),
      suppressed: Object.values(payload.suppressed).reduce((sum, count) => sum + count, 0),
    };
  });
}
