import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { parsePeriodKey, periodOf, previousPeriod } from "@/lib/periods/periods";
import { formatDate } from "@/lib/format/format";
import { getPeriodElementsForPlanning, listFollowUpActions } from "@/lib/follow-up/queries";
import { isFollowUpStatus, isOverdueFollowUp, FOLLOW_UP_STATUSES } from "@/lib/follow-up/rules";
import { basisLabel } from "@/lib/follow-up/labels";
import { FollowUpStatusBadge } from "@/components/follow-up/status-badge";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tindak lanjut SKM / SKM follow-up" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function FollowUpListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageCapability("viewFollowUpActions", "/staf/tindak-lanjut");
  const sp = await searchParams;
  const { t, locale } = await getTranslator("followUp");
  const today = toWibDate(new Date());
  const lastQuarter = previousPeriod(periodOf("quarter", today));
  const periodOptions = [periodOf("quarter", today), lastQuarter, previousPeriod(lastQuarter)];
  const requested = parsePeriodKey(one(sp.periode) ?? "");
  const period = requested && requested.kind !== "custom" ? requested : null;
  const requestedStatus = one(sp.status);
  const status = isFollowUpStatus(requestedStatus) ? requestedStatus : undefined;
  const mine = one(sp.milik) === "saya";
  const isManager = can(user.role, "manageFollowUpActions");
  const planning = isManager ? (period ?? lastQuarter) : null;
  const [actions, elements] = await Promise.all([
    listFollowUpActions({
      periodKey: period?.key,
      status,
      ownerUserId: mine ? user.id : undefined,
    }),
    planning ? getPeriodElementsForPlanning(planning) : null,
  ]);
  const label = (p: { labelId: string; labelEn: string }) => (locale === "en" ? p.labelEn : p.labelId);
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("title")}</h1>
        {isManager ? (
          <Link className="btn" href="/staf/tindak-lanjut/baru">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t("intro")}</p>
      {planning && elements ? (
        <section className="card stack" aria-labelledby="planning-title" data-testid="follow-up-planning">
          <h2 id="planning-title">{t("planningTitle", { period: label(planning) })}</h2>
          {elements.elements.length === 0 ? (
            <p>{t("planningNoData")}</p>
          ) : (
            <>
              <p className="muted small">{t("planningHint", { n: elements.respondents })}</p>
              <ol>
                {elements.elements.slice(0, 5).map((e) => (
                  <li key={e.code}>
                    {e.code} {locale === "en" ? e.nameEn : e.name} — NRR{" "}
                    {e.nrr.toFixed(2).replace(".", locale === "en" ? "." : ",")}{" "}
                    {e.isWeakest ? <span className="badge badge-warn">{t("weakestBadge")}</span> : null}{" "}
                    {e.actions > 0 ? (
                      <span className="muted small">({t("actionsExisting", { n: e.actions })})</span>
                    ) : null}{" "}
                    <Link
                      href={`/staf/tindak-lanjut/baru?periode=${planning.key}&dasar=element&kode=${e.code}`}
                      data-testid={`plan-${e.code}`}
                    >
                      {t("createFor", { code: e.code })}
                    </Link>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ) : null}
      <form method="get" className="period-form no-print">
        <div className="field">
          <label htmlFor="periode">{t("filterPeriod")}</label>
          <select id="periode" name="periode" defaultValue={period?.key ?? ""}>
            <option value="">{t("allPeriods")}</option>
            {periodOptions.map((p) => (
              <option key={p.key} value={p.key}>
                {label(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">{t("filterStatus")}</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="row" style={{ gap: "0.25rem" }}>
          <input type="checkbox" name="milik" value="saya" defaultChecked={mine} /> {t("filterMine")}
        </label>
        <button className="btn" type="submit">
          {t("show")}
        </button>
      </form>
      {actions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable>
          <table data-testid="follow-up-table">
            <thead>
              <tr>
                <th scope="col">{t("colPeriod")}</th>
                <th scope="col">{t("colBasis")}</th>
                <th scope="col">{t("colTitle")}</th>
                <th scope="col">{t("colOwner")}</th>
                <th scope="col">{t("colDue")}</th>
                <th scope="col">{t("colStatus")}</th>
                <ColumnHeader num>{t("colEvidence")}</ColumnHeader>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.periodKey}</td>
                  <td>{basisLabel(a.sourceKind, a.sourceCode, locale)}</td>
                  <td>
                    <Link href={`/staf/tindak-lanjut/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>{[a.ownerName, a.ownerUnit].filter(Boolean).join(" · ")}</td>
                  <td>{formatDate(a.dueDay, locale)}</td>
                  <td>
                    <FollowUpStatusBadge
                      status={a.status}
                      label={t(`statuses.${a.status}`)}
                      overdueLabel={isOverdueFollowUp(a, today) ? t("overdue") : undefined}
                    />
                  </td>
                  <td className="num">{a.attachmentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
