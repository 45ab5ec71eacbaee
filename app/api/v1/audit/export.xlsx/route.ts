import { methodNotAllowed } from "@/lib/api/http";
import { listXlsxHandler } from "@/lib/api/list-export";
import { auditLogXlsxApi } from "@/lib/api/operations/list-exports";
import { AUDIT_LIST } from "@/lib/table/staff-lists";

export const dynamic = "force-dynamic";

/** GET /api/v1/audit/export.xlsx — the audit log as shown on its page, every row. */
export const GET = listXlsxHandler(auditLogXlsxApi, AUDIT_LIST);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
