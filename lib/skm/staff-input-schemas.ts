/**
 * zod schemas of what staff enter for the survey: an invitation (staff form and POST /api/v1/invitations), the
 * invitation validity setting and a kiosk enrolment. The stores take their typed output (parsed once at the boundary).
 */
import { z } from "zod";

/**
 * A survey invitation: codes of the licence type and counter, optional application number. `verb` words the missing
 * code: "diisi" for the API's JSON body, "dipilih" for the staff form (where both are picked from a list).
 */
function invitationSchema(verb: "diisi" | "dipilih") {
  return z.object({
    licenseType: z
      .string()
      .trim()
      .min(1, { error: `Jenis layanan wajib ${verb}` })
      .max(40),
    counter: z
      .string()
      .trim()
      .min(1, { error: `Loket wajib ${verb}` })
      .max(20),
    applicationNo: z.string().trim().max(60, { error: "Nomor permohonan maksimal 60 karakter" }).optional(),
  });
}
/** The JSON body of POST /api/v1/invitations. */
export const ZInvitationCreate = invitationSchema("diisi");
/** The staff form's invitation (Survei → Undangan). */
export const ZInvitationForm = invitationSchema("dipilih");
export type TInvitationInput = z.output<typeof ZInvitationCreate>;

/** Office setting skm.invitationDays: how many days an invitation can be answered. */
const INVITATION_DAYS_MESSAGE = "Masa berlaku harus 1–365 hari";
export const ZInvitationDays = z.object({
  days: z
    .number({ error: INVITATION_DAYS_MESSAGE })
    .int({ error: INVITATION_DAYS_MESSAGE })
    .min(1, { error: INVITATION_DAYS_MESSAGE })
    .max(365, { error: INVITATION_DAYS_MESSAGE }),
});

/** A kiosk enrolled on a counter (Survei → Kiosk). */
const KIOSK_NAME_MESSAGE = "Nama perangkat 2–60 karakter";
export const ZKioskEnroll = z.object({
  name: z.string().trim().min(2, { error: KIOSK_NAME_MESSAGE }).max(60, { error: KIOSK_NAME_MESSAGE }),
  counter: z.string().trim().min(1, { error: "Loket wajib dipilih" }),
});
export type TKioskEnroll = z.output<typeof ZKioskEnroll>;
