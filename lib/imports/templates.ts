import "server-only";
import { buildImportTemplate } from "../spreadsheet/template";
import { listAreas, listCounters, listLicenseTypes } from "../reference/queries";
import { IMPORT_TEMPLATES, type ImportTemplateKind } from "./template-kinds";

/** The office's own lists for the templates' drop-downs: licence types, kecamatan, kelurahan, counters. */
async function referenceLists(): Promise<Record<string, string[]>> {
  const [licenseTypes, areas, counters] = await Promise.all([
    listLicenseTypes({ activeOnly: true }),
    listAreas(),
    listCounters(),
  ]);
  return {
    licenseTypes: licenseTypes.map((type) => type.code),
    kecamatan: areas.map((area) => area.name),
    kelurahan: [...new Set(areas.flatMap((area) => area.kelurahan.map((kelurahan) => kelurahan.name)))],
    counters: counters.filter((counter) => counter.active).map((counter) => counter.code),
  };
}

/** The .xlsx template of one import, with the office's current lists in its drop-downs. */
export async function buildTemplateFile(kind: ImportTemplateKind): Promise<{ fileName: string; bytes: Uint8Array }> {
  const spec = IMPORT_TEMPLATES[kind];
  const bytes = await buildImportTemplate({
    title: spec.title,
    columns: spec.columns,
    notes: spec.notes,
    lists: await referenceLists(),
  });
  return { fileName: spec.fileName, bytes };
}
