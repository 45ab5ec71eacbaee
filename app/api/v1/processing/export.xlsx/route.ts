import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { processingXlsxApi } from "@/lib/api/operations/exports";
import { getProcessingExport } from "@/lib/applications/processing-export-queries";
import { processingSubtitle, processingTables } from "@/lib/applications/processing-export";
import { recordAudit } from "@/lib/audit/store";
import { periodInWords } from "@/lib/export/period-words";
import { XLSX_MEDIA_TYPE, writeXlsx } from "@/lib/export/xlsx";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { createTranslator } from "@/lib/i18n/translate";
import { periodCovering } from "@/lib/periods/periods";
import { getOfficeProfile } from "@/lib/settings/office-profile";

export const dynamic = "force-dynamic";

/** GET /api/v1/processing/export.xlsx — the processing dashboard's tables, typed. */
export const GET = apiHandler(processingXlsxApi, async ({ actor, query, request }) => {
  const now = new Date();
  const locale = localeOfRequest(request);
  const ex = createTranslator(locale, "exports");
  const [{ range, data, ...filter }, office] = await Promise.all([getProcessingExport(query, now), getOfficeProfile()]);
  const words = { t: createTranslator(locale, "applications"), ex };
  const periodLine = ex("period", { period: periodInWords(periodCovering(range.from, range.to), locale) });
  const tables = processingTables(data, words, processingSubtitle(periodLine, filter, words, locale), locale);
  const bytes = await writeXlsx(tables, { created: now, creator: office.name, title: ex("processing.title") });
  const target = `${range.from}..${range.to}`;
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.processing", target });
  return downloadResponse(bytes, XLSX_MEDIA_TYPE, `waktu-proses-${range.from}-${range.to}.xlsx`);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
