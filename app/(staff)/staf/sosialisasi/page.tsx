import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { listCampaignReports } from "@/lib/outreach/queries";
import { OUTREACH_CHANNELS, OUTREACH_TOPICS, ZOutreachQuery } from "@/lib/outreach/schemas";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { FieldsForm } from "@/components/ui/fields-form";
import { RowActionButton } from "@/components/ui/row-action-button";
import { CampaignCard } from "@/components/outreach/campaign-card";
import { createCampaignAction, deleteCampaignAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sosialisasi / Outreach" };

export default async function OutreachPage({ searchParams }: { searchParams: Promise<{ minggu?: string }> }) {
  const user = await requirePageCapability("viewOutreach", "/staf/sosialisasi");
  const { minggu } = await searchParams;
  const { t, locale } = await getTranslator("outreach");
  const parsed = ZOutreachQuery.safeParse({ weeks: minggu });
  const weeks = parsed.success ? parsed.data.weeks : 4;
  const today = toWibDate(new Date());
  const canManage = can(user.role, "manageOutreach");
  const [reports, areas, licenseTypes] = await Promise.all([
    listCampaignReports({ weeks, today }),
    canManage ? listAreas() : [],
    canManage ? listLicenseTypes({ activeOnly: true }) : [],
  ]);
  const none = { value: "", label: t("form.choose") };
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro", { weeks })}</p>
      <p className="muted small">{t("method")}</p>
      <form method="get" className="form-inline card">
        <div className="field">
          <label htmlFor="f-minggu">{t("weeks")}</label>
          <input id="f-minggu" name="minggu" type="number" min={1} max={26} defaultValue={weeks} />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("show")}
        </button>
        <a className="btn btn-secondary" href={`/api/v1/outreach/export.csv?weeks=${weeks}`} download>
          {t("export")}
        </a>
      </form>
      {reports.length === 0 && <p className="muted">{t("none")}</p>}
      {reports.map((r) => (
        <CampaignCard
          key={r.id}
          report={r}
          t={t}
          locale={locale}
          actions={
            canManage ? (
              <RowActionButton
                action={deleteCampaignAction}
                name="id"
                value={r.id}
                label={t("delete")}
                rowLabel={r.name}
              />
            ) : undefined
          }
        />
      ))}
      {canManage && (
        <section className="stack" aria-labelledby="campaign-form-title">
          <h2 id="campaign-form-title">{t("form.title")}</h2>
          <FieldsForm
            action={createCampaignAction}
            submitLabel={t("form.submit")}
            savedLabel={t("form.saved")}
            fields={[
              { name: "name", label: t("form.name") },
              {
                name: "channel",
                type: "select",
                label: t("channelLabel"),
                options: OUTREACH_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
              },
              { name: "startDay", type: "date", label: t("form.startDay") },
              { name: "endDay", type: "date", label: t("form.endDay") },
              {
                name: "kecamatanCode",
                type: "select",
                label: t("form.kecamatan"),
                options: [none, ...areas.map((k) => ({ value: k.code, label: k.name }))],
              },
              {
                name: "topic",
                type: "select",
                label: t("topicLabel"),
                options: OUTREACH_TOPICS.map((c) => ({ value: c, label: t(`topic.${c}`) })),
              },
              {
                name: "licenseType",
                type: "select",
                label: t("form.licenseType"),
                options: [none, ...licenseTypes.map((l) => ({ value: l.code, label: `${l.code} · ${l.name}` }))],
              },
              { name: "cost", type: "number", label: t("form.cost"), step: "1" },
              { name: "note", type: "textarea", label: t("form.note") },
            ]}
          />
        </section>
      )}
    </div>
  );
}
