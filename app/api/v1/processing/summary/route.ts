import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { processingSummaryApi } from "@/lib/api/operations/applications";
import { AppError } from "@/lib/errors";
import { getLicenseTypeByCode } from "@/lib/reference/queries";
import { getProcessingSummary } from "@/lib/applications/processing-summary-queries";

export const dynamic = "force-dynamic";

/** Processing-time summary for applications completed in [from, to] (dashboards, analytics, officers). */
export const GET = apiHandler(processingSummaryApi, async ({ query }) => {
  let licenseTypeId: number | null = null;
  if (query.licenseType) {
    const lt = await getLicenseTypeByCode(query.licenseType);
    if (!lt)
      throw new AppError("VALIDATION", "Parameter tidak valid.", {
        fields: { licenseType: `Jenis izin tidak dikenal: ${query.licenseType}.` },
      });
    licenseTypeId = lt.id;
  }
  return getProcessingSummary({ from: query.from, to: query.to, licenseTypeId });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
