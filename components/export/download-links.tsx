import { getTranslator } from "@/lib/i18n/server";
import { isIsoDate } from "@/lib/calendar/working-days";
import { periodInWords } from "@/lib/export/period-words";
import { periodCovering } from "@/lib/periods/periods";
import styles from "./downloads.module.css";

export type DownloadFormats = { csv?: string; xlsx?: string; pdf?: string };

/** The download routes of each page with downloads (the page adds its period and filter as parameters). */
export const PAGE_DOWNLOADS = {
  skm: {
    csv: "/api/v1/skm/export/elements",
    xlsx: "/api/v1/skm/export/dashboard.xlsx",
    pdf: "/api/v1/skm/report.pdf",
  },
  scorecard: { xlsx: "/api/v1/kpi/scorecard.xlsx", pdf: "/api/v1/kpi/scorecard.pdf" },
  weeklyReview: { pdf: "/api/v1/kpi/weekly-review.pdf" },
  processing: { xlsx: "/api/v1/processing/export.xlsx", pdf: "/api/v1/processing/report.pdf" },
  applications: { xlsx: "/api/v1/applications/export.xlsx" },
  outreach: { csv: "/api/v1/outreach/export.csv" },
  complaintMetrics: { xlsx: "/api/v1/complaints/metrics.xlsx" },
  investment: { csv: "/api/v1/investment/export.csv", xlsx: "/api/v1/investment/dashboard.xlsx" },
} satisfies Record<string, DownloadFormats>;

/**
 * The downloads of a page, in its header: "Unduh: CSV · Excel · PDF", each a plain link to its route with the
 * page's current period and filter (`params`) appended, named in full for screen readers ("Dasbor SKM sebagai
 * Excel (.xlsx)"). Formats without a route are left out. With `from` and `to` among the parameters the period in
 * words is kept in `data-page-period`, for the title of the page's chart images.
 */
export async function DownloadLinks({
  what,
  formats,
  params,
  testId,
}: {
  /** What is downloaded, e.g. "Dasbor SKM". */
  what: string;
  formats: DownloadFormats;
  params?: Record<string, string | undefined>;
  testId?: string;
}) {
  const { t, locale } = await getTranslator("exports");
  const { from, to } = params ?? {};
  const period =
    from && to && isIsoDate(from) && isIsoDate(to) ? periodInWords(periodCovering(from, to), locale) : undefined;
  const query = new URLSearchParams(
    Object.entries(params ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ).toString();
  const href = (path: string) => (query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path);
  const links = (["csv", "xlsx", "pdf"] as const).flatMap((format) => {
    const path = formats[format];
    if (!path) return [];
    const label = { csv: t("asCsv", { what }), xlsx: t("asXlsx", { what }), pdf: t("asPdf", { what }) }[format];
    return [{ format, href: href(path), text: t(format), label }];
  });
  if (links.length === 0) return null;
  return (
    <nav
      className={`${styles.links} no-print`}
      aria-label={t("downloadsOf", { what })}
      data-testid={testId}
      data-page-period={period}
    >
      <span className="muted">{t("download")}:</span>
      {links.map((link) => (
        <a
          key={link.format}
          className="btn btn-secondary btn-small"
          href={link.href}
          download
          aria-label={link.label}
          data-format={link.format}
        >
          {link.text}
        </a>
      ))}
    </nav>
  );
}
