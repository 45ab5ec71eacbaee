import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { intlTag } from "@/lib/i18n/locales";
import { listCounters } from "@/lib/reference/queries";
import { getInvitationDays, listKiosks } from "@/lib/skm/collect";
import { ActionForm } from "@/components/skm/action-form";
import { enrollKioskAction, revokeKioskAction, saveInvitationDaysAction } from "../actions";

export default async function KioskAdminPage() {
  await requirePageCapability("manageSettings", "/staf/survei/kiosk");
  const { t, locale } = await getTranslator("survey");
  const [kiosks, counters, days] = await Promise.all([listKiosks(), listCounters(), getInvitationDays()]);
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
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
          { name: "counter", label: t("staff.counter"), kind: "select", required: true, options: [{ value: "", label: t("staff.choose") }, ...counters.map((c) => ({ value: c.code, label: c.name }))] },
        ]}
      />
      {kiosks.length === 0 ? (
        <p>{t("staff.kioskNone")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("staff.kioskName")}</th>
                <th scope="col">{t("staff.counter")}</th>
                <th scope="col">{t("staff.kioskLastSeen")}</th>
                <th scope="col">{t("staff.status")}</th>
              </tr>
            </thead>
            <tbody>
              {kiosks.map((k) => (
                <tr key={k.id}>
                  <td>{k.name} <code>{k.keyPrefix}…</code></td>
                  <td><a href={`/kiosk/${k.counterCode}`}>{k.counterCode}</a></td>
                  <td>{k.lastSeenAt ? fmt.format(k.lastSeenAt) : "—"}</td>
                  <td>
                    {k.active ? (
                      <form action={revokeKioskAction}>
                        <input type="hidden" name="id" value={k.id} />
                        {t("staff.kioskActive")} <button className="btn btn-danger btn-small" type="submit">{t("staff.revoke")}</button>
                      </form>
                    ) : (
                      t("staff.revoked")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("staff.invitationDays")}</h2>
      <ActionForm action={saveInvitationDaysAction} submitLabel={t("staff.saveSetting")} fields={[{ name: "days", label: t("staff.invitationDays"), kind: "number", defaultValue: String(days), required: true }]} />
    </div>
  );
}
