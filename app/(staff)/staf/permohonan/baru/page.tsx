import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAreas, listCounters, listLicenseTypes } from "@/lib/reference/queries";
import { APPLICANT_KINDS } from "@/lib/applications/constants";
import { INVESTMENT_COLUMNS } from "@/lib/applications/import-row-types";
import { RegisterApplicationForm } from "@/components/applications/register-application-form";
import { registerApplicationAction } from "../actions";
import { textsFor } from "@/lib/i18n/translate";

const FORM_KEYS = [
  "licenseType",
  "applicantName",
  "applicantKind",
  "kelurahan",
  "counter",
  "feeCharged",
  "feeHint",
  "registrationNo",
  "none",
  "submit",
  "investmentLegend",
  "investmentHint",
  // The investment block's labels are keyed by the import's column names.
  ...INVESTMENT_COLUMNS,
  "landBuildingHint",
];

export default async function NewApplicationPage() {
  await requirePageCapability("processApplications", "/staf/permohonan/baru");
  const { t, locale } = await getTranslator("applications");
  const [licenseTypes, areas, counters] = await Promise.all([
    listLicenseTypes({ activeOnly: true }),
    listAreas(),
    listCounters(),
  ]);
  return (
    <div className="stack">
      <h1>{t("form.title")}</h1>
      <p className="muted">{t("form.intro")}</p>
      <RegisterApplicationForm
        action={registerApplicationAction}
        labels={textsFor(t, "form", FORM_KEYS)}
        licenseTypes={licenseTypes.map((lt) => ({
          value: lt.code,
          label: `${lt.code} — ${locale === "en" ? lt.nameEn : lt.name}`,
          isBusiness: lt.isBusiness,
          tariff: lt.tariff,
        }))}
        kelurahan={areas.map((k) => ({
          group: `Kec. ${k.name}`,
          options: k.kelurahan.map((kel) => ({ value: kel.code, label: kel.name })),
        }))}
        counters={counters.filter((c) => c.active).map((c) => ({ value: c.code, label: c.name }))}
        applicantKinds={APPLICANT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
    </div>
  );
}
