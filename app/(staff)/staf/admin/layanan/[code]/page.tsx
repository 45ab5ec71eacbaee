import { formatCount } from "@/lib/format/format";
import { notFound } from "next/navigation";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getLicenseTypeByCode } from "@/lib/reference/queries";
import { LicenseTypeForm } from "@/components/staff/license-type-form";
import { updateLicenseTypeAction } from "../actions";

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
    "legalBasis",
    "facilities",
    "implementerCompetence",
    "internalSupervision",
    "implementerCount",
    "serviceGuarantee",
    "securityGuarantee",
    "performanceEvaluation",
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
    ...(Object.fromEntries(keys.map((k) => [k, t(`licenseTypes.${k}`)])) as Record<(typeof keys)[number], string>),
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
      <LicenseTypeForm
        action={updateLicenseTypeAction}
        labels={labels}
        initial={{
          code: lt.code,
          name: lt.name,
          nameEn: lt.nameEn,
          slaDays: String(lt.slaDays),
          tariff: formatCount(lt.tariff, "id"),
          agency: lt.agency,
          agencySlaDays: String(lt.agencySlaDays),
          requirements: lt.requirements,
          procedure: lt.procedure,
          product: lt.product,
          complaintHandling: lt.complaintHandling,
          legalBasis: lt.legalBasis,
          facilities: lt.facilities,
          implementerCompetence: lt.implementerCompetence,
          internalSupervision: lt.internalSupervision,
          implementerCount: lt.implementerCount,
          serviceGuarantee: lt.serviceGuarantee,
          securityGuarantee: lt.securityGuarantee,
          performanceEvaluation: lt.performanceEvaluation,
          active: String(lt.active),
          standardPublished: String(lt.standardPublished),
        }}
      />
    </div>
  );
}
