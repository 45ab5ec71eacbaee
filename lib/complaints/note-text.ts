/**
 * Reads the history notes the complaint workflow writes in a compact machine form (lib/complaints/handling.ts:
 * "assigned:Name", "verified:ours:CODE:5:2026-12-28", "2026-12-21 → 2026-12-28 (+5): reason", …) into a message
 * key and its values, so the staff page shows a sentence in the reader's language with dates formatted — never the
 * raw form. A body that matches no known form (a free note, an answer, older data) is shown as written. Pure.
 */
export type NoteText =
  | { key: "assigned"; values: { name: string } }
  | { key: "categoryChanged"; values: { from: string; to: string } }
  | { key: "resolved" | "closed"; values: Record<string, never> }
  | { key: "verifiedOurs"; values: { category: string; days: string; deadline: string } }
  | { key: "verifiedNotOurs"; values: { reason: string } }
  | { key: "extended"; values: { from: string; to: string; days: string; reason: string } }
  | { key: null; text: string };

const ISO_DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const VERIFIED_OURS = new RegExp(String.raw`^verified:ours:([^:]+):(\d+):(${ISO_DAY})$`);
const EXTENSION = new RegExp(String.raw`^(${ISO_DAY}) → (${ISO_DAY}) \(\+(\d+)\): ([\s\S]*)$`);

export function readComplaintNote(kind: string, body: string): NoteText {
  if (kind === "extension") {
    const m = EXTENSION.exec(body);
    if (m) return { key: "extended", values: { from: m[1], to: m[2], days: m[3], reason: m[4] } };
  }
  if (kind === "status") {
    if (body === "resolved" || body === "closed") return { key: body, values: {} };
    if (body.startsWith("assigned:")) return { key: "assigned", values: { name: body.slice("assigned:".length) } };
    const category = /^category:([\s\S]*)→([\s\S]*)$/.exec(body);
    if (category) return { key: "categoryChanged", values: { from: category[1], to: category[2] } };
    const ours = VERIFIED_OURS.exec(body);
    if (ours) return { key: "verifiedOurs", values: { category: ours[1], days: ours[2], deadline: ours[3] } };
    if (body.startsWith("verified:not_ours:")) {
      return { key: "verifiedNotOurs", values: { reason: body.slice("verified:not_ours:".length).trim() } };
    }
  }
  return { key: null, text: body };
}
