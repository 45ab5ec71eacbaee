import type { ReactNode } from "react";
import { Text, View } from "@react-pdf/renderer";
import { PDF_COLORS, pdfText } from "./theme";

export type PdfColumn<Row> = {
  title: string;
  /** Share of the table's width, e.g. "30%". */
  width: string;
  align?: "left" | "right" | "center";
  /** The cell: text (made PDF-safe) or a react-pdf node. */
  cell: (row: Row) => string | number | ReactNode;
};

/**
 * A bordered table with a shaded header. Rows never split across pages (keep cells short: a row taller than a page
 * cannot be placed); a long table simply continues on the next page.
 */
export function PdfTable<Row>({
  columns,
  rows,
  empty,
  fontSize = 8.5,
}: {
  columns: PdfColumn<Row>[];
  rows: readonly Row[];
  /** Shown in one row when there are no rows. */
  empty?: string;
  fontSize?: number;
}) {
  const cellStyle = (c: PdfColumn<Row>) => ({
    width: c.width,
    padding: 3,
    borderRightWidth: 0.5,
    borderRightColor: PDF_COLORS.line,
    textAlign: c.align ?? ("left" as const),
  });
  const content = (value: string | number | ReactNode) =>
    typeof value === "string" || typeof value === "number" ? <Text>{pdfText(value)}</Text> : value;
  return (
    <View style={{ borderWidth: 0.5, borderColor: PDF_COLORS.line, fontSize, marginVertical: 4 }}>
      <View style={{ flexDirection: "row", backgroundColor: PDF_COLORS.headerFill }} wrap={false}>
        {columns.map((c) => (
          <View key={c.title} style={cellStyle(c)}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{pdfText(c.title)}</Text>
          </View>
        ))}
      </View>
      {rows.length === 0 && empty ? (
        <View style={{ padding: 3, borderTopWidth: 0.5, borderTopColor: PDF_COLORS.line }}>
          <Text>{pdfText(empty)}</Text>
        </View>
      ) : null}
      {rows.map((row, i) => (
        <View
          key={i}
          wrap={false}
          style={{ flexDirection: "row", borderTopWidth: 0.5, borderTopColor: PDF_COLORS.line }}
        >
          {columns.map((c) => (
            <View key={c.title} style={cellStyle(c)}>
              {content(c.cell(row))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
