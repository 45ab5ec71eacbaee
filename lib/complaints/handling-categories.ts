/**
 * Complaint handling categories (issue 13): published service standards tier complaint handling, each tier with
 * its own deadline in working days (domain reference §9: information requests 2, ordinary complaints 5, those
 * needing a field check 14, cross-agency cases up to 60). Admins edit the list; these are the starting values.
 * Pure: constants only (the input schemas are in schemas.ts).
 */

export type HandlingCategorySeed = {
  code: string;
  name: string;
  nameEn: string;
  deadlineDays: number;
  isDefault: boolean;
  sortOrder: number;
};

export const DEFAULT_HANDLING_CATEGORIES: readonly HandlingCategorySeed[] = [
  {
    code: "informasi",
    name: "Permintaan informasi",
    nameEn: "Information request",
    deadlineDays: 2,
    isDefault: false,
    sortOrder: 1,
  },
  {
    code: "biasa",
    name: "Pengaduan biasa",
    nameEn: "Ordinary complaint",
    deadlineDays: 5,
    isDefault: true,
    sortOrder: 2,
  },
  {
    code: "cek_lapangan",
    name: "Perlu cek lapangan",
    nameEn: "Needs a field check",
    deadlineDays: 14,
    isDefault: false,
    sortOrder: 3,
  },
  {
    code: "lintas_instansi",
    name: "Lintas instansi",
    nameEn: "Cross-agency",
    deadlineDays: 60,
    isDefault: false,
    sortOrder: 4,
  },
];

/** Longest deadline a category or an extension may set, in working days (reference §9: cross-agency up to 60). */
export const MAX_HANDLING_DAYS = 60;
