import { Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import type { XlsxTable } from "@/lib/export/xlsx";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import { ReportDocument, TypedTablePdf, pdfStyles, pdfText, renderPdf } from "@/components/pdf";

/** The processing report as a signed PDF: the Excel download's tables, formatted for reading. */
export function renderProcessingReportPdf(input: {
  title: string;
  period: string;
  /** The filter line, when the report is for one licence type or kecamatan. */
  filter?: string;
  tables: readonly XlsxTable[];
  office: OfficeProfile;
  today: string;
  locale: Locale;
}): Promise<Buffer> {
  const [summary, ...rest] = input.tables;
  return renderPdf(
    <ReportDocument
      office={input.office}
      title={input.title}
      period={input.period}
      today={input.today}
      locale={input.locale}
    >
      {input.filter ? <Text style={pdfStyles.muted}>{pdfText(input.filter)}</Text> : null}
      {[summary, ...rest].filter(Boolean).map((table) => (
        <TypedTablePdf key={table!.sheet} table={table!} locale={input.locale} fontSize={8} />
      ))}
    </ReportDocument>,
  );
}
