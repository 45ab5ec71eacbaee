import { intlTag, type Locale } from "../i18n/locales";

/** Integer rupiah as "Rp 2.500.000" (id) or "IDR 2,500,000" (en). */
export function formatRupiah(value: number | bigint, locale: Locale): string {
  const n = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(value);
  return locale === "id" ? `Rp ${n}` : `IDR ${n}`;
}
