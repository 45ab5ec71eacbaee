import "server-only";
import type { Capability } from "../auth/roles";
import type { OperationSpec } from "./contract";
import { apiHandler, type ApiRouteHandler } from "./handler";
import { downloadResponse } from "./download-response";
import { recordAudit } from "../audit/store";
import { toWibDate } from "../calendar/working-days";
import { XLSX_MEDIA_TYPE, writeXlsx } from "../export/xlsx";
import { localeOfRequest } from "../i18n/request-locale";
import { getOfficeProfile } from "../settings/office-profile";
import { readStaffList, type DownloadableList } from "../table/staff-list";

/** Every row of the list (not one page). */
export const LIST_EXPORT_MAX_ROWS = 100_000;

/**
 * The .xlsx route of a staff list (issue 16): the list's own URL state (search, order, filters; the page is
 * ignored), every row the page would show in that order, one sheet with the page's headers in the reader's language,
 * audited with the search and filters. Authorization is the operation's capability, which must be the page's.
 */
export function listXlsxHandler<S extends string, Row, F>(
  operation: OperationSpec & { access: { capability: Capability } },
  list: DownloadableList<S, Row, F>,
): ApiRouteHandler {
  if (operation.access.capability !== list.capability)
    throw new Error(
      `${operation.path}: capability ${operation.access.capability} is not the page's ${list.capability}`,
    );
  return apiHandler(operation, async ({ actor, request }) => {
    const raw = Object.fromEntries(new URL(request.url).searchParams);
    const { state, filter, params } = readStaffList(list, raw);
    const locale = localeOfRequest(request);
    const now = new Date();
    const [rows, office] = await Promise.all([
      list.query(state, filter, now, actor.role).read(0, LIST_EXPORT_MAX_ROWS),
      getOfficeProfile(),
    ]);
    const words = list.filter ? list.filter.words(filter, locale) : [];
    const table = list.download.sheet(rows, locale, { q: state.q, filters: words }, now, filter);
    const bytes = await writeXlsx([table], { created: now, creator: office.name, title: table.title });
    const detail = Object.fromEntries(
      Object.entries({ ...params, sort: state.sort, dir: state.dir }).filter(([, v]) => v),
    );
    await recordAudit({
      actorId: actor.id,
      actor: actor.label,
      action: list.download.audit,
      target: state.q || null,
      detail: { ...detail, rows: rows.length },
    });
    return downloadResponse(bytes, XLSX_MEDIA_TYPE, `${list.download.fileName}-${toWibDate(now)}.xlsx`);
  });
}
