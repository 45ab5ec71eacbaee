import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { PDF_COLORS, PDF_PAGE, pdfStyles, pdfText } from "./theme";

/**
 * An A4 page that flows onto as many pages as its content needs, with a footer on every page: `footer` on the left
 * (e.g. the document's title and date) and "Halaman N dari M" on the right (`pageLabel` for other languages).
 */
export function PageFrame({
  children,
  footer,
  pageLabel = (page, total) => `Halaman ${page} dari ${total}`,
}: {
  children: ReactNode;
  footer: string;
  pageLabel?: (page: number, total: number) => string;
}) {
  return (
    <Page size={PDF_PAGE.size} style={pdfStyles.page} wrap>
      {children}
      <View
        fixed
        style={{
          position: "absolute",
          bottom: 24,
          left: PDF_PAGE.marginX,
          right: PDF_PAGE.marginX,
          flexDirection: "row",
          justifyContent: "space-between",
          borderTopWidth: 0.5,
          borderTopColor: PDF_COLORS.line,
          paddingTop: 4,
        }}
      >
        <Text style={[pdfStyles.small, pdfStyles.muted]}>{pdfText(footer)}</Text>
        <Text
          style={[pdfStyles.small, pdfStyles.muted]}
          render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)}
        />
      </View>
    </Page>
  );
}
