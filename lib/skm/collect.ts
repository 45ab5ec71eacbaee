import "server-only";
import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { getDb } from "../db/client";
import { getEnv } from "../env";
import { AppError, type FieldErrors } from "../errors";
import { generateSecretToken, hashToken } from "../auth/password";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
import { insertSurveyResponse, isUniqueViolation, type NewSurveyResponse } from "./response-store";
import { storeResponseImport } from "./response-imports";
import { validateSubmission, type TValidatedSubmission } from "./submission";
import { parseResponsesCsv, type CsvProblem } from "./import-csv";

/** Setting key for the invitation lifetime in days (office setting; default 30). */
export const INVITATION_DAYS_SETTING = "skm.invitationDays";
export const DEFAULT_INVITATION_DAYS = 30;

export type SubmitContext = {
  now: Date;
  /** Set when the request carried a valid kiosk device key: the kiosk's counter is used. */
  kiosk?: { id: string; counterId: number } | null;
};

export type SubmitResult = { id: string; isDuplicate: boolean };

async function resolveCodes(licenseType?: string, counter?: string) {
  const db = getDb();
  const fields: FieldErrors = {};
  let licenseTypeId: number | null = null;
  let counterId: number | null = null;
  if (licenseType) {
    const row = await db.licenseType.findUnique({ where: { code: licenseType }, select: { id: true } });
    if (row) licenseTypeId = row.id;
    else fields.licenseType = `Jenis layanan "${licenseType}" tidak dikenal`;
  }
  if (counter) {
    const row = await db.counter.findUnique({ where: { code: counter }, select: { id: true } });
    if (row) counterId = row.id;
    else fields.counter = `Loket "${counter}" tidak dikenal`;
  }
  return { licenseTypeId, counterId, fields };
}

function toNewResponse(s: TValidatedSubmission, ids: { licenseTypeId: number | null; counterId: number | null }, now: Date): NewSurveyResponse {
  return {
    questionnaire: s.questionnaire,
    submittedAt: s.submittedAt ?? now,
    channel: s.channel,
    licenseTypeId: ids.licenseTypeId,
    counterId: ids.counterId,
    age: s.respondent.age ?? null,
    sex: s.respondent.sex ?? null,
    education: s.respondent.education ?? null,
    occupation: s.respondent.occupation ?? null,
    infoSource: s.infoSource ?? null,
    comment: s.comment ?? null,
    answers: s.answers,
    extraAnswers: s.extraAnswers ?? null,
    idempotencyKey: s.idempotencyKey ?? null,
  };
}

const USED_MESSAGE = "Undangan survei ini sudah digunakan. Setiap undangan hanya dapat dijawab satu kali.";
const EXPIRED_MESSAGE = "Undangan survei ini sudah kedaluwarsa.";

async function findByIdempotencyKey(key: string | undefined): Promise<SubmitResult | null> {
  if (!key) return null;
  const row = await getDb().surveyResponse.findUnique({ where: { idempotencyKey: key }, select: { id: true } });
  return row ? { id: row.id, isDuplicate: true } : null;
}

/**
 * Stores one validated-or-not submission from any online channel. Idempotent on idempotencyKey (the same key
 * returns the first response), and an invitation is consumed in the same transaction that stores its response,
 * guarded by `usedAt IS NULL` and the unique invitationId, so concurrent submissions with one token store one row.
 */
