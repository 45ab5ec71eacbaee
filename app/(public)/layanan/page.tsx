import { formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { listLicenseTypes } from "@/lib/reference/queries";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Standar pelayanan / Service standards" };

export default async function ServicesPage() {
  const { t, locale } = await getTranslator("portal");
  const { t: tc } = await getTranslator("common");
  const types = await listLicenseTypes({ activeOnly: true });
  return (
    <div className="stack">
      <h1>{t("servicesTitle")}</h1>
      <p>{t("servicesIntro")}</p>
      <ScrollTable>
        <table className="table-stack">
          <thead>
            <tr>
              <th scope="col">{t("service")}</th>
              <ColumnHeader num>{t("sla")}</ColumnHeader>
              <ColumnHeader num>{t("tariff")}</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {types.map((lt) => (
              <tr key={lt.code}>
                <td data-label={t("service")}>
                  <div>
                    <Link href={`/layanan/${encodeURIComponent(lt.code)}`}>
                      {locale === "id" ? lt.name : lt.nameEn}
                    </Link>
                  </div>
                </td>
                <td className="num" data-label={t("sla")}>
                  <div>{t("daysValue", { days: lt.slaDays })}</div>
                </td>
                <td className="num" data-label={t("tariff")}>
                  <div>{lt.tariff === 0 ? tc("free") : formatRupiah(lt.tariff, locale)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
