import type { ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { PageRegistry } from "./toc";

type PdfDocument = ReactElement<DocumentProps>;

/** Renders a react-pdf <Document> to the bytes of a PDF file. */
export async function renderPdf(document: PdfDocument): Promise<Buffer> {
  return renderToBuffer(document);
}

/**
 * Renders a document whose table of contents needs the page numbers of its sections: the first pass lays the
 * document out and records where each SectionHeading lands; the second renders it again with those numbers. `build`
 * must lay out the same way in both passes (the contents' numbers sit in a fixed-width cell, so they do).
 */
export async function renderPdfWithToc(
  build: (pages: ReadonlyMap<string, number>, registry: PageRegistry) => PdfDocument,
): Promise<Buffer> {
  const firstPass: PageRegistry = new Map();
  await renderToBuffer(build(new Map(), firstPass));
  return renderToBuffer(build(firstPass, new Map()));
}
