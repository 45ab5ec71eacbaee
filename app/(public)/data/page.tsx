import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format/format";
import { OPEN_DATA_DATASET_IDS, OPEN_DATA_DATASETS } from "@/lib/open-data/datasets";
import { getOpenDataDocuments } from "@/lib/open-data/queries";
import { ScrollTable } from "@/components/ui/scroll-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator("openData");
  return { title: t("title") };
}

/** /data: the published figures as open datasets (anonymous), with their metadata and downloads. */
export default async function OpenDataPage() {
  const { t, locale } = await getTranslator("openData");
  const documents = await getOpenDataDocuments();
  const minN = documents.ikm.metadata.minimum_n;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro", { minN })}</p>
      <p className="small muted">{t("api", { url: "/api/v1/open-data" })}</p>
      {OPEN_DATA_DATASET_IDS.map((id) => {
        const { metadata, data } = documents[id];
        const definition = OPEN_DATA_DATASETS[id];
        const latest = data.filter((row) => row.periode_akhir === data.at(-1)?.periode_akhir).slice(0, 8);
        return (
          <section key={id} className="card stack" aria-labelledby={`dataset-${id}`} data-testid={`dataset-${id}`}>
            <h2 id={`dataset-${id}`}>{locale === "en" ? definition.title.en : definition.title.id}</h2>
            <p>{locale === "en" ? definition.description.en : definition.description.id}</p>
            <dl className="small">
              <dt>{t("unit")}</dt>
              <dd>{locale === "en" ? definition.unit.en : definition.unit.id}</dd>
              <dt>{t("frequency")}</dt>
              <dd>{locale === "en" ? definition.frequency.en : definition.frequency.id}</dd>
              <dt>{t("source")}</dt>
              <dd>{metadata.sumber}</dd>
              <dt>{t("licence")}</dt>
              <dd>
                <a href={metadata.lisensi.url}>{metadata.lisensi.title}</a>
              </dd>
            </dl>
            <p className="small">
              {t("rows", { count: data.length })} ·{" "}
              {metadata.terakhir_diperbarui
                ? t("lastUpdated", { date: formatDate(new Date(metadata.terakhir_diperbarui), locale) })
                : t("never")}
            </p>
            <p>
              {t("downloads")}: <a href={`/api/v1/open-data/${id}.csv`}>{t("csv")}</a> ·{" "}
              <a href={`/api/v1/open-data/${id}.json`}>{t("json")}</a> ·{" "}
              <a href={`/api/v1/open-data/${id}.schema.json`}>{t("schema")}</a>
            </p>
            {latest.length > 0 && (
              <ScrollTable>
                <table>
                  <caption>{t("preview")}</caption>
                  <thead>
                    <tr>
                      {metadata.kolom.map((column) => (
                        <th key={column} scope="col">
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {latest.map((row, index) => (
                      <tr key={index}>
                        {metadata.kolom.map((column) => (
                          <td key={column}>{String((row as Record<string, unknown>)[column] ?? "")}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            )}
          </section>
        );
      })}
    </div>
  );
}
