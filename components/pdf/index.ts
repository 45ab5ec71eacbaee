/**
 * Lentera's PDF kit (react-pdf 4, pure JavaScript, works offline; rendered on the server by route handlers).
 *
 * A document is a react-pdf <Document> built from these pieces:
 *   <Document title=…>
 *     <PageFrame footer="Paket bukti evaluasi 2026 · dicetak 6 Desember 2026">   ← A4, "Halaman N dari M" on each page
 *       <Letterhead office={{ name, address, logo }} />                              ← kop surat, first page
 *       <TableOfContents title="Daftar isi" entries=[…] pages={pages} />            ← optional
 *       <SectionHeading id="skm" title="3. Laporan SKM" registry={registry} />      ← records its page
 *       <PdfTable columns=[{ title, width, cell }] rows=[…] />                       ← bordered table
 *       <SignatureBlock place="Kediri" date="6 Desember 2026" signer={{ position, name, nip }} />
 *     </PageFrame>
 *   </Document>
 * and is turned into bytes with `renderPdf(doc)`, or `renderPdfWithToc((pages, registry) => doc)` when it has a
 * table of contents. Text goes through `pdfText` (the built-in Helvetica lacks a few signs such as → and ≥).
 * The office's letterhead and signer come from the office settings (`lib/settings/office-profile.ts`).
 * Route handlers that serve a PDF need "@react-pdf/renderer" in next.config's serverExternalPackages (it is).
 * Used by: the evidence pack (components/evidence/evidence-pack-pdf.tsx).
 */
export { Letterhead, type PdfOffice } from "./letterhead";
export { PageFrame } from "./page-frame";
export { ReportDocument, type ReportDocumentProps } from "./report-document";
export { SignatureBlock, type PdfSigner } from "./signature-block";
export { PdfTable, type PdfColumn } from "./table";
export { TypedTablePdf } from "./typed-table";
export { SectionHeading, TableOfContents, type PageRegistry, type TocEntry } from "./toc";
export { renderPdf, renderPdfWithToc } from "./render";
export { PDF_COLORS, PDF_PAGE, pdfStyles, pdfText } from "./theme";
