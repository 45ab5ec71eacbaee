import { formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { LICENSE_TYPE_LIST } from "@/lib/table/staff-lists";
import { PagedTable } from "@/components/ui/paged-table";

export default async function LicenseTypesAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(LICENSE_TYPE_LIST.capability, LICENSE_TYPE_LIST.path);
  const { t, locale } = await getTranslator("admin");
  const list = await loadStaffList(LICENSE_TYPE_LIST, await searchParams, new Date());
  return (
    <div className="stack">
      <h1>{t("licenseTypes.title")}</h1>
      <p className="muted">{t("licenseTypes.intro")}</p>
      <PagedTable
        {...list.table}
        label={t("licenseTypes.title")}
        testId="license-types"
        searchLabel={t("licenseTypes.search")}
        empty={t("licenseTypes.none")}
        rowKey={(lt) => lt.code}
        columns={[
          { header: t("licenseTypes.code"), sortKey: "code", cell: (lt) => <code>{lt.code}</code> },
          {
            header: t("licenseTypes.name"),
            sortKey: "name",
            cell: (lt) => (
              <>
                {lt.name}
                {!lt.active && (
                  <span className="badge badge-warn" style={{ marginLeft: 6 }}>
                    {t("licenseTypes.archived")}
                  </span>
                )}
              </>
            ),
          },
          { header: t("licenseTypes.slaDays"), sortKey: "slaDays", cell: (lt) => lt.slaDays, className: "num" },
          {
            header: t("licenseTypes.tariff"),
            sortKey: "tariff",
            cell: (lt) => formatRupiah(lt.tariff, locale),
            className: "num",
          },
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
