import { formatCount, formatRupiah } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";

type FeeItem = { registrationNo: string; licenseType: string; feeCharged: number | null; tariff: number | null };

/** Files of the range whose fee differs from the official tariff (linked only for roles that may open files). */
export async function FeesSection({
  fees,
  canOpenFiles,
}: {
  fees: { count: number; items: FeeItem[] };
  canOpenFiles: boolean;
}) {
  const { t, locale } = await getTranslator("applications");
  const count = (value: number) => formatCount(value, locale);
  return (
    <section className="card" aria-labelledby="h-fees">
      <h2 id="h-fees">{t("dashboard.fees")}</h2>
      <p>{t("dashboard.feesCount", { count: count(fees.count) })}</p>
      <DataTable
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
    </section>
  );
}
