import { formatDate, formatDateTime, formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { getApplicationDetail } from "@/lib/applications/applications-store";
import { STAGES } from "@/lib/applications/constants";
import { ApplicationSteps } from "@/components/applications/application-steps";
import { DataTable } from "@/components/ui/data-table";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { applicationStepAction } from "../actions";
import { getRecommendationHolder } from "@/lib/applications/agency-queue-queries";
import { AgencyHolderNote } from "@/components/agency/agency-holder-note";
import { textsFor } from "@/lib/i18n/translate";

const STEP_LABEL_KEYS = [
  "handover",
  "pause",
  "pauseNote",
  "resume",
  "reject",
  "rejectConfirm",
  "rejectYes",
  "rejectReason",
  "withdraw",
  "withdrawConfirm",
  "withdrawYes",
  "saved",
];

export default async function ApplicationDetailPage({ params }: { params: Promise<{ registrationNo: string }> }) {
  const { registrationNo: raw } = await params;
  const registrationNo = decodeURIComponent(raw);
  const user = await requirePageCapability("viewApplications", `/staf/permohonan/${raw}`);
  const { t, locale } = await getTranslator("applications");
  const app = await getApplicationDetail(registrationNo);
  if (!app) notFound();
  const [holder, { t: tg }] = await Promise.all([
    getRecommendationHolder(registrationNo, new Date()),
    getTranslator("agency"),
  ]);
  const isOpen = app.status === "in_process" || app.status === "returned";
  const currentIndex = STAGES.indexOf(app.currentStage as (typeof STAGES)[number]);
  const stageSteps = STAGES.filter((stage, index) => index > currentIndex && stage !== "penyerahan").map((stage) => ({
    kind: "stage",
    stage,
    label: t("detail.moveTo", { stage: t(`stages.${stage}`) }),
  }));
  const surveyHref = `/staf/survei/undangan/baru?${new URLSearchParams({
    layanan: app.licenseType?.code ?? "",
    loket: app.counter?.code ?? "",
    permohonan: app.registrationNo,
  }).toString()}`;
  return (
    <div className="stack">
      <p>
        <Link href="/staf/permohonan">← {t("detail.back")}</Link>
      </p>
      <h1>{t("detail.title", { no: app.registrationNo })}</h1>
      <p>
        <strong>{app.licenseType?.code}</strong> — {locale === "en" ? app.licenseType?.nameEn : app.licenseType?.name} ·{" "}
        {app.applicantName} ({t(`kinds.${app.applicantKind}`)}) · {app.kelurahan?.name}, {app.kecamatan?.name}
      </p>
      <p>
        <span className="badge" data-testid="application-status">
          {t(`statuses.${app.status}`)}
        </span>{" "}
        <span className="badge">{t(`stages.${app.currentStage}`)}</span>{" "}
        {app.overdue && <span className="badge badge-bad">{t("detail.overdue")}</span>}
        {app.onTime === true && <span className="badge badge-ok">{t("detail.onTime")}</span>}
        {app.onTime === false && <span className="badge badge-warn">{t("detail.late")}</span>}
      </p>
      <AgencyHolderNote holder={holder} t={tg} locale={locale} />
      <section className="card" aria-labelledby="clock-title">
        <h2 id="clock-title">{t("detail.clock")}</h2>
        <CalendarNotice warnings={app.calendarWarnings} showAdminLink={user.role === "ADMIN"} />
        <dl className="grid">
          <div>
            <dt>{t("detail.sla")}</dt>
            <dd>{app.slaDays}</dd>
          </div>
          <div>
            <dt>{t("detail.dueDate")}</dt>
            <dd data-testid="due-date">{formatDate(app.dueDate, locale)}</dd>
          </div>
          <div>
            <dt>{t("detail.elapsed")}</dt>
            <dd>{app.elapsedWorkingDays}</dd>
          </div>
          <div>
            <dt>{t("detail.paused")}</dt>
            <dd>{app.pausedWorkingDays}</dd>
          </div>
          {isOpen ? (
            <div>
              <dt>{t("detail.remaining")}</dt>
              <dd>{app.remainingWorkingDays}</dd>
            </div>
          ) : (
            <div>
              <dt>{t("detail.processingDays")}</dt>
              <dd>{app.processingDays}</dd>
            </div>
          )}
          <div>
            <dt>{t("detail.fee")}</dt>
            <dd>{app.feeCharged === null ? "—" : formatRupiah(app.feeCharged, locale)}</dd>
          </div>
          <div>
            <dt>{t("detail.tariff")}</dt>
            <dd>{app.tariff === null ? "—" : formatRupiah(app.tariff, locale)}</dd>
          </div>
        </dl>
        {app.isFeeDiscrepant && <p className="alert alert-warn">{t("detail.feeDiscrepancy")}</p>}
        {app.investment && (
          <p>
            {t("detail.investment")}: {formatRupiah(BigInt(app.investment.investmentValue), locale)} ·{" "}
            {app.investment.origin} · {app.investment.scale} · KBLI {app.investment.kbli}
            {app.investment.landValue !== null ? (
              <>
                {" "}
                · {t("detail.landValue")} {formatRupiah(BigInt(app.investment.landValue), locale)}
              </>
            ) : null}
            {app.investment.buildingValue !== null ? (
              <>
                {" "}
                · {t("detail.buildingValue")} {formatRupiah(BigInt(app.investment.buildingValue), locale)}
              </>
            ) : null}
          </p>
        )}
        {app.investment?.scaleBasis && (
          <p
            className={app.investment.scaleBasis === "total_including_land_buildings" ? "alert alert-warn" : "muted"}
            data-testid="scale-basis"
          >
            {t(`detail.scaleBasis.${app.investment.scaleBasis}`)}
          </p>
        )}
      </section>
      {app.status === "issued" && (
        <section className="card alert-info" aria-labelledby="survey-title">
          <h2 id="survey-title">{t("detail.surveySlip")}</h2>
          <p>{t("detail.surveyHint")}</p>
          <Link className="btn" href={surveyHref} data-testid="survey-slip-link">
            {t("detail.surveySlip")}
          </Link>
        </section>
      )}
      {isOpen && can(user.role, "processApplications") ? (
        <section className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("detail.actions")}</h2>
          <ApplicationSteps
            action={applicationStepAction}
            registrationNo={app.registrationNo}
            stageSteps={stageSteps}
            canHandover={app.currentStage === "penetapan"}
            status={app.status}
            labels={textsFor(t, "detail", STEP_LABEL_KEYS)}
          />
        </section>
      ) : (
        !isOpen && (
          <p className="muted">
            {t("detail.finished")}
            {app.outcomeReason ? ` ${app.outcomeReason}` : ""}
          </p>
        )
      )}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("detail.timeline")}</h2>
        <DataTable
          rows={app.timeline}
          rowKey={(_event, index) => index}
          columns={[
            { header: t("detail.when"), cell: (event) => formatDateTime(new Date(event.at), locale) },
            {
              header: t("detail.what"),
              cell: (event) =>
                event.kind === "stage"
                  ? t(`stages.${event.stage}`)
                  : event.kind === "outcome"
                    ? t(`statuses.${event.stage}`)
                    : t(`events.${event.kind}`),
            },
            { header: t("detail.days"), cell: (event) => event.workingDays ?? "—", className: "num" },
            { header: t("detail.note"), cell: (event) => event.note ?? "" },
          ]}
        />
      </section>
    </div>
  );
}
