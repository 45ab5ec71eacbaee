import { apiRoute, readTextBody, JSON_BODY_LIMIT_BYTES, methodNotAllowed } from "@/lib/api/http";
import { clientAddress, enforceRateLimit } from "@/lib/api/rate-limit";
import { apiActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { kioskFromKey, submitSurveyResponse } from "@/lib/skm/collect";

export const dynamic = "force-dynamic";

/** Anonymous web submissions per address (kiosks, invitation tokens and staff are attributed otherwise). */
const ANONYMOUS_LIMIT = 20;
const ANONYMOUS_WINDOW_MS = 10 * 60 * 1000;

export const POST = apiRoute(async (request) => {
  const text = await readTextBody(request, { types: ["application/json"], maxBytes: JSON_BODY_LIMIT_BYTES });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Isi permintaan bukan JSON yang valid.");
  }
  const kiosk = await kioskFromKey(request.headers.get("x-kiosk-key"));
  const actor = kiosk ? null : await apiActor(request);
  const channel = typeof body === "object" && body && "channel" in body ? (body as { channel?: unknown }).channel : undefined;
  const hasToken = typeof body === "object" && body !== null && typeof (body as { token?: unknown }).token === "string";
  if (channel === "paper" && !(actor && can(actor.role, "enterPaperSurveys"))) {
    throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED", "Kanal paper hanya untuk petugas (token API atau sesi staf).");
  }
  if (!kiosk && !actor && !hasToken) {
    enforceRateLimit("skm-api", clientAddress(request.headers), ANONYMOUS_LIMIT, ANONYMOUS_WINDOW_MS, "Terlalu banyak kiriman survei dari alamat ini. Coba lagi nanti.");
  }
  const result = await submitSurveyResponse(body, { now: new Date(), kiosk });
  return Response.json({ id: result.id, duplicate: result.isDuplicate }, { status: result.isDuplicate ? 200 : 201, headers: { "Cache-Control": "no-store" } });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
