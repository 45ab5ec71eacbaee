import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listLicenseTypes } from "@/lib/reference/queries";
import { formatRupiah } from "@/lib/format/money";

export default async function LicenseTypesAdminPage() {
  await requirePageCapability("manageReferenceData", "/staf/admin/layanan");
  const { t, locale } = await getTranslator("admin");
  const types = await listLicenseTypes();
  return (
    <div className="stack">
      <h1>{t("licenseTypes.title")}</h1>
      <p className="muted">{t("licenseTypes.intro")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("licenseTypes.code")}</th>
              <th scope="col">{t("licenseTypes.name")}</th>
              <th scope="col" className="num">
                {t("licenseTypes.slaDays")}
              </th>
              <th scope="col" className="num">
                {t("licenseTypes.tariff")}
              </th>
              <th scope="col">{t("licenseTypes.published")}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {types.map((lt) => (
              <tr key={lt.code}>
                <td>
                  <code>{lt.code}</code>
                </td>
                <td>
                  {lt.name}
                  {!lt.active && (
                    <span className="badge badge-warn" style={{ marginLeft: 6 }}>
                      arsip
                    </span>
                  )}
                </td>
                <td className="num">{lt.slaDays}</td>
                <td className="num">{formatRupiah(lt.tariff, locale)}</td>
                <td>{lt.standardPublished ? t("licenseTypes.yes") : t("licenseTypes.no")}</td>
                <td>
                  <Link href={`/staf/admin/layanan/${encodeURIComponent(lt.code)}`}>
                    {t("licenseTypes.edit")} <span className="sr-only">{lt.code}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
