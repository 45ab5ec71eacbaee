import { getTranslator } from "@/lib/i18n/server";
import { formatCount, formatDate, formatPercent } from "@/lib/format/format";
import { getRealisationProjectTables } from "@/lib/investment/realisation-queries";
import { RupiahShort } from "@/components/investment/rupiah";
import { DataTable } from "@/components/ui/data-table";
import { notFiledColumns } from "@/components/investment/not-filed-columns";
import Link from "next/link";

// The plan-vs-realisation dashboard's project tables, each a Suspense boundary of its own (issue 19): over a
// million projects they take longer than the series above them, which is shown without waiting for them.

/** Placeholder of a table section while it loads. */
export function TableSkeleton({ titleId, title }: { titleId: string; title: string }) {
  return (
    <section className="card" aria-labelledby={titleId} aria-busy="true">
      <h2 id={titleId}>{title}</h2>
      <p className="muted">…</p>
    </section>
  );
}

/** The obligated projects with the lowest cumulative realisation ratio. */
export async function LowestRealisationProjects({ today }: { today: string }) {
  const [{ t, locale }, tables] = await Promise.all([
    getTranslator("realisation"),
    getRealisationProjectTables(today, 10),
  ]);
  return (
    <section className="card" aria-labelledby="lkpm-lowest-title">
      <h2 id="lkpm-lowest-title">{t("lowest.title")}</h2>
      <p className="small muted">{t("lowest.intro", { count: formatCount(tables.obligatedProjects, locale) })}</p>
      <DataTable
        testId="lkpm-lowest"
        rows={tables.lowest}
        rowKey={(p) => p.id}
        columns={[
          { header: t("lowest.registrationNo"), cell: (p) => p.registrationNo },
          { header: t("lowest.applicant"), cell: (p) => p.applicantName ?? "—" },
          { header: t("lowest.scale"), cell: (p) => t(`scales.${p.scale}`) },
          { header: t("lowest.issued"), cell: (p) => formatDate(p.issuedDay, locale) },
          {
            header: t("lowest.planned"),
            cell: (p) => <RupiahShort value={p.plannedInvestment} locale={locale} />,
            className: "num",
          },
          {
            header: t("lowest.realised"),
            cell: (p) => <RupiahShort value={p.realisedInvestment} locale={locale} />,
            className: "num",
          },
          {
            header: t("lowest.ratio"),
            cell: (p) => formatPercent(p.ratio === null ? null : p.ratio / 1000, locale),
            className: "num",
          },
          { header: t("lowest.reports"), cell: (p) => `${p.filed} / ${p.due}`, className: "num" },
        ]}
      />
    </section>
  );
}

/** The projects that have not filed their latest owed report. */
export async function NotFiledProjects({ today }: { today: string }) {
  const [{ t, locale }, tables] = await Promise.all([
    getTranslator("realisation"),
    getRealisationProjectTables(today, 10),
  ]);
  return (
    <section className="card" aria-labelledby="lkpm-notfiled-title">
      <h2 id="lkpm-notfiled-title">{t("notFiled.title")}</h2>
      {tables.notFiledCount === 0 ? (
        <p>{t("notFiled.none")}</p>
      ) : (
        <>
          <p className="small muted">{t("notFiled.intro", { count: formatCount(tables.notFiledCount, locale) })}</p>
          <p className="small">
            {t("notFiled.shown", {
              shown: formatCount(tables.notFiled.length, locale),
              total: formatCount(tables.notFiledCount, locale),
            })}{" "}
            <Link href="/staf/investasi/realisasi/belum-lapor">{t("notFiled.all")}</Link>
          </p>
          <DataTable
            testId="lkpm-not-filed"
            rows={tables.notFiled}
            rowKey={(p) => p.id}
            rowData={(p) => ({ registration: p.registrationNo, "last-due": p.lastDue ?? "" })}
            columns={notFiledColumns(t, locale)}
          />
        </>
      )}
    </section>
  );
}
