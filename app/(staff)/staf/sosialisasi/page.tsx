import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { listCampaignReports } from "@/lib/outreach/queries";
import { ZOutreachQuery } from "@/lib/outreach/schemas";
import { RowActionButton } from "@/components/ui/row-action-button";
import { CampaignCard } from "@/components/outreach/campaign-card";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { createCampaignAction, deleteCampaignAction } from "./actions";
import { CampaignForm } from "./_components/campaign-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sosialisasi / Outreach" };

export default async function OutreachPage({ searchParams }: { searchParams: Promise<{ minggu?: string }> }) {
  const user = await requirePageCapability("viewOutreach", "/staf/sosialisasi");
  const { minggu } = await searchParams;
  const { t, locale } = await getTranslator("outreach");
  const { t: exportWords } = await getTranslator("exports");
  const parsed = ZOutreachQuery.safeParse({ weeks: minggu });
  const weeks = parsed.success ? parsed.data.weeks : 4;
  const today = toWibDate(new Date());
  const canManage = can(user.role, "manageOutreach");
  const reports = await listCampaignReports({ weeks, today });
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro", { weeks })}</p>
      <p className="muted small">{t("method")}</p>
      <DownloadLinks
        what={exportWords("outreach.what")}
        formats={PAGE_DOWNLOADS.outreach}
        params={{ weeks: String(weeks) }}
        testId="outreach-downloads"
      />
      <form method="get" className="form-inline card">
        <div className="field">
          <label htmlFor="f-minggu">{t("weeks")}</label>
          <input id="f-minggu" name="minggu" type="number" min={1} max={26} defaultValue={weeks} />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("show")}
        </button>
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
              <div className="row">
                <Link
                  className="btn btn-secondary btn-small"
                  href={`/staf/sosialisasi/${r.id}`}
                  aria-label={`${t("edit")} ${r.name}`}
                >
                  {t("edit")}
                </Link>
                <RowActionButton
                  action={deleteCampaignAction}
                  name="id"
                  value={r.id}
                  label={t("delete")}
                  rowLabel={r.name}
                />
              </div>
            ) : undefined
          }
        />
      ))}
      {canManage && (
        <section className="stack" aria-labelledby="campaign-form-title">
          <h2 id="campaign-form-title">{t("form.title")}</h2>
          <CampaignForm action={createCampaignAction} submitLabel={t("form.submit")} />
        </section>
      )}
    </div>
  );
}
