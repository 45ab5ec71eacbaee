import { methodNotAllowed } from "@/lib/api/http";
import { listXlsxHandler } from "@/lib/api/list-export";
import { outboxXlsxApi } from "@/lib/api/operations/list-exports";
import { OUTBOX_LIST } from "@/lib/table/staff-lists";

export const dynamic = "force-dynamic";

/** GET /api/v1/outbox/export.xlsx — the SMS outbox as shown on its page, every row. */
export const GET = listXlsxHandler(outboxXlsxApi, OUTBOX_LIST);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
