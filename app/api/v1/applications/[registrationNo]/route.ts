import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { getApplicationApi } from "@/lib/api/operations/applications";
import { AppError } from "@/lib/errors";
import { getApplicationDetail } from "@/lib/applications/applications-store";

export const dynamic = "force-dynamic";

/** One application with its timeline and SLA clock (ADMIN, OFFICER, LEADERSHIP or their API tokens). */
export const GET = apiHandler(getApplicationApi, async ({ params }) => {
  const detail = await getApplicationDetail(decodeURIComponent(params.registrationNo));
  if (!detail) throw new AppError("NOT_FOUND", `Permohonan ${params.registrationNo} tidak ditemukan.`);
  return detail;
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
