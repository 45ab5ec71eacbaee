import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { getEvidencePack } from "@/lib/evidence/queries";
import { EVIDENCE_ITEMS, EVIDENCE_LOCATIONS } from "@/lib/evidence/pack";
import { gapText } from "@/lib/evidence/gap-text";
import { canOpen } from "@/lib/navigation";
import { SelectField } from "@/components/ui/field";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Paket bukti evaluasi / Evaluation evidence pack" };

/** The yearly evidence pack for the PEKPPP evaluators and the Ombudsman: each item, where it lives, its gaps. */
export default async function EvidencePackPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const user = await requirePageCapability("viewEvidencePack", "/staf/admin/bukti");
  const { t, locale } = await getTranslator("evidence");
  const today = toWibDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const requested = Number((await searchParams).tahun);
  const year = Number.isInteger(requested) && requested >= thisYear - 5 && requested <= thisYear ? requested : thisYear;
  const pack = await getEvidencePack(year, today);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form method="get" className="period-form no-print">
        <SelectField
          id="tahun"
          name="tahun"
          label={t("year")}
          defaultValue={String(year)}
          options={Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
        />
        <button className="btn" type="submit">
          {t("show")}
        </button>
      </form>
      <p>
        <a className="btn" href={`/api/v1/evidence-pack/${year}`} data-testid="evidence-pdf" download>
          {t("downloadPdf")}
        </a>
      </p>
      <ol className="stack">
        {EVIDENCE_ITEMS.map((id) => {
          const status = pack.status[id];
          return (
            <li key={id} className="card stack" data-testid={`evidence-${id}`}>
              <h2>
                {t(`sections.${id}`)}{" "}
                <span className={status.isComplete ? "badge badge-ok" : "badge badge-bad"}>
                  {status.isComplete ? t("complete") : t("incomplete")}
                </span>
              </h2>
              <p className="small">
                {t("where")}:{" "}
                {EVIDENCE_LOCATIONS[id].map((href, i) => (
                  <span key={href}>
                    {i > 0 ? ", " : ""}
                    {/* A page the reader's role cannot open is named, not linked (no link ends in a 403). */}
                    {canOpen(user.role, href) ? <Link href={href}>{href}</Link> : <code>{href}</code>}
                  </span>
                ))}
              </p>
              {status.gaps.length > 0 ? (
                <>
                  <h3 className="small">{t("gaps")}</h3>
                  <ul>
                    {status.gaps.map((gap, i) => (
                      <li key={i}>{gapText(t, gap, locale)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
