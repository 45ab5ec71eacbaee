import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { TOKEN_LIST } from "@/lib/table/staff-lists";
import { ListDownload } from "@/components/export/list-download";
import { TOKEN_ROLES } from "@/lib/auth/roles";
import { CreateTokenForm } from "@/components/staff/create-token-form";
import { PagedTable } from "@/components/ui/paged-table";
import { createTokenAction, revokeTokenAction } from "./actions";
import { confirmTexts } from "@/components/ui/confirm-texts";

export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(TOKEN_LIST.capability, TOKEN_LIST.path);
  const now = new Date();
  const list = await loadStaffList(TOKEN_LIST, await searchParams, now);
  const { t, locale } = await getTranslator("admin");
  const { t: tc } = await getTranslator("common");
  return (
    <div className="stack">
      <h1>{t("tokens.title")}</h1>
      <p className="muted">{t("tokens.intro")}</p>
      <CreateTokenForm
        action={createTokenAction}
        roles={TOKEN_ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        labels={{
          name: t("tokens.name"),
          role: t("tokens.role"),
          validDays: t("tokens.validDays"),
          days: t("tokens.days"),
          create: t("tokens.create"),
          shownOnce: t("tokens.shownOnce"),
        }}
      />
      <PagedTable
        {...list.table}
        label={t("tokens.title")}
        toolbar={<ListDownload list={TOKEN_LIST} loaded={list} />}
        testId="tokens"
        searchLabel={t("tokens.search")}
        rowKey={(tk) => tk.id}
        empty={t("tokens.none")}
        columns={[
          { header: t("tokens.name"), sortKey: "name", cell: (tk) => tk.name },
          { header: t("tokens.prefix"), cell: (tk) => <code>{tk.prefix}…</code> },
          { header: t("tokens.role"), sortKey: "role", cell: (tk) => tc(`roles.${tk.role}`) },
          { header: t("tokens.createdAt"), sortKey: "createdAt", cell: (tk) => formatDateTime(tk.createdAt, locale) },
          {
            header: t("tokens.lastUsed"),
            sortKey: "lastUsed",
            cell: (tk) => (tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, locale) : t("tokens.neverUsed")),
          },
          {
            header: t("tokens.expiresAt"),
            sortKey: "expiresAt",
            cell: (tk) =>
              !tk.expiresAt
                ? t("tokens.noExpiry")
                : tk.expiresAt <= now
                  ? `${t("tokens.expired")} (${formatDateTime(tk.expiresAt, locale)})`
                  : formatDateTime(tk.expiresAt, locale),
          },
          {
            header: <span className="sr-only">{tc("actions")}</span>,
            cell: (tk) =>
              tk.revokedAt ? (
                t("tokens.revoked")
              ) : (
                <form action={revokeTokenAction}>
                  <input type="hidden" name="id" value={tk.id} />
                  <ConfirmSubmit {...confirmTexts(t, "tokens.revoke")} />
                </form>
              ),
          },
        ]}
      />
    </div>
  );
}
