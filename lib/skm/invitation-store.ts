import "server-only";
import { publicUrl } from "../site/public-url";
import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { ZInvitationDays, type TInvitationInput } from "./staff-input-schemas";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { resolveServiceCodes } from "./service-codes";
import { readSettingValue, writeSettingValue } from "../settings/store";
import { getCounterById, getLicenseTypeById } from "../reference/queries";
import { invitationState, type InvitationState } from "./invitation-state";

export type { InvitationState } from "./invitation-state";

/** Setting key for the invitation lifetime in days (office setting; default 30). */
export const INVITATION_DAYS_SETTING = "skm.invitationDays";
export const DEFAULT_INVITATION_DAYS = 30;

const UNAVAILABLE_MESSAGES = {
  used: "Undangan survei ini sudah digunakan. Setiap undangan hanya dapat dijawab satu kali.",
  expired: "Undangan survei ini sudah kedaluwarsa.",
  missing: "Undangan survei tidak ditemukan. Periksa tautan Anda.",
} as const;

/** An invitation that can no longer be answered; `state` tells the pages which message to show (404 or 409). */
export class InvitationUnavailableError extends AppError {
  readonly state: Exclude<InvitationState, "open">;
  constructor(state: Exclude<InvitationState, "open">) {
    super(state === "missing" ? "NOT_FOUND" : "CONFLICT", UNAVAILABLE_MESSAGES[state]);
    this.state = state;
  }
}

export async function getInvitationDays(): Promise<number> {
  const value = await readSettingValue(INVITATION_DAYS_SETTING);
  const stored = ZInvitationDays.safeParse({ days: value !== null ? Number(value) : NaN });
  return stored.success ? stored.data.days : DEFAULT_INVITATION_DAYS;
}

export async function setInvitationDays(days: number, actor: Actor): Promise<void> {
  parseOrThrow(ZInvitationDays, { days }, "Masa berlaku tidak valid.");
  await writeSettingValue(INVITATION_DAYS_SETTING, String(days));
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.invitationDays", detail: { days } });
}

/** Short, unguessable invitation token (10 base62-ish chars ≈ 59 bits). */
export function newInvitationToken(): string {
  return randomBytes(8).toString("base64url").replace(/[-_]/g, "x").slice(0, 10);
}

/** The link printed on the slip and in the QR code (on the public origin, lib/site/public-url.ts). */
export async function invitationLink(token: string): Promise<string> {
  return publicUrl(`/s/${token}`);
}

export async function invitationQrSvg(token: string): Promise<string> {
  // The QR variant carries ?qr=1 so responses record whether the applicant scanned or typed the link.
  return QRCode.toString(`${await invitationLink(token)}?qr=1`, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}

/** Creates an invitation; `input` is parsed with ZInvitationCreate or ZInvitationForm, its codes must exist. */
export async function createInvitation(input: TInvitationInput, actor: Actor, now: Date) {
  const codes = await resolveServiceCodes(input.licenseType, input.counter);
  if (Object.keys(codes.fields).length)
    throw new AppError("VALIDATION", "Data undangan tidak valid.", { fields: codes.fields });
  const days = await getInvitationDays();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const row = await getDb().surveyInvitation.create({
    data: {
      token: newInvitationToken(),
      licenseTypeId: codes.licenseTypeId,
      counterId: codes.counterId,
      applicationNo: input.applicationNo || null,
      createdById: actor.id,
      createdAt: now,
      expiresAt,
    },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "skm.invitation.create", target: row.id });
  return {
    id: row.id,
    token: row.token,
    link: await invitationLink(row.token),
    expiresAt,
    qrSvg: await invitationQrSvg(row.token),
  };
}

/** The invitation behind a token, with the licence type and counter codes, and whether it can still be answered. */
export async function getInvitationByToken(token: string, now: Date) {
  const row = await getDb().surveyInvitation.findUnique({ where: { token } });
  if (!row) return { state: "missing" as InvitationState, invitation: null };
  return { state: invitationState(row, now), invitation: row };
}

/** The printable slip of an invitation: its link, QR code, service and counter, and its state at `now`. */
export async function getInvitationSlip(id: string, now: Date) {
  const row = await getDb().surveyInvitation.findUnique({ where: { id } });
  if (!row) return null;
  const [licenseType, counter] = await Promise.all([
    row.licenseTypeId ? getLicenseTypeById(row.licenseTypeId) : null,
    row.counterId ? getCounterById(row.counterId) : null,
  ]);
  return {
    ...row,
    licenseType,
    counter,
    state: invitationState(row, now),
    link: await invitationLink(row.token),
    qrSvg: await invitationQrSvg(row.token),
  };
}
