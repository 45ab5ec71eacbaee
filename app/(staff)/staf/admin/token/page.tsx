import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { TOKEN_TABLE, listApiTokensPage } from "@/lib/users/list-queries";
import { defaultTableState, parseTableParams } from "@/lib/table/schemas";
import { TOKEN_ROLES } from "@/lib/auth/roles";
import { CreateTokenForm } from "@/components/staff/create-token-form";
import { PagedTable } from "@/components/ui/paged-table";
import { createTokenAction, revokeTokenAction } from "./actions";

const PATH = "/staf/admin/token";

export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability("manageUsers", PATH);
  const state = parseTableParams(TOKEN_TABLE, await searchParams);
  const { t, locale } = await getTranslator("admin");
  const { t: tc } = await getTranslator("common");
  const page = await listApiTokensPage(state);
  const now = new Date();
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
        path={PATH}
        state={state}
        defaults={defaultTableState(TOKEN_TABLE)}
        page={page}
        label={t("tokens.title")}
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
                  <ConfirmSubmit
                    label={t("tokens.revoke")}
                    question={t("tokens.revokeConfirm")}
                    confirmLabel={t("tokens.revokeYes")}
                  />
                </form>
              ),
          },
        ]}
      />
    </div>
  );
}
