import { methodNotAllowed } from "@/lib/api/http";
import { listXlsxHandler } from "@/lib/api/list-export";
import { userListXlsxApi } from "@/lib/api/operations/list-exports";
import { USER_LIST } from "@/lib/table/staff-lists";

export const dynamic = "force-dynamic";

/** GET /api/v1/users/export.xlsx — the staff users as shown on their page, every row. */
export const GET = listXlsxHandler(userListXlsxApi, USER_LIST);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
