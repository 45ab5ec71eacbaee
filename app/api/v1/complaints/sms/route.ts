import { apiRoute, readTextBody, methodNotAllowed } from "@/lib/api/http";
import { parseOrThrow } from "@/lib/validation/parse";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isGatewayRequestAuthentic } from "@/lib/complaints/gateway-auth";
import { receiveGatewayMessage } from "@/lib/complaints/intake";
import { ZSmsFormMessage, ZSmsJsonMessage, type TGatewayMessage } from "@/lib/complaints/schemas";

export const dynamic = "force-dynamic";

/** Raw bodies up to 256 KB are read (and signed); text longer than COMPLAINT_TEXT_MAX then gets a clear 422. */
const GATEWAY_BODY_LIMIT_BYTES = 256 * 1024;
const FORM_TYPE = "application/x-www-form-urlencoded";

function parseGatewayBody(contentType: string, raw: string): TGatewayMessage {
  if (contentType === FORM_TYPE) {
    const form = Object.fromEntries(new URLSearchParams(raw).entries());
    const m = parseOrThrow(ZSmsFormMessage, form, "Pesan gateway tidak valid.");
    return { from: m.From, text: m.Body, receivedAt: null, messageId: m.MessageSid };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "Isi permintaan bukan JSON yang valid.");
  }
  const m = parseOrThrow(ZSmsJsonMessage, data, "Pesan gateway tidak valid.");
  return {
    from: m.from,
    text: m.text,
    receivedAt: m.receivedAt ? new Date(m.receivedAt) : null,
    messageId: m.messageId,
  };
}

/** SMS/WhatsApp gateway webhook: one inbound message → one complaint ticket (idempotent by message id). */
export const POST = apiRoute(async (request) => {
  const raw = await readTextBody(request, {
    types: ["application/json", FORM_TYPE],
    maxBytes: GATEWAY_BODY_LIMIT_BYTES,
  });
  const env = getEnv();
  if (
    !isGatewayRequestAuthentic(request.headers, raw, {
      secret: env.LENTERA_SMS_SECRET,
      mode: env.LENTERA_SMS_AUTH_MODE,
    })
  ) {
    throw new AppError("UNAUTHENTICATED", "Rahasia gateway tidak valid.");
  }
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const message = parseGatewayBody(contentType, raw);
  const created = await receiveGatewayMessage(message, new Date());
  return Response.json(
    {
      ticketNo: created.ticketNo,
      deadlineOn: created.deadlineOn,
      duplicate: created.isDuplicate,
      reply: `Pengaduan diterima, nomor tiket ${created.ticketNo}${created.checkCode ? `, kode cek ${created.checkCode}` : ""}.`,
    },
    { status: created.isDuplicate ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
