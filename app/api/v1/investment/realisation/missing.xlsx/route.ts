import { methodNotAllowed } from "@/lib/api/http";
import { listXlsxHandler } from "@/lib/api/list-export";
import { missingReportsXlsxApi } from "@/lib/api/operations/list-exports";
import { MISSING_REPORT_LIST } from "@/lib/table/staff-lists";

export const dynamic = "force-dynamic";

/** GET /api/v1/investment/realisation/missing.xlsx — the projects owing their latest LKPM report, every row. */
export const GET = listXlsxHandler(missingReportsXlsxApi, MISSING_REPORT_LIST);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
