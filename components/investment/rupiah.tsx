import { formatRupiah, formatRupiahShort } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";

/** "Rp 1,2 miliar" with the exact amount on hover (title) and for screen readers. */
export function RupiahShort({ value, locale }: { value: bigint; locale: Locale }) {
  const exact = formatRupiah(value, locale);
  return (
    <span title={exact}>
      <span aria-hidden="true">{formatRupiahShort(value, locale)}</span>
      <span className="sr-only">{exact}</span>
    </span>
  );
}
