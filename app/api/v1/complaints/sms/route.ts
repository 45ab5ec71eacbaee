import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { receiveSmsApi } from "@/lib/api/operations/complaints";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isGatewayRequestAuthentic } from "@/lib/complaints/gateway-auth";
import { receiveGatewayMessage } from "@/lib/complaints/intake-store";
import type { TGatewayMessage } from "@/lib/complaints/schemas";

export const dynamic = "force-dynamic";

/** SMS/WhatsApp gateway webhook: one inbound message → one complaint ticket (idempotent by message id). */
export const POST = apiHandler(receiveSmsApi, async ({ request, text, body, reply }) => {
  const env = getEnv();
  const raw = await text();
  if (
    !isGatewayRequestAuthentic(request.headers, raw, {
      secret: env.LENTERA_SMS_SECRET,
      mode: env.LENTERA_SMS_AUTH_MODE,
    })
  ) {
    throw new AppError("UNAUTHENTICATED", "Rahasia gateway tidak valid.");
  }
  const parsed = await body();
  const message: TGatewayMessage =
    parsed.kind === "form"
      ? { from: parsed.value.From, text: parsed.value.Body, receivedAt: null, messageId: parsed.value.MessageSid }
      : {
          from: parsed.value.from,
          text: parsed.value.text,
          receivedAt: parsed.value.receivedAt ? new Date(parsed.value.receivedAt) : null,
          messageId: parsed.value.messageId,
        };
  const created = await receiveGatewayMessage(message, new Date());
  const answer = {
    ticketNo: created.ticketNo,
    deadlineOn: created.deadlineOn,
    duplicate: created.isDuplicate,
    reply: `Pengaduan diterima, nomor tiket ${created.ticketNo}${created.checkCode ? `, kode cek ${created.checkCode}` : ""}.`,
  };
  return created.isDuplicate ? reply(200, answer) : reply(201, answer);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
