import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listCounters, listLicenseTypes } from "@/lib/reference/queries";
import { ActionForm } from "@/components/skm/action-form";
import { createInvitationAction } from "../../actions";

type Search = Promise<{ layanan?: string; loket?: string; permohonan?: string }>;

/** Contract used by the applications hand-over: ?layanan=<licenceCode>&loket=<counterCode>&permohonan=<registrationNo>. */
export default async function NewInvitationPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageCapability("createInvitations", "/staf/survei/undangan/baru");
  const { t, locale } = await getTranslator("survey");
  const query = await searchParams;
  const [licenseTypes, counters] = await Promise.all([listLicenseTypes({ activeOnly: true }), listCounters()]);
  const officerCounter = counters.find((c) => c.id === user.counterId)?.code;
  return (
    <div className="stack">
      <h1>{t("staff.newInvitation")}</h1>
      <p className="muted">{t("staff.newInvitationIntro")}</p>
      <ActionForm
        action={createInvitationAction}
        submitLabel={t("staff.create")}
        testId="invitation-form"
        fields={[
          {
            name: "licenseType",
            label: t("staff.licenseType"),
            kind: "select",
            required: true,
            defaultValue: query.layanan ?? "",
            options: [
              { value: "", label: t("staff.choose") },
              ...licenseTypes.map((l) => ({
                value: l.code,
                label: `${locale === "en" ? l.nameEn : l.name} (${l.code})`,
              })),
            ],
          },
          {
            name: "counter",
            label: t("staff.counter"),
            kind: "select",
            required: true,
            defaultValue: query.loket ?? officerCounter ?? "",
            options: [
              { value: "", label: t("staff.choose") },
              ...counters.filter((c) => c.active).map((c) => ({ value: c.code, label: c.name })),
            ],
          },
          {
            name: "applicationNo",
            label: t("staff.applicationNo"),
            kind: "text",
            defaultValue: query.permohonan ?? "",
          },
        ]}
      />
    </div>
  );
}
