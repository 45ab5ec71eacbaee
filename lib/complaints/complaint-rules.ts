/**
 * Complaint (pengaduan) vocabulary and the small pure rules around it: categories mapped to the SKM elements they
 * speak to (PermenPANRB 14/2017, unsur U1–U9; domain reference §1), ticket numbers, phone masking and a keyword
 * guess for the category of an SMS. No I/O, no clock reads.
 */

export const COMPLAINT_CATEGORIES = [
  "requirements",
  "procedure",
  "time",
  "fee",
  "product",
  "competence",
  "behaviour",
  "facilities",
  "other",
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/**
 * The SKM element each category speaks to (PermenPANRB 14/2017: U1 Persyaratan, U2 Prosedur, U3 Waktu, U4 Biaya,
 * U5 Produk, U6 Kompetensi, U7 Perilaku, U8 Penanganan pengaduan, U9 Sarana). Every complaint also feeds U8 (how
 * complaints are handled); "other" has no element of its own, so it maps to U8.
 */
export const CATEGORY_SKM_ELEMENT: Record<
  ComplaintCategory,
  "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9"
> = {
  requirements: "U1",
  procedure: "U2",
  time: "U3",
  fee: "U4",
  product: "U5",
  competence: "U6",
  behaviour: "U7",
  facilities: "U9",
  other: "U8",
};

/** The complaint category that speaks to an SKM element (the inverse of CATEGORY_SKM_ELEMENT; U8 → "other"). */
export function categoryForSkmElement(code: string): ComplaintCategory {
  return COMPLAINT_CATEGORIES.find((c) => CATEGORY_SKM_ELEMENT[c] === code) ?? "other";
}

export const COMPLAINT_CHANNELS = ["sms", "web", "desk", "phone"] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_STATUSES = ["new", "assigned", "answered", "resolved", "closed"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Statuses in which the complaint still waits on the office (counted for overdue). */
export function isOpenStatus(status: string): boolean {
  return status === "new" || status === "assigned" || status === "answered";
}

export function isComplaintCategory(value: unknown): value is ComplaintCategory {
  return typeof value === "string" && (COMPLAINT_CATEGORIES as readonly string[]).includes(value);
}

export const TICKET_PREFIX = "PGD";
const TICKET_PATTERN = /^PGD-(\d{4})-(\d{6,})$/;

/** "PGD-2026-000123" for the 123rd complaint of 2026 (sequence restarts each year). */
export function formatTicketNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year must have 4 digits, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be ≥ 1, got ${sequence}`);
  return `${TICKET_PREFIX}-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * The check code printed with a ticket: 6 characters from 31 unambiguous ones (no 0/O, 1/I/L), about 8.9 × 10⁸
 * values. Ticket numbers are sequential; the public status lookup needs the code as well, so the sequence cannot be
 * walked (issue 14). Tickets created before codes existed have none and are looked up by number alone.
 */
export const CHECK_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CHECK_CODE_LENGTH = 6;

/** A check code from `bytes` (at least CHECK_CODE_LENGTH random bytes; the caller draws them). */
export function checkCodeFromBytes(bytes: Uint8Array): string {
  let code = "";
  for (let i = 0; i < CHECK_CODE_LENGTH; i++) code += CHECK_CODE_ALPHABET[bytes[i] % CHECK_CODE_ALPHABET.length];
  return code;
}

/** The code as typed by a citizen: case, spaces and dashes forgiven. */
export function normalizeCheckCode(input: string | null | undefined): string {
  return (input ?? "").replace(/[\s-]/g, "").toUpperCase().slice(0, 20);
}

/** The status page address of a ticket (with its check code when it has one). */
export function complaintStatusPath(ticketNo: string, checkCode: string | null | undefined): string {
  return `/pengaduan/status?tiket=${encodeURIComponent(ticketNo)}${checkCode ? `&kode=${encodeURIComponent(checkCode)}` : ""}`;
}

/** Parses a ticket number as typed by a citizen (case and surrounding spaces forgiven); null when malformed. */
export function parseTicketNumber(input: string): { ticketNo: string; year: number; sequence: number } | null {
  const match = TICKET_PATTERN.exec(input.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (sequence < 1) return null;
  return { ticketNo: formatTicketNumber(year, sequence), year, sequence };
}

/**
 * Indonesian mobile numbers in one form, "+62…": "0812-3456-7890", "62812…", "+62 812 …" → "+6281234567890".
 * Other international numbers keep their "+"; returns null when fewer than 8 or more than 15 digits remain (E.164).
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim().replace(/^whatsapp:/i, "");
  const hasPlus = trimmed.startsWith("+");
  let digits = trimmed.replace(/\D/g, "");
  if (!hasPlus) {
    if (digits.startsWith("0")) digits = `62${digits.slice(1)}`;
    else if (digits.startsWith("8")) digits = `62${digits}`;
  }
  if (digits.startsWith("620")) digits = `62${digits.slice(3)}`; // "+62 0852…": the trunk 0 does not belong after +62
  if (digits.length < 8 || digits.length > 15) return null;
  return `+${digits}`;
}

/**
 * A phone number as non-admin staff see it: the country code and the first three digits, then the last three;
 * everything between becomes "*": "+6281234567890" → "+62812*****890". Short numbers keep only the last two.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const digits = phone.replace(/\D/g, "");
  const plus = phone.startsWith("+") ? "+" : "";
  if (digits.length <= 8) return `${plus}${"*".repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
  return `${plus}${digits.slice(0, 5)}${"*".repeat(digits.length - 8)}${digits.slice(-3)}`;
}

/** The phone as the viewer may see it: in full for ADMIN, masked for every other role. */
export function phoneForViewer(phone: string | null | undefined, viewerRole: string): string {
  if (!phone) return "";
  return viewerRole === "ADMIN" ? phone : maskPhone(phone);
}

// Keywords citizens actually text (Indonesian and Javanese-flavoured informal spelling), first match wins, so
// illegal charges are checked before the broader words.
const CATEGORY_KEYWORDS: readonly (readonly [ComplaintCategory, readonly string[]])[] = [
  [
    "fee",
    ["pungli", "pungutan", "uang rokok", "uang pelicin", "biaya", "bayar", "tarif", "retribusi", "amplop", "calo"],
  ],
  ["behaviour", ["kasar", "judes", "tidak sopan", "sombong", "marah", "membentak", "cuek", "ramah"]],
  ["competence", ["tidak paham", "tidak mengerti", "bingung menjelaskan", "salah input", "tidak tahu", "kompeten"]],
  ["time", ["lama", "lambat", "belum selesai", "belum jadi", "molor", "terlambat", "menunggu", "antri", "antre"]],
  ["requirements", ["syarat", "persyaratan", "dokumen", "berkas", "fotokopi", "lampiran"]],
  ["procedure", ["prosedur", "alur", "oss", "aplikasi", "sistem", "online", "daring", "login"]],
  ["product", ["salah ketik", "salah nama", "sertifikat", "izin salah", "nib salah", "typo", "produk"]],
  ["facilities", ["parkir", "toilet", "wc", "ac ", "kursi", "ruang tunggu", "mushola", "sarana", "panas"]],
];

/** A first guess of the category of a free-text complaint (an SMS); staff correct it when handling. */
export function guessCategory(text: string): ComplaintCategory {
  const lower = ` ${text.toLowerCase()} `;
  for (const [category, words] of CATEGORY_KEYWORDS) {
    if (words.some((w) => lower.includes(w))) return category;
  }
  return "other";
}

/** The tabs of the staff complaints list (/staf/pengaduan); the page and its Excel download share them. */
export const COMPLAINT_LIST_TABS = ["open", "overdue", "all"] as const;
export type ComplaintListTab = (typeof COMPLAINT_LIST_TABS)[number];

/** A tab of the list as the filter of its query: open, overdue as of `today` (open and past the deadline), or all. */
export function complaintListTabFilter(tab: ComplaintListTab, today: string) {
  return { status: tab === "overdue" ? undefined : tab, isOverdueOnly: tab === "overdue", today };
}
