import { ZComplaintNoteData, type TComplaintNoteData } from "./schemas";

/**
 * A workflow note as stored: its kind ("status", "extension"), the structured step (ComplaintNote.data, checked
 * by ZComplaintNoteData) and the body kept for the history. Pure.
 */
export function noteRecord(
  kind: "status" | "extension",
  data: TComplaintNoteData,
  body = "",
): { kind: string; body: string; data: string } {
  return { kind, body, data: JSON.stringify(ZComplaintNoteData.parse(data)) };
}

/**
 * The step of a stored note, or null for a free note, an answer, or a note whose data does not match the schema
 * (then the history shows its body as written).
 */
export function readNoteData(data: string | null): TComplaintNoteData | null {
  if (data === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = ZComplaintNoteData.safeParse(value);
  return parsed.success ? parsed.data : null;
}