export async function submitSurveyResponse(input: unknown, context: SubmitContext): Promise<SubmitResult> {
  const validated = validateSubmission(input, context.now);
  if (!validated.ok) throw new AppError("VALIDATION", "Data survei tidak valid. Periksa kolom yang ditandai.", { fields: validated.fields });
  const s = validated.value;
  const existing = await findByIdempotencyKey(s.idempotencyKey);
  if (existing) return existing;
  if (s.channel === "kiosk" && !context.kiosk) {
    throw new AppError("UNAUTHENTICATED", "Kanal kiosk memerlukan kunci perangkat kiosk yang terdaftar.");
  }
  const codes = await resolveCodes(s.licenseType, s.counter);
  if (s.extraAnswers) Object.assign(codes.fields, await checkExtraAnswers(s.questionnaire, s.extraAnswers));
  if (Object.keys(codes.fields).length) throw new AppError("VALIDATION", "Data survei tidak valid.", { fields: codes.fields });
  const db = getDb();
  let invitation: { id: string; licenseTypeId: number | null; counterId: number | null } | null = null;
  if (s.token) {
    const row = await db.surveyInvitation.findUnique({ where: { token: s.token } });
    if (!row) throw new AppError("NOT_FOUND", "Undangan survei tidak ditemukan. Periksa tautan Anda.");
    if (row.usedAt) throw new AppError("CONFLICT", USED_MESSAGE);
    if (row.expiresAt.getTime() <= context.now.getTime()) throw new AppError("CONFLICT", EXPIRED_MESSAGE);
    invitation = row;
  }
  const ids = {
    licenseTypeId: invitation?.licenseTypeId ?? codes.licenseTypeId,
    counterId: context.kiosk?.counterId ?? invitation?.counterId ?? codes.counterId,
  };
  const record = { ...toNewResponse(s, ids, context.now), kioskId: context.kiosk?.id ?? null, invitationId: invitation?.id ?? null };
  try {
    const row = await db.$transaction(async (tx) => {
      if (invitation) {
        const claimed = await tx.surveyInvitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: context.now } });
        if (claimed.count !== 1) throw new AppError("CONFLICT", USED_MESSAGE);
      }
      return insertSurveyResponse(tx, record);
    });
    if (context.kiosk) await db.kiosk.update({ where: { id: context.kiosk.id }, data: { lastSeenAt: context.now } }).catch(() => undefined);
    return { id: row.id, isDuplicate: false };
  } catch (error) {
    if (isUniqueViolation(error) || isBusyError(error)) {
      const first = await findByIdempotencyKey(s.idempotencyKey);
      if (first) return first;
      if (invitation) throw new AppError("CONFLICT", USED_MESSAGE);
    }
    throw error;
  }
}

/** SQLite answers a losing concurrent writer with "database is locked"/write conflict; the winner's row decides. */
function isBusyError(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? "");
  return /database is locked|SQLITE_BUSY|write conflict|deadlock|could not serialize/i.test(text) || (error as { code?: string })?.code === "P2034";
}

// ---------------------------------------------------------------------------------------------------- invitations

export async function getInvitationDays(): Promise<number> {
  const row = await getDb().setting.findUnique({ where: { key: INVITATION_DAYS_SETTING } });
  const days = row ? Number(row.value) : NaN;
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_INVITATION_DAYS;
}

