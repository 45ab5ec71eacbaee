import Link from "next/link";
import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { listLicenseTypes } from "@/lib/reference/queries";
import { formatRupiah } from "@/lib/format/money";

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
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("service")}</th>
              <th scope="col" className="num">
                {t("sla")}
              </th>
              <th scope="col" className="num">
                {t("tariff")}
              </th>
            </tr>
          </thead>
          <tbody>
            {types.map((lt) => (
              <tr key={lt.code}>
                <td>
                  <Link href={`/layanan/${encodeURIComponent(lt.code)}`}>{locale === "id" ? lt.name : lt.nameEn}</Link>
                </td>
                <td className="num">{t("daysValue", { days: lt.slaDays })}</td>
                <td className="num">{lt.tariff === 0 ? tc("free") : formatRupiah(lt.tariff, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
