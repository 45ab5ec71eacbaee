import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format/format";

export const dynamic = "force-dynamic";

type Props = { searchParams?: Promise<{ jalankan?: string }> };

/** Staff-only consistency check: runs when asked (?jalankan=1), read-only; the same as `npm run verify`. */
export default async function ConsistencyPage({ searchParams }: Props) {
  await requirePageCapability("runConsistencyCheck", "/staf/admin/konsistensi");
  const { t, locale } = await getTranslator("admin");
  const shouldRun = (await searchParams)?.jalankan === "1";
  const report = shouldRun ? await runConsistencyCheck() : null;
  return (
    <div className="stack">
      <h1>{t("consistency.title")}</h1>
      <p className="muted">{t("consistency.intro")}</p>
      <form method="get" action="/staf/admin/konsistensi">
        <input type="hidden" name="jalankan" value="1" />
        <button className="btn" type="submit">
          {t("consistency.run")}
        </button>
      </form>
      {!report ? (
        <p>{t("consistency.notRun")}</p>
      ) : (
        <>
          <p
            role="status"
            className={report.differenceCount === 0 ? "alert-ok" : "alert-error"}
            data-testid="consistency-result"
          >
            {report.differenceCount === 0
              ? t("consistency.ok", { ms: report.durationMs })
              : t("consistency.found", { n: report.differenceCount })}
          </p>
          <DataTable
            label={t("consistency.title")}
            testId="consistency-sections"
            rows={report.sections}
            rowKey={(s) => s.name}
            rowHeader
            isFlagged={(s) => s.differenceCount > 0}
            columns={[
              { header: t("consistency.section"), cell: (s) => t(`consistency.sections.${s.name}`) },
              { header: t("consistency.rawRows"), cell: (s) => formatCount(s.rawRows, locale) },
              { header: t("consistency.storedRows"), cell: (s) => formatCount(s.storedRows, locale) },
              { header: t("consistency.differences"), cell: (s) => formatCount(s.differenceCount, locale) },
            ]}
          />
          {report.sections
            .filter((s) => s.differences.length > 0)
            .map((s) => (
              <DataTable
                key={s.name}
                caption={t(`consistency.sections.${s.name}`)}
                rows={s.differences}
                rowKey={(d, i) => `${d.key}/${d.column}/${i}`}
                columns={[
                  { header: t("consistency.key"), cell: (d) => <code>{d.key}</code> },
                  { header: t("consistency.column"), cell: (d) => d.column },
                  { header: t("consistency.recomputed"), cell: (d) => String(d.expected ?? "—") },
                  { header: t("consistency.stored"), cell: (d) => String(d.stored ?? "—") },
                ]}
              />
            ))}
        </>
      )}
    </div>
  );
}
