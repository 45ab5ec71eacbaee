import { Document, Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format/format";
import { EVIDENCE_ITEMS, EVIDENCE_LOCATIONS, type EvidencePack } from "@/lib/evidence/pack";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import {
  Letterhead,
  PageFrame,
  PdfTable,
  SectionHeading,
  SignatureBlock,
  TableOfContents,
  pdfStyles,
  pdfText,
  renderPdfWithToc,
  type PageRegistry,
} from "@/components/pdf";
import { EvidenceSections } from "./evidence-pack-sections";

export type EvidencePdfProps = {
  pack: EvidencePack;
  office: OfficeProfile;
  /** The public address of Lentera, to print full links ("https://…/laporan/skm/2026-Q1"). */
  baseUrl: string;
  locale?: Locale;
  pages: ReadonlyMap<string, number>;
  registry: PageRegistry;
};

/**
 * The evidence pack as a PDF (Indonesian by default: it is handed to the evaluators): letterhead, title, table of
 * contents, a completeness summary, one section per item with where it lives in Lentera and its gaps, and the head of
 * office's signature block. Built with the kit in components/pdf; rendered by renderPdfWithToc.
 */
export function EvidencePackPdf({ pack, office, baseUrl, locale = "id", pages, registry }: EvidencePdfProps) {
  const t = createTranslator(locale, "evidence");
  const printed = formatDate(pack.today, locale);
  const title = t("docTitle", { year: pack.year });
  const entries = [
    { id: "summary", title: t("summary") },
    ...EVIDENCE_ITEMS.map((id, i) => ({ id, title: `${i + 1}. ${t(`sections.${id}`)}` })),
  ];
  return (
    <Document title={title} author={office.name} subject={t("docSubtitle")} language={locale}>
      <PageFrame
        footer={`${title} · ${t("printed", { date: printed })}`}
        pageLabel={(page, total) => t("page", { page, total })}
      >
        <Letterhead office={{ name: office.name, address: office.address, logo: office.logo, parent: office.parent }} />
        <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
        <Text style={[pdfStyles.muted, { marginBottom: 8 }]}>{pdfText(t("docSubtitle"))}</Text>
        <TableOfContents title={t("toc")} entries={entries} pages={pages} />
        <SectionHeading id="summary" title={t("summary")} registry={registry} />
        <PdfTable
          columns={[
            {
              title: "No",
              width: "6%",
              cell: (r: (typeof EVIDENCE_ITEMS)[number]) => String(EVIDENCE_ITEMS.indexOf(r) + 1),
            },
            { title: t("item"), width: "34%", cell: (r) => t(`sections.${r}`) },
            { title: t("where"), width: "26%", cell: (r) => EVIDENCE_LOCATIONS[r].join(", ") },
            {
              title: "Status",
              width: "14%",
              cell: (r) => (pack.status[r].isComplete ? t("complete") : t("incomplete")),
            },
            { title: t("gaps"), width: "20%", cell: (r) => String(pack.status[r].gaps.length || t("none")) },
          ]}
          rows={[...EVIDENCE_ITEMS]}
        />
        <EvidenceSections pack={pack} t={t} locale={locale} baseUrl={baseUrl} registry={registry} />
        <SignatureBlock place={office.city} date={printed} signer={office.head} />
      </PageFrame>
    </Document>
  );
}

/** The evidence pack's PDF bytes (two passes: the table of contents needs the sections' page numbers). */
export function renderEvidencePackPdf(props: Omit<EvidencePdfProps, "pages" | "registry">): Promise<Buffer> {
  return renderPdfWithToc((pages, registry) => <EvidencePackPdf {...props} pages={pages} registry={registry} />);
}
