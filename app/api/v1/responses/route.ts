import { methodNotAllowed, withSecurityHeaders } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { submitResponseApi } from "@/lib/api/operations/skm";
import { clientAddress, enforceRateLimit } from "@/lib/security/rate-limit";
import { apiActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { kioskFromKey } from "@/lib/skm/kiosk-store";
import { submitSurveyResponse, type SubmitCaller } from "@/lib/skm/submit-response";

export const dynamic = "force-dynamic";

/** Anonymous web submissions per address (kiosks, invitation tokens and staff are attributed otherwise). */
const ANONYMOUS_LIMIT = 20;
const ANONYMOUS_WINDOW_MS = 10 * 60 * 1000;

// proxy.ts skips this path (its per-request cost would halve the submission throughput): the security headers are
// set here, the cross-site guard runs in apiHandler. Submissions are stored by the group-commit writer
// (lib/skm/response-writer-store.ts) and answered after their batch committed.
export const POST = withSecurityHeaders(
  apiHandler(submitResponseApi, async ({ request, body: readBody, reply }) => {
    const body = await readBody();
    const kiosk = await kioskFromKey(request.headers.get("x-kiosk-key"));
    const actor = kiosk ? null : await apiActor(request);
    // A technical agency's account has no part in the survey (issue 20): refused rather than treated as the public.
    if (actor && !can(actor.role, "submitSurveyAsStaff"))
      throw new AppError("FORBIDDEN", "Peran ini tidak diizinkan mengirim tanggapan survei.");
    const hasToken =
      typeof body === "object" && body !== null && typeof (body as { token?: unknown }).token === "string";
    if (!kiosk && !actor && !hasToken) {
      enforceRateLimit(
        "skm-api",
        clientAddress(request.headers),
        ANONYMOUS_LIMIT,
        ANONYMOUS_WINDOW_MS,
        "Terlalu banyak kiriman survei dari alamat ini. Coba lagi nanti.",
      );
    }
    // Who may use which channel and date the response is decided in lib/skm/collection-rules.ts; the body is validated
    // there too (the contract's schema, after the channel check).
    const caller: SubmitCaller = kiosk
      ? { kind: "kiosk", kiosk }
      : actor
        ? { kind: "staff", actor }
        : { kind: "public" };
    const result = await submitSurveyResponse(body, { now: new Date(), caller });
    const stored = { id: result.id, duplicate: result.isDuplicate, submittedAt: result.submittedAt.toISOString() };
    return result.isDuplicate ? reply(200, stored) : reply(201, stored);
  }),
);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed), with the security headers the proxy would set.
export const GET = withSecurityHeaders(methodNotAllowed(["POST"]));
export const PUT = withSecurityHeaders(methodNotAllowed(["POST"]));
export const PATCH = withSecurityHeaders(methodNotAllowed(["POST"]));
export const DELETE = withSecurityHeaders(methodNotAllowed(["POST"]));
