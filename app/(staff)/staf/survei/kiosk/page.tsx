import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listCounters } from "@/lib/reference/queries";
import { getInvitationDays } from "@/lib/skm/invitation-store";
import { listKiosks } from "@/lib/skm/kiosk-store";
import { ActionForm } from "@/components/skm/action-form";
import { DataTable } from "@/components/ui/data-table";
import { enrollKioskAction, revokeKioskAction, saveInvitationDaysAction } from "../actions";
import { confirmTexts } from "@/components/ui/confirm-texts";

export default async function KioskAdminPage() {
  await requirePageCapability("manageSettings", "/staf/survei/kiosk");
  const { t, locale } = await getTranslator("survey");
  const [kiosks, counters, days] = await Promise.all([listKiosks(), listCounters(), getInvitationDays()]);
  return (
    <div className="stack">
      <h1>{t("staff.kioskTitle")}</h1>
      <p className="muted">{t("staff.kioskIntro")}</p>
      <ActionForm
        action={enrollKioskAction}
        submitLabel={t("staff.enroll")}
        testId="kiosk-form"
        fields={[
          { name: "name", label: t("staff.kioskName"), kind: "text", required: true },
          {
            name: "counter",
            label: t("staff.counter"),
            kind: "select",
            required: true,
            options: [
              { value: "", label: t("staff.choose") },
              ...counters.map((c) => ({ value: c.code, label: c.name })),
            ],
          },
        ]}
      />
      <DataTable
        rows={kiosks}
        rowKey={(k) => k.id}
        empty={t("staff.kioskNone")}
        columns={[
          {
            header: t("staff.kioskName"),
            cell: (k) => (
              <>
                {k.name} <code>{k.keyPrefix}…</code>
              </>
            ),
          },
          { header: t("staff.counter"), cell: (k) => <a href={`/kiosk/${k.counterCode}`}>{k.counterCode}</a> },
          {
            header: t("staff.kioskLastSeen"),
            cell: (k) => (k.lastSeenAt ? formatDateTime(k.lastSeenAt, locale) : "—"),
          },
          {
            header: t("staff.status"),
            cell: (k) =>
              k.active ? (
                <form action={revokeKioskAction}>
                  <input type="hidden" name="id" value={k.id} />
                  {t("staff.kioskActive")} <ConfirmSubmit {...confirmTexts(t, "staff.revoke")} />
                </form>
              ) : (
                t("staff.revoked")
              ),
          },
        ]}
      />
      <h2>{t("staff.invitationDays")}</h2>
      <ActionForm
        action={saveInvitationDaysAction}
        submitLabel={t("staff.saveSetting")}
        fields={[
          {
            name: "days",
            label: t("staff.invitationDays"),
            kind: "number",
            defaultValue: String(days),
            required: true,
          },
        ]}
      />
    </div>
  );
}
