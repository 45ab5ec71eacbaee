import { notFound } from "next/navigation";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getLicenseTypeByCode } from "@/lib/reference/queries";
import { standardFormValues } from "@/lib/reference/standard-form";
import { MANAGEMENT_COMPONENTS } from "@/lib/kpi/standards-coverage";
import { LicenseTypeForm } from "@/components/staff/license-type-form";
import { updateLicenseTypeAction } from "../actions";
import { textsFor } from "@/lib/i18n/translate";

export default async function EditLicenseTypePage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  await requirePageCapability("manageReferenceData", `/staf/admin/layanan/${code}`);
  const lt = await getLicenseTypeByCode(code);
  if (!lt) notFound();
  const { t } = await getTranslator("admin");
  const keys = [
    "name",
    "nameEn",
    "slaDays",
    "tariff",
    "agency",
    "requirements",
    "procedure",
    "product",
    "complaintHandling",
    ...MANAGEMENT_COMPONENTS,
    "deliveryGroup",
    "managementGroup",
    "groupsHint",
    "active",
    "published",
    "save",
    "saved",
    "onePerLine",
  ] as const;
  const { t: tg } = await getTranslator("agency");
  const labels = {
    ...textsFor(t, "licenseTypes", keys),
    agencySlaDays: tg("admin.agencySla"),
  };
  return (
    <div className="stack">
      <p>
        <Link href="/staf/admin/layanan">← {t("licenseTypes.title")}</Link>
      </p>
      <h1>
        {lt.code} — {lt.name}
      </h1>
      <LicenseTypeForm action={updateLicenseTypeAction} labels={labels} initial={standardFormValues(lt)} />
    </div>
  );
}
