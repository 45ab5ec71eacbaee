/** zod input schemas of the investment domain that are not row validators (those live beside their columns). */
import { z } from "zod";
import { KBLI_VERSIONS } from "./kbli";

/** The admin's KBLI table import: which version the file is, and where it came from (kept with the table). */
export const ZKbliTableImport = z.object({
  version: z.enum(KBLI_VERSIONS, { error: "Versi KBLI harus 2020 atau 2025." }),
  source: z
    .string({ error: "Sumber wajib diisi." })
    .trim()
    .min(5, { error: "Tuliskan sumber tabel, mis. Peraturan BPS No. 2 Tahun 2020 (minimal 5 karakter)." })
    .max(300, { error: "Sumber paling banyak 300 karakter." }),
});
export type TKbliTableImport = z.infer<typeof ZKbliTableImport>;

export const ZKbliVersion = z.enum(KBLI_VERSIONS, { error: "Versi KBLI harus 2020 atau 2025." });