export async function setInvitationDays(days: number, actor: Actor): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw new AppError("VALIDATION", "Masa berlaku tidak valid.", { fields: { days: "Masa berlaku harus 1–365 hari" } });
  }
  await getDb().setting.upsert({ where: { key: INVITATION_DAYS_SETTING }, create: { key: INVITATION_DAYS_SETTING, value: String(days) }, update: { value: String(days) } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.invitationDays", detail: { days } });
}

/** Short, unguessable invitation token (10 base62-ish chars ≈ 59 bits). */
export function newInvitationToken(): string {
  return randomBytes(8).toString("base64url").replace(/[-_]/g, "x").slice(0, 10);
}

export function invitationLink(token: string): string {
  return `${getEnv().LENTERA_PUBLIC_URL.replace(/\/$/, "")}/s/${token}`;
}

export async function invitationQrSvg(token: string): Promise<string> {
  // The QR variant carries ?qr=1 so responses record whether the applicant scanned or typed the link.
  return QRCode.toString(`${invitationLink(token)}?qr=1`, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}

export type TInvitationInput = { licenseType?: string; counter?: string; applicationNo?: string };

export async function createInvitation(input: TInvitationInput, actor: Actor, now: Date) {
  const fields: FieldErrors = {};
  if (input.applicationNo && input.applicationNo.length > 60) fields.applicationNo = "Nomor permohonan maksimal 60 karakter";
  if (!input.licenseType) fields.licenseType = "Jenis layanan wajib dipilih";
  if (!input.counter) fields.counter = "Loket wajib dipilih";
  const codes = await resolveCodes(input.licenseType, input.counter);
  Object.assign(fields, codes.fields);
  if (Object.keys(fields).length) throw new AppError("VALIDATION", "Data undangan tidak valid.", { fields });
  const days = await getInvitationDays();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const row = await getDb().surveyInvitation.create({
    data: {
      token: newInvitationToken(),
      licenseTypeId: codes.licenseTypeId,
      counterId: codes.counterId,
      applicationNo: input.applicationNo?.trim() || null,
      createdById: actor.id,
      createdAt: now,
      expiresAt,
    },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.invitation.create", target: row.id });
  return { id: row.id, token: row.token, link: invitationLink(row.token), expiresAt, qrSvg: await invitationQrSvg(row.token) };
}

export type InvitationState = "open" | "used" | "expired" | "missing";

/** The invitation behind a token, with the licence type and counter codes, and whether it can still be answered. */
export async function getInvitationByToken(token: string, now: Date) {
  const row = await getDb().surveyInvitation.findUnique({ where: { token } });
  if (!row) return { state: "missing" as InvitationState, invitation: null };
  const state: InvitationState = row.usedAt ? "used" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
  return { state, invitation: row };
}

export async function getInvitationSlip(id: string) {
  const db = getDb();
  const row = await db.surveyInvitation.findUnique({ where: { id } });
  if (!row) return null;
  const [licenseType, counter] = await Promise.all([
    row.licenseTypeId ? db.licenseType.findUnique({ where: { id: row.licenseTypeId } }) : null,
    row.counterId ? db.counter.findUnique({ where: { id: row.counterId } }) : null,
  ]);
  return { ...row, licenseType, counter, link: invitationLink(row.token), qrSvg: await invitationQrSvg(row.token) };
}

// ---------------------------------------------------------------------------------------------------- CSV import

/** All-or-nothing CSV import: problems come back as line/column/reason; nothing is stored unless every row is valid. */
export async function importResponsesCsv(text: string, actor: Actor, now: Date, options: { fileName?: string } = {}): Promise<{ imported: number; importId: string }> {
  const db = getDb();
  const [licenseTypes, counters] = await Promise.all([
    db.licenseType.findMany({ select: { id: true, code: true } }),
    db.counter.findMany({ select: { id: true, code: true } }),
  ]);
  const licenseIds = new Map(licenseTypes.map((l) => [l.code, l.id]));
  const counterIds = new Map(counters.map((c) => [c.code, c.id]));
  const parsed = parseResponsesCsv(text, now, { licenseTypes: new Set(licenseIds.keys()), counters: new Set(counterIds.keys()) });
  const problems: CsvProblem[] = parsed.ok ? [] : parsed.problems;
  const rows: NewSurveyResponse[] = parsed.ok
    ? parsed.rows.map(({ submission }) =>
        toNewResponse(
          submission,
          {
            licenseTypeId: submission.licenseType ? licenseIds.get(submission.licenseType)! : null,
            counterId: submission.counter ? counterIds.get(submission.counter)! : null,
          },
          now,
        ),
      )
    : [];
  if (problems.length) {
    const fields: FieldErrors = {};
    for (const p of problems.slice(0, 200)) fields[`line ${p.line} / ${p.column}`] = p.message;
    throw new AppError("VALIDATION", `Impor dibatalkan: ${problems.length} masalah ditemukan, tidak ada baris yang disimpan.`, { fields });
  }
  // Recorded with the file's hash: the same file twice is refused until the first import is undone.
  return storeResponseImport({ text, rows, actor, now, fileName: options.fileName });
}

// ---------------------------------------------------------------------------------------------------- kiosks

export async function enrollKiosk(input: { name?: string; counter?: string }, actor: Actor, now: Date) {
  const fields: FieldErrors = {};
  const name = input.name?.trim() ?? "";
  if (name.length < 2 || name.length > 60) fields.name = "Nama perangkat 2–60 karakter";
  const codes = await resolveCodes(undefined, input.counter);
  if (!input.counter) fields.counter = "Loket wajib dipilih";
  Object.assign(fields, codes.fields);
  if (Object.keys(fields).length || codes.counterId === null) throw new AppError("VALIDATION", "Data kiosk tidak valid.", { fields });
  const key = generateSecretToken("ksk");
  const row = await getDb().kiosk.create({
    data: { name, counterId: codes.counterId, keyPrefix: key.slice(0, 8), keyHash: hashToken(key), createdAt: now },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.kiosk.enroll", target: row.id });
  return { id: row.id, key, counter: input.counter! };
}

export async function revokeKiosk(id: string, actor: Actor) {
  await getDb().kiosk.updateMany({ where: { id }, data: { active: false } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.kiosk.revoke", target: id });
}

export async function listKiosks() {
  const db = getDb();
  const [kiosks, counters] = await Promise.all([db.kiosk.findMany({ orderBy: { createdAt: "desc" } }), db.counter.findMany()]);
  const codeOf = new Map(counters.map((c) => [c.id, c.code]));
  return kiosks.map((k) => ({ ...k, counterCode: codeOf.get(k.counterId) ?? "?" }));
}

/** The active kiosk for a device key (X-Kiosk-Key header), or null. */
export async function kioskFromKey(key: string | null): Promise<{ id: string; counterId: number } | null> {
  if (!key) return null;
  const row = await getDb().kiosk.findUnique({ where: { keyHash: hashToken(key) }, select: { id: true, counterId: true, active: true } });
  if (!row || !row.active) throw new AppError("UNAUTHENTICATED", "Kunci perangkat kiosk tidak valid atau sudah dicabut.");
  return { id: row.id, counterId: row.counterId };
}

// ---------------------------------------------------------------------------------------------------- extra questions

export type ExtraOption = { value: string; labelId: string; labelEn: string };

export async function listExtraQuestions(questionnaire: string, options: { activeOnly?: boolean } = {}) {
  const rows = await getDb().questionnaireExtraQuestion.findMany({
    where: { questionnaire, ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map((r) => ({ ...r, options: JSON.parse(r.options) as ExtraOption[] }));
}

/**
 * Adds an optional extra question to a questionnaire version. Codes may not collide with unsur codes (U1…),
 * so the regulation's elements are never touched. Options: one per line, "value|Label ID|Label EN".
 */
export async function addExtraQuestion(
  input: { questionnaire: string; code: string; labelId: string; labelEn: string; options: string },
  actor: Actor,
) {
  const fields: FieldErrors = {};
  const code = input.code.trim();
  if (!/^[a-z][a-z0-9_]{1,30}$/.test(code)) fields.code = "Kode: huruf kecil/angka/_ (2–31), diawali huruf; bukan U1…";
  if (input.labelId.trim().length < 3) fields.labelId = "Pertanyaan (ID) minimal 3 karakter";
  if (input.labelEn.trim().length < 3) fields.labelEn = "Pertanyaan (EN) minimal 3 karakter";
  const options = input.options
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [value, labelId, labelEn] = line.split("|").map((p) => p?.trim() ?? "");
      return { value, labelId: labelId || value, labelEn: labelEn || labelId || value };
    });
  if (options.length < 2 || options.some((o) => !/^[a-z0-9_]{1,30}$/.test(o.value))) {
    fields.options = "Minimal 2 pilihan, satu per baris: nilai|Label ID|Label EN (nilai huruf kecil/angka/_)";
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION", "Pertanyaan tambahan tidak valid.", { fields });
  try {
    await getDb().questionnaireExtraQuestion.create({
      data: { questionnaire: input.questionnaire, code, labelId: input.labelId.trim(), labelEn: input.labelEn.trim(), options: JSON.stringify(options) },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", "Kode sudah dipakai.", { fields: { code: "Kode sudah dipakai pada versi ini" } });
    throw error;
  }
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.extraQuestion.add", target: `${input.questionnaire}/${code}` });
}

export async function setExtraQuestionActive(id: string, active: boolean, actor: Actor) {
  await getDb().questionnaireExtraQuestion.updateMany({ where: { id }, data: { active } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.extraQuestion.toggle", target: id, detail: { active } });
}

/** Extra answers must name an active extra question of the version and one of its option values. */
async function checkExtraAnswers(questionnaire: string, answers: Record<string, string>): Promise<FieldErrors> {
  const questions = await listExtraQuestions(questionnaire, { activeOnly: true });
  const fields: FieldErrors = {};
  for (const [code, value] of Object.entries(answers)) {
    const question = questions.find((q) => q.code === code);
    if (!question) fields[`extraAnswers.${code}`] = `Pertanyaan tambahan "${code}" tidak aktif pada ${questionnaire}`;
    else if (!question.options.some((o) => o.value === value)) fields[`extraAnswers.${code}`] = `Pilihan "${value}" tidak dikenal untuk ${code}`;
  }
  return fields;
}

/** Keeps only answers to active extra questions with a listed option value. */
export function filterExtraAnswers(answers: Record<string, string> | undefined, questions: { code: string; options: ExtraOption[] }[]) {
  if (!answers) return undefined;
  const out: Record<string, string> = {};
  for (const q of questions) {
    const v = answers[q.code];
    if (v && q.options.some((o) => o.value === v)) out[q.code] = v;
  }
  return Object.keys(out).length ? out : undefined;
}
