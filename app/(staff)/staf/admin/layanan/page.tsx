import { formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listLicenseTypes } from "@/lib/reference/queries";
import { DataTable } from "@/components/ui/data-table";

export default async function LicenseTypesAdminPage() {
  await requirePageCapability("manageReferenceData", "/staf/admin/layanan");
  const { t, locale } = await getTranslator("admin");
  const types = await listLicenseTypes();
  return (
    <div className="stack">
      <h1>{t("licenseTypes.title")}</h1>
      <p className="muted">{t("licenseTypes.intro")}</p>
      <DataTable
        rows={types}
        rowKey={(lt) => lt.code}
        columns={[
          { header: t("licenseTypes.code"), cell: (lt) => <code>{lt.code}</code> },
          {
            header: t("licenseTypes.name"),
            cell: (lt) => (
              <>
                {lt.name}
                {!lt.active && (
                  <span className="badge badge-warn" style={{ marginLeft: 6 }}>
                    arsip
                  </span>
                )}
              </>
            ),
          },
          { header: t("licenseTypes.slaDays"), cell: (lt) => lt.slaDays, className: "num" },
          { header: t("licenseTypes.tariff"), cell: (lt) => formatRupiah(lt.tariff, locale), className: "num" },
          {
            header: t("licenseTypes.published"),
            cell: (lt) => (lt.standardPublished ? t("licenseTypes.yes") : t("licenseTypes.no")),
          },
          {
            header: <span className="sr-only">{t("licenseTypes.edit")}</span>,
            cell: (lt) => (
              <Link href={`/staf/admin/layanan/${encodeURIComponent(lt.code)}`}>
                {t("licenseTypes.edit")} <span className="sr-only">{lt.code}</span>
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}
