import type { ReactNode } from "react";
import { Document, Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format/format";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import { Letterhead } from "./letterhead";
import { PageFrame } from "./page-frame";
import { SignatureBlock } from "./signature-block";
import { pdfStyles, pdfText } from "./theme";

export type ReportDocumentProps = {
  office: OfficeProfile;
  title: string;
  /** The period in words, e.g. "Triwulan II 2026 (1 April – 30 Juni 2026)". */
  period: string;
  /** WIB day the report is printed and signed, YYYY-MM-DD. */
  today: string;
  locale: Locale;
  children: ReactNode;
};

/**
 * A one-off report of the office (scorecard, weekly review, SKM report, processing report): the letterhead, the title
 * and period, the content, the head of office's signature block, and "Halaman N dari M" with the title on every page.
 */
export function ReportDocument({ office, title, period, today, locale, children }: ReportDocumentProps) {
  const t = createTranslator(locale, "exports");
  const printed = formatDate(today, locale);
  const periodLine = t("period", { period });
  return (
    <Document title={`${title} · ${period}`} author={office.name} subject={periodLine} language={locale}>
      <PageFrame
        footer={`${title} · ${period} · ${t("printed", { date: printed })}`}
        pageLabel={(page, total) => t("page", { page, total })}
      >
        <Letterhead office={{ name: office.name, address: office.address, logo: office.logo, parent: office.parent }} />
        <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
        <Text style={[pdfStyles.muted, { marginBottom: 8 }]}>{pdfText(periodLine)}</Text>
        {children}
        <SignatureBlock place={office.city} date={printed} signer={office.head} />
      </PageFrame>
    </Document>
  );
}
