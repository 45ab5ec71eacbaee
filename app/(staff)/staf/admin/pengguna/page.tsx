import { formatDateTime } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { USER_LIST } from "@/lib/table/staff-lists";
import { ListDownload } from "@/components/export/list-download";
import { listAgencies } from "@/lib/reference/queries";
import { ROLES } from "@/lib/auth/roles";
import { CreateUserForm } from "@/components/staff/create-user-form";
import { PagedTable } from "@/components/ui/paged-table";
import { createUserAction, updateUserAction } from "./actions";
import { ActiveToggle } from "@/components/ui/active-toggle";
import { Options } from "@/components/ui/field";
import { textsFor } from "@/lib/i18n/translate";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePageCapability(USER_LIST.capability, USER_LIST.path);
  const now = new Date();
  const { t, locale } = await getTranslator("admin");
  const { t: tc } = await getTranslator("common");
  const { t: tg } = await getTranslator("agency");
  const [list, agencies] = await Promise.all([loadStaffList(USER_LIST, await searchParams, now), listAgencies()]);
  const roles = ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }));
  return (
    <div className="stack">
      <h1>{t("users.title")}</h1>
      <h2>{t("users.create")}</h2>
      <CreateUserForm
        action={createUserAction}
        roles={roles}
        labels={{
          ...textsFor(t, "users", ["name", "email", "role", "password", "create", "created"]),
          agency: tg("admin.agencyField"),
          noAgency: tg("admin.noAgency"),
        }}
        agencies={agencies.map((agency) => agency.name)}
      />
      <h2>{t("users.listTitle")}</h2>
      <PagedTable
        {...list.table}
        label={t("users.listTitle")}
        toolbar={<ListDownload list={USER_LIST} loaded={list} />}
        testId="users"
        searchLabel={t("users.search")}
        rowKey={(u) => u.id}
        columns={[
          { header: t("users.name"), sortKey: "name", cell: (u) => u.name },
          { header: t("users.email"), sortKey: "email", cell: (u) => u.email },
          {
            header: t("users.role"),
            sortKey: "role",
            cell: (u) => (u.agency ? `${tc(`roles.${u.role}`)} — ${u.agency}` : tc(`roles.${u.role}`)),
          },
          {
            header: t("users.status"),
            cell: (u) =>
              `${u.active ? t("users.active") : t("users.inactive")}${u.lockedUntil && u.lockedUntil > now ? ` · ${t("users.locked")}` : ""}`,
          },
          {
            header: t("users.lastLogin"),
            sortKey: "lastLogin",
            cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t("users.never")),
          },
          {
            header: t("users.actions"),
            cell: (u) =>
              u.id !== me.id && (
                <div className="row">
                  <ActiveToggle action={updateUserAction} id={u.id} active={u.active} t={t} messages="users" />
                  <form action={updateUserAction} className="row">
                    <input type="hidden" name="id" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      {t("users.changeRole")}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role}>
                      {/* The agency role comes with an agency at creation; an agency account may leave it. */}
                      <Options options={roles.filter((r) => r.value !== "AGENCY" || u.role === "AGENCY")} />
                    </select>
                    <button className="btn btn-secondary btn-small" type="submit">
                      {t("users.changeRole")}
                    </button>
                  </form>
                </div>
              ),
          },
        ]}
      />
    </div>
  );
}
