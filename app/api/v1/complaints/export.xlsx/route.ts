import { methodNotAllowed } from "@/lib/api/http";
import { listXlsxHandler } from "@/lib/api/list-export";
import { complaintListXlsxApi } from "@/lib/api/operations/complaints";
import { COMPLAINT_LIST } from "@/lib/table/staff-lists";

export const dynamic = "force-dynamic";

/** GET /api/v1/complaints/export.xlsx — the staff complaint list (its tab, search and order) with typed dates. */
export const GET = listXlsxHandler(complaintListXlsxApi, COMPLAINT_LIST);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
