/**
 * Shared look of Lentera's server-made PDFs (A4, Helvetica, the office's teal): sizes in PDF points (1/72 inch).
 * The built-in Helvetica needs no font file and covers Latin-1; `pdfText` replaces the few signs it lacks.
 */
import { Font, StyleSheet } from "@react-pdf/renderer";

// react-pdf hyphenates with English patterns, which split Indonesian words wrongly ("Penyele-saian"): words are kept
// whole and lines break between words.
Font.registerHyphenationCallback((word) => [word]);

export const PDF_COLORS = {
  text: "#1a1a1a",
  muted: "#4b5563",
  rule: "#0b5c7a",
  line: "#d0d7de",
  ok: "#166534",
  bad: "#b3261e",
  headerFill: "#e6f1f5",
};

export const PDF_PAGE = { size: "A4" as const, marginX: 48, marginTop: 40, marginBottom: 56 };

export const pdfStyles = StyleSheet.create({
  page: {
    paddingHorizontal: PDF_PAGE.marginX,
    paddingTop: PDF_PAGE.marginTop,
    paddingBottom: PDF_PAGE.marginBottom,
    fontFamily: "Helvetica",
    fontSize: 10,
    // No lineHeight here: set on the page it is inherited by text drawn with `render` (page numbers, headings that
    // record their page) and react-pdf 4.9 then draws those texts empty.
    color: PDF_COLORS.text,
  },
  h1: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 6 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4 },
  h3: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 2 },
  paragraph: { marginBottom: 4 },
  muted: { color: PDF_COLORS.muted },
  small: { fontSize: 8.5 },
  bold: { fontFamily: "Helvetica-Bold" },
});

/**
 * Text safe for the built-in PDF fonts (WinAnsi): arrows, comparison signs and typographic spaces that Helvetica
 * cannot draw are written out ("→" → "->", "≥" → ">=", "≤" → "<=", "×" stays). Everything else is kept.
 */
export function pdfText(value: string | number | null | undefined): string {
  return String(value ?? "")
    .replace(/→/g, "->")
    .replace(/←/g, "<-")
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/≈/g, "~")
    .replace(/[\u2009\u202f\u00a0]/g, " ")
    .replace(/[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, "?");
}
