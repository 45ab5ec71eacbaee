import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listApiTokens } from "@/lib/users/users";
import { ROLES } from "@/lib/auth/roles";
import { intlTag } from "@/lib/i18n/locales";
import { CreateTokenForm } from "@/components/staff/create-token-form";
import { createTokenAction, revokeTokenAction } from "./actions";

export default async function TokensPage() {
  await requirePageCapability("manageUsers", "/staf/admin/token");
  const { t, locale } = await getTranslator("admin");
  const { t: tc } = await getTranslator("common");
  const tokens = await listApiTokens();
  const fmt = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return (
    <div className="stack">
      <h1>{t("tokens.title")}</h1>
      <p className="muted">{t("tokens.intro")}</p>
      <CreateTokenForm
        action={createTokenAction}
        roles={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        labels={{ name: t("tokens.name"), role: t("tokens.role"), create: t("tokens.create"), shownOnce: t("tokens.shownOnce") }}
      />
      {tokens.length === 0 ? (
        <p>{t("tokens.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("tokens.name")}</th>
                <th scope="col">{t("tokens.prefix")}</th>
                <th scope="col">{t("tokens.role")}</th>
                <th scope="col">{t("tokens.createdAt")}</th>
                <th scope="col">{t("tokens.lastUsed")}</th>
                <th scope="col"></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr key={tk.id}>
                  <td>{tk.name}</td>
                  <td><code>{tk.prefix}…</code></td>
                  <td>{tc(`roles.${tk.role}`)}</td>
                  <td>{fmt.format(tk.createdAt)}</td>
                  <td>{tk.lastUsedAt ? fmt.format(tk.lastUsedAt) : "—"}</td>
                  <td>
                    {tk.revokedAt ? (
                      t("tokens.revoked")
                    ) : (
                      <form action={revokeTokenAction}>
                        <input type="hidden" name="id" value={tk.id} />
                        <button className="btn btn-danger btn-small" type="submit">{t("tokens.revoke")}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
