import { formatDate, formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { lkpmPeriodKindFor, lkpmPeriodLabel } from "@/lib/investment/lkpm-schedule";
import { findRealisationProject } from "@/lib/investment/realisation-queries";
import { FieldsForm } from "@/components/ui/fields-form";
import { TextField } from "@/components/ui/field";
import { RealisationImportForm } from "@/components/investment/realisation-import-form";
import { TemplateLink } from "@/components/imports/template-link";
import { importRealisationsAction, saveRealisationAction } from "../actions";
import { textsFor } from "@/lib/i18n/translate";

const PERIOD_LABELS = ["TW1", "TW2", "TW3", "TW4", "S1", "S2"] as const;

export default async function RealisationInputPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageCapability("reportInvestmentRealisation", "/staf/investasi/realisasi/input");
  const { t, locale } = await getTranslator("realisation");
  const common = await getTranslator("common");
  const today = toWibDate(new Date());
  const registrationNo = (await searchParams).no?.trim() ?? "";
  const project = registrationNo ? await findRealisationProject(registrationNo, today) : null;
  const kind = project ? lkpmPeriodKindFor(project.scale) : null;
  const lastDue = project?.due.at(-1);
  return (
    <div className="stack">
      <p>
        <Link href="/staf/investasi/realisasi">← {t("title")}</Link>
      </p>
      <h1>{t("input.title")}</h1>
      <p className="muted">{t("input.intro")}</p>

      <section className="card" aria-labelledby="lkpm-lookup">
        <h2 id="lkpm-lookup">{t("input.lookupTitle")}</h2>
        <form method="get" className="form-inline">
          <TextField name="no" label={t("input.registrationNo")} defaultValue={registrationNo} />
          <button type="submit" className="btn btn-secondary">
            {t("input.lookup")}
          </button>
        </form>
        {registrationNo && !project && <p role="status">{t("input.notFound", { no: registrationNo })}</p>}
        {project && (
          <div data-testid="lkpm-project">
            <p>
              <strong>{project.registrationNo}</strong> · {project.applicantName ?? "—"}
              {project.plannedInvestment !== null && <> · {formatRupiah(project.plannedInvestment, locale)}</>}
              <br />
              {project.issuedDay &&
                project.scale &&
                t("input.projectScale", {
                  scale: t(`scales.${project.scale}`),
                  date: formatDate(project.issuedDay, locale),
                })}
              {" · "}
              {kind ? t("input.projectKind", { kind: t(`kinds.${kind}`) }) : t("input.exempt")}
            </p>
            {project.due.length > 0 && (
              <>
                <h3 className="small">{t("input.due")}</h3>
                <ul>
                  {project.due.map((period) => (
                    <li key={period.key}>
                      {t(`periods.${lkpmPeriodLabel(period)}`)} {period.year}:{" "}
                      {period.realised === null
                        ? t("input.missingMark")
                        : `${t("input.filedMark")} (${formatRupiah(period.realised, locale)})`}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="lkpm-form-title" className="stack">
        <h2 id="lkpm-form-title">{t("input.formTitle")}</h2>
        <FieldsForm
          action={saveRealisationAction}
          submitLabel={t("input.save")}
          savedLabel={t("input.saved")}
          fields={[
            {
              name: "registrationNo",
              label: t("input.registrationNo"),
              initial: project?.registrationNo ?? registrationNo,
            },
            {
              name: "year",
              label: t("input.year"),
              type: "number",
              initial: String(lastDue?.year ?? Number(today.slice(0, 4))),
            },
            {
              name: "period",
              label: t("input.period"),
              type: "select",
              initial: lastDue ? lkpmPeriodLabel(lastDue) : kind === "semester" ? "S1" : "TW1",
              options: PERIOD_LABELS.map((label) => ({ value: label, label: `${label} · ${t(`periods.${label}`)}` })),
            },
            {
              name: "realisedInvestment",
              label: t("input.realisedInvestment"),
              hint: t("input.realisedHint"),
              inputMode: "decimal",
            },
            { name: "currency", label: t("input.currency"), initial: "IDR" },
            {
              name: "exchangeRate",
              label: t("input.exchangeRate"),
              hint: t("input.exchangeRateHint"),
              inputMode: "decimal",
            },
            { name: "workersLocal", label: t("input.workersLocal"), type: "number", initial: "0" },
            { name: "workersForeign", label: t("input.workersForeign"), type: "number", initial: "0" },
            {
              name: "reportedOn",
              label: t("input.reportedOn"),
              hint: t("input.reportedOnHint"),
              type: "date",
              max: today,
            },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="lkpm-import-title">
        <h2 id="lkpm-import-title">{t("input.importTitle")}</h2>
        <p className="small muted">{t("input.importIntro")}</p>
        <TemplateLink kind="realisations" label={common.t("downloadTemplate")} />
        <RealisationImportForm
          action={importRealisationsAction}
          labels={textsFor(t, "input", ["file", "import", "imported", "errors", "location", "reason"])}
        />
      </section>
    </div>
  );
}
