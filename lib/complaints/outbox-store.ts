import "server-only";
import { complaintStatusPath } from "./complaint-rules";
import type { Db } from "../db/client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type OutboundMessage = { channel: "sms"; recipient: string; body: string; complaintId: string | null };

/**
 * Where acknowledgements and answers to citizens go. The default adapter writes them to the outbox table (visible
 * to administrators at /staf/pengaduan/kotak-keluar) inside the caller's transaction, so a message is queued if and
 * only if its complaint is stored; a real SMS/WhatsApp gateway plugs in by draining `pending` rows.
 */
export type OutboundAdapter = { name: string; enqueue(tx: Tx, message: OutboundMessage): Promise<void> };

export const outboxAdapter: OutboundAdapter = {
  name: "outbox",
  async enqueue(tx, message) {
    await tx.outboxMessage.create({
      data: {
        channel: message.channel,
        recipient: message.recipient,
        body: message.body,
        complaintId: message.complaintId,
      },
    });
  },
};

export function getOutboundAdapter(): OutboundAdapter {
  return outboxAdapter;
}

/** The acknowledgement texted back to a citizen (fits one SMS segment for a typical URL). */
export function acknowledgementText(ticketNo: string, publicUrl: string, checkCode?: string | null): string {
  const code = checkCode ? `, kode cek ${checkCode}` : "";
  return `Pengaduan Anda diterima, nomor tiket ${ticketNo}${code}. Cek status: ${publicUrl.replace(/\/$/, "")}${complaintStatusPath(ticketNo, checkCode)}`;
}
