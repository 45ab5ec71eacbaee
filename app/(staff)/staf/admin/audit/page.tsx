import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAuditLog } from "@/lib/audit/audit";
import { intlTag } from "@/lib/i18n/locales";

export default async function AuditPage() {
  await requirePageCapability("viewAuditLog", "/staf/admin/audit");
  const { t, locale } = await getTranslator("admin");
  const entries = await listAuditLog({ take: 300 });
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" });
  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("audit.at")}</th>
              <th scope="col">{t("audit.actor")}</th>
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.target")}</th>
              <th scope="col">{t("audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{fmt.format(e.at)}</td>
                <td>{e.actor}</td>
                <td><code>{e.action}</code></td>
                <td>{e.target ?? ""}</td>
                <td className="small">{e.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
