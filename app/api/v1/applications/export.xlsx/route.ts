import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { applicationListXlsxApi } from "@/lib/api/operations/exports";
import { APPLICATION_TABLE, listApplicationsForExport } from "@/lib/applications/list-queries";
import { parseTableParams } from "@/lib/table/schemas";
import { applicationListTable } from "@/lib/applications/list-export";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { listLicenseTypes } from "@/lib/reference/queries";
import { getOfficeProfile } from "@/lib/settings/office-profile";

export const dynamic = "force-dynamic";

/** Every file of the list (not one page). */
const MAX_ROWS = 100_000;

/** GET /api/v1/applications/export.xlsx — the application list with typed dates. */
export const GET = apiHandler(applicationListXlsxApi, async ({ actor, query, request }) => {
  // The list's own URL state (search, sort, direction), so the file has the rows in the order the page shows.
  const state = parseTableParams(APPLICATION_TABLE, query);
  const q = state.q;
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const [rows, licenseTypes, office] = await Promise.all([
    listApplicationsForExport(state, MAX_ROWS),
    listLicenseTypes(),
    getOfficeProfile(),
  ]);
  const types = new Map(licenseTypes.map((lt) => [lt.id, lt]));
  const table = applicationListTable(rows, types, { t: createTranslator(locale, "applications"), ex, q }, locale);
  const now = new Date();
  const bytes = await writeXlsx([table], { created: now, creator: office.name, title: ex("applications.title") });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.applications", target: q || null });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `permohonan-${toWibDate(now)}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
