import { Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { gapText } from "@/lib/evidence/gap-text";
import { formatRupiah } from "@/lib/format/format";
import type { EvidenceStatus } from "@/lib/evidence/pack";
import { PDF_COLORS, pdfStyles, pdfText } from "@/components/pdf";

/** Status line, where the item lives, and its gaps (in red). */
export function ItemStatus({
  locale,
  status,
  hrefs,
  t,
  baseUrl,
}: {
  locale: Locale;
  status: EvidenceStatus;
  hrefs: string[];
  t: Translator;
  baseUrl: string;
}) {
  return (
    <View style={{ marginBottom: 4 }}>
      <Text>
        <Text style={pdfStyles.bold}>{pdfText(status.isComplete ? t("complete") : t("incomplete"))}</Text>
        {pdfText(` · ${t("where")}: ${hrefs.map((h) => `${baseUrl}${h}`).join(", ")}`)}
      </Text>
      {status.gaps.map((gap, i) => (
        <Text key={i} style={{ color: PDF_COLORS.bad }}>
          {pdfText(`• ${gapText(t, gap, locale)}`)}
        </Text>
      ))}
    </View>
  );
}

export const rupiah = (value: number | null, locale: Locale) => (value === null ? "—" : formatRupiah(value, locale));
