import { z } from "zod";
import { fieldIssue } from "../validation/parse";
import { ROLES, TOKEN_ROLES } from "../auth/roles";
import { PASSWORD_MIN_LENGTH } from "../auth/password";

export const ZEmail = z.string().trim().toLowerCase().email({ message: "Alamat e-mail tidak valid" });
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter` })
  .max(200, { message: "Kata sandi terlalu panjang" });
export const ZRole = z.enum(ROLES, {
  message: "Peran harus salah satu dari ADMIN, LEADERSHIP, PLANNER, OFFICER, AGENCY",
});
/** API tokens act for the office: an agency account is a person's sign-in to its own queue, never a token. */
export const ZTokenRole = z.enum(TOKEN_ROLES, {
  message: "Peran token harus salah satu dari ADMIN, LEADERSHIP, PLANNER, OFFICER",
});
/** A technical agency's name as written on the licence types (LicenseType.agency). */
export const ZAgencyName = z.string().trim().min(1, { message: "Pilih perangkat daerah" }).max(200);

export const ZUserCreate = z
  .object({
    email: ZEmail,
    name: z.string().trim().min(1, { message: "Nama wajib diisi" }).max(120),
    role: ZRole,
    password: ZPassword,
    counterId: z.coerce.number().int().positive().optional(),
    agency: z.preprocess((value) => (value === "" || value === null ? undefined : value), ZAgencyName.optional()),
  })
  .superRefine((user, ctx) => {
    // One agency account belongs to exactly one agency; office accounts belong to none.
    if (user.role === "AGENCY" && !user.agency)
      fieldIssue(ctx, "agency", "Akun perangkat daerah wajib memilih perangkat daerah");
    if (user.role !== "AGENCY" && user.agency)
      fieldIssue(ctx, "agency", "Hanya akun perangkat daerah yang memiliki perangkat daerah");
  });
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  id: z.string().min(1),
  role: ZRole.optional(),
  active: z.boolean().optional(),
  password: ZPassword.optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, { message: "Kata sandi wajib diisi" }).max(200),
});

/** Default lifetime of an API token, in days. */
export const API_TOKEN_DEFAULT_DAYS = 90;

export const ZApiTokenCreate = z.object({
  name: z.string().trim().min(3, { message: "Nama token minimal 3 karakter" }).max(80),
  role: ZTokenRole,
  /** Days until the token stops working (ASVS V3.5: no credential lives for ever); the admin picks, 90 by default. */
  validDays: z.coerce
    .number({ message: "Masa berlaku harus berupa angka hari" })
    .int({ message: "Masa berlaku harus bilangan bulat hari" })
    .min(1, { message: "Masa berlaku minimal 1 hari" })
    .max(730, { message: "Masa berlaku paling lama 730 hari" })
    .default(API_TOKEN_DEFAULT_DAYS),
});
