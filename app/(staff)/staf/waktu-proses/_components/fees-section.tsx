import { formatCount, formatRupiah } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";

type FeeItem = { registrationNo: string; licenseType: string; feeCharged: number | null; tariff: number | null };

/**
 * Files of the range whose fee differs from the official tariff (linked only for roles that may open files): the
 * most recent few, and `allHref` to the applications list of every one of them (feeDiscrepancyListHref; none for a
 * reader who may not open files, nor when there is none).
 */
export async function FeesSection({
  fees,
  canOpenFiles,
  allHref,
}: {
  fees: { count: number; items: FeeItem[] };
  canOpenFiles: boolean;
  allHref?: string;
}) {
  const { t, locale } = await getTranslator("applications");
  const count = (value: number) => formatCount(value, locale);
  return (
    <section className="card" aria-labelledby="h-fees">
      <h2 id="h-fees">{t("dashboard.fees")}</h2>
      <p>{t("dashboard.feesCount", { count: count(fees.count) })}</p>
      <DataTable
        testId="fees-table"
        rows={fees.items}
        rowKey={(f) => f.registrationNo}
        empty={t("dashboard.noFees")}
        columns={[
          {
            header: t("list.registrationNo"),
            cell: (f) => <ApplicationLink registrationNo={f.registrationNo} linked={canOpenFiles} />,
          },
          { header: t("list.licenseType"), cell: (f) => f.licenseType },
          {
            header: t("detail.fee"),
            cell: (f) => (f.feeCharged === null ? "—" : formatRupiah(f.feeCharged, locale)),
            className: "num",
          },
          {
            header: t("detail.tariff"),
            cell: (f) => (f.tariff === null ? "—" : formatRupiah(f.tariff, locale)),
            className: "num",
          },
        ]}
      />
      {allHref && (
        <p>
          <Link href={allHref} data-testid="fees-see-all">
            {t("dashboard.feesSeeAll", { count: count(fees.count) })}
          </Link>
        </p>
      )}
    </section>
  );
}
