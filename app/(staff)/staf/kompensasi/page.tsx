import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { formatDate, formatRupiah } from "@/lib/format/format";
import { listLicenseTypes } from "@/lib/reference/queries";
import { listCompensationRecords } from "@/lib/compensation/queries";
import { COMPENSATION_COMPONENTS, COMPENSATION_KINDS, COMPENSATION_STATUSES } from "@/lib/compensation/schemas";
import { FieldsForm } from "@/components/ui/fields-form";
import { ActionForm } from "@/components/complaints/action-form";
import { createCompensationAction, setCompensationStatusAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Register kompensasi / Compensation register" };

/** When service fell short of the standard and what the office offered (Ombudsman compliance assessment). */
export default async function CompensationPage() {
  await requirePageCapability("recordCompensation", "/staf/kompensasi");
  const { t, locale } = await getTranslator("evidence");
  const today = toWibDate(new Date());
  const year = today.slice(0, 4);
  const [records, licenseTypes] = await Promise.all([
    listCompensationRecords({ from: `${year}-01-01`, to: `${year}-12-31` }),
    listLicenseTypes(),
  ]);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <div className="stack">
      <h1>{t("register.title")}</h1>
      <p className="muted">{t("register.intro")}</p>
      <section className="stack" aria-labelledby="new-compensation">
        <h2 id="new-compensation">{t("register.new")}</h2>
        <FieldsForm
          action={createCompensationAction}
          submitLabel={t("register.save")}
          savedLabel={t("register.saved")}
          fields={[
            { name: "occurredOn", label: t("register.occurredOn"), initial: today },
            {
              name: "licenseType",
              label: t("register.licenseType"),
              type: "select",
              options: [
                { value: "", label: t("register.none") },
                ...licenseTypes.map((l) => ({ value: l.code, label: `${l.code} — ${l.name}` })),
              ],
            },
            { name: "applicationNo", label: t("register.applicationNo") },
            { name: "ticketNo", label: t("register.ticketNo") },
            {
              name: "component",
              label: t("register.component"),
              type: "select",
              options: options(COMPENSATION_COMPONENTS, "components"),
            },
            { name: "shortfall", label: t("register.shortfall"), type: "textarea" },
            { name: "kind", label: t("register.kind"), type: "select", options: options(COMPENSATION_KINDS, "kinds") },
            { name: "offered", label: t("register.offered"), type: "textarea" },
            { name: "amount", label: t("register.amount"), type: "number" },
            {
              name: "status",
              label: t("register.status"),
              type: "select",
              options: options(COMPENSATION_STATUSES, "statuses"),
            },
          ]}
        />
      </section>
      <section className="stack" aria-labelledby="compensation-list">
        <h2 id="compensation-list">{t("register.list", { year })}</h2>
        {records.length === 0 ? (
          <p>{t("register.empty")}</p>
        ) : (
          <ScrollTable labelledBy="compensation-list">
            <table data-testid="compensation-table">
              <thead>
                <tr>
                  <th scope="col">{t("compensation.colDate")}</th>
                  <th scope="col">{t("compensation.colComponent")}</th>
                  <th scope="col">{t("compensation.colShortfall")}</th>
                  <th scope="col">{t("compensation.colOffered")}</th>
                  <th scope="col">{t("compensation.colStatus")}</th>
                  <th scope="col">{t("register.colRecordedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {records.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDate(r.occurredOn, locale)}</td>
                    <td>{t(`components.${r.component}`)}</td>
                    <td>
                      {[r.licenseType?.code, r.applicationNo, r.ticketNo].filter(Boolean).join(" · ")}
                      {r.licenseType || r.applicationNo || r.ticketNo ? <br /> : null}
                      {r.shortfall}
                    </td>
                    <td>
                      {t(`kinds.${r.kind}`)}: {r.offered}
                      {r.amount !== null ? ` (${formatRupiah(r.amount, locale)})` : ""}
                    </td>
                    <td>
                      <ActionForm
                        action={setCompensationStatusAction}
                        submitLabel={t("register.save")}
                        variant="secondary"
                        className="row"
                      >
                        <input type="hidden" name="id" value={r.id} />
                        <label className="sr-only" htmlFor={`status-${r.id}`}>
                          {t("register.status")}
                        </label>
                        <select id={`status-${r.id}`} name="status" defaultValue={r.status}>
                          {COMPENSATION_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`statuses.${s}`)}
                            </option>
                          ))}
                        </select>
                      </ActionForm>
                    </td>
                    <td>{r.recordedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
