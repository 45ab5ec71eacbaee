import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { intlTag } from "@/lib/i18n/locales";
import { listOutbox } from "@/lib/complaints/queries";

export const dynamic = "force-dynamic";

/** Administrators only: recipients are shown in full here (the outbox is what a gateway will send). */
export default async function OutboxPage() {
  await requirePageCapability("viewMessageOutbox", "/staf/pengaduan/kotak-keluar");
  const { t, locale } = await getTranslator("complaints");
  const rows = await listOutbox(300);
  const dateTime = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return (
    <div className="stack">
      <h1>{t("outbox.title")}</h1>
      <p className="muted">{t("outbox.intro")}</p>
      {rows.length === 0 ? (
        <p>{t("outbox.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("outbox.createdAt")}</th>
                <th scope="col">{t("outbox.recipient")}</th>
                <th scope="col">{t("outbox.body")}</th>
                <th scope="col">{t("outbox.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td>{dateTime.format(m.createdAt)}</td>
                  <td>{m.recipient}</td>
                  <td>{m.body}</td>
                  <td>{t(`outbox.statuses.${m.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
