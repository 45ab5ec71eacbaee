import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { complaintListXlsxApi } from "@/lib/api/operations/complaints";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { complaintListTabFilter } from "@/lib/complaints/complaint-rules";
import { complaintListTable } from "@/lib/complaints/list-export";
import { COMPLAINT_TABLE, listComplaintsForExport } from "@/lib/complaints/list-queries";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { parseTableParams } from "@/lib/table/schemas";

export const dynamic = "force-dynamic";

/** Every complaint of the tab (not one page). */
const MAX_ROWS = 100_000;

/** GET /api/v1/complaints/export.xlsx — the staff complaint list with typed dates. */
export const GET = apiHandler(complaintListXlsxApi, async ({ actor, query, request }) => {
  // The list's own URL state (tab, search, sort, direction), so the file has the rows the page shows, in its order.
  const state = parseTableParams(COMPLAINT_TABLE, query);
  const tab = query.filter ?? "open";
  const now = new Date();
  const locale = localeOfRequest(request);
  const t = createTranslator(locale, "complaints");
  const [rows, office] = await Promise.all([
    listComplaintsForExport(complaintListTabFilter(tab, toWibDate(now)), state, actor.role, MAX_ROWS),
    getOfficeProfile(),
  ]);
  const table = complaintListTable(rows, { t, tab, q: state.q });
  const bytes = await writeXlsx([table], { created: now, creator: office.name, title: t("listExport.title") });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "export.complaints",
    target: state.q || null,
    detail: { filter: tab },
  });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `pengaduan-${toWibDate(now)}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
