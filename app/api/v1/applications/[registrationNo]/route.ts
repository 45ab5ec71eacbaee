import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getApplicationDetail } from "@/lib/applications/applications";

export const dynamic = "force-dynamic";

/** One application with its timeline and SLA clock (ADMIN, OFFICER, LEADERSHIP or their API tokens). */
export const GET = apiRoute(async (request, context: { params: Promise<{ registrationNo: string }> }) => {
  await requireApiCapability(request, "viewApplications");
  const { registrationNo } = await context.params;
  const detail = await getApplicationDetail(decodeURIComponent(registrationNo));
  if (!detail) throw new AppError("NOT_FOUND", `Permohonan ${registrationNo} tidak ditemukan.`);
  return detail;
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
