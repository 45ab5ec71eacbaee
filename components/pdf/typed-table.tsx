import { Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import type { XlsxTable } from "@/lib/export/xlsx";
import { formatColumnCell } from "@/lib/export/format-cell";
import { PdfTable } from "./table";
import { pdfStyles, pdfText } from "./theme";

/**
 * A table declared for the Excel download (lib/export/xlsx.ts) printed in a PDF report: its title as a heading and
 * its cells through the shared formatters ("2.922", "63,2 %", "Rp 1.250.000", "1 Juli 2026"); numbers right-aligned.
 * Widths follow the columns' kinds (text columns get twice the room of figures).
 */
export function TypedTablePdf({ table, locale, fontSize }: { table: XlsxTable; locale: Locale; fontSize?: number }) {
  const weight = table.columns.map((c) => (c.kind === "text" ? 2 : 1));
  const total = weight.reduce((a, b) => a + b, 0);
  return (
    <View>
      <Text style={pdfStyles.h2} minPresenceAhead={40}>
        {pdfText(table.title)}
      </Text>
      <PdfTable<unknown>
        fontSize={fontSize}
        columns={table.columns.map((column, i) => ({
          title: column.header,
          width: `${((weight[i]! / total) * 100).toFixed(2)}%`,
          align: column.kind === "text" ? ("left" as const) : ("right" as const),
          cell: (row: unknown) => formatColumnCell(column, row, locale),
        }))}
        rows={table.rows}
        empty={table.empty}
      />
    </View>
  );
}
