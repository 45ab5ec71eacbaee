import { formatRupiah } from "@/lib/format/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { getPublicServiceStandard } from "@/lib/reference/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lt = await getPublicServiceStandard(decodeURIComponent((await params).code));
  return { title: lt ? lt.name : "Layanan" };
}

export default async function ServiceStandardPage({ params }: Props) {
  const lt = await getPublicServiceStandard(decodeURIComponent((await params).code));
  if (!lt || !lt.active) notFound();
  const { t, locale } = await getTranslator("portal");
  const { t: tc } = await getTranslator("common");
  const lines = (text: string) => text.split("\n").filter((l) => l.trim());
  return (
    <article className="stack">
      <p>
        <Link href="/layanan">← {t("backToServices")}</Link>
      </p>
      <h1>{locale === "id" ? lt.name : lt.nameEn}</h1>
      {!lt.standardPublished ? (
        <p className="alert alert-warn">{t("notPublished")}</p>
      ) : (
        <div className="stack">
          <div className="grid">
            <div className="card">
              <div className="muted">{t("sla")}</div>
              <div className="kpi-value">{t("daysValue", { days: lt.slaDays })}</div>
            </div>
            <div className="card">
              <div className="muted">{t("tariff")}</div>
              <div className="kpi-value">{lt.tariff === 0 ? tc("free") : formatRupiah(lt.tariff, locale)}</div>
            </div>
          </div>
          <section className="card">
            <h2>{t("requirements")}</h2>
            <ol>
              {lines(lt.requirements).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ol>
          </section>
          <section className="card">
            <h2>{t("procedure")}</h2>
            <ol>
              {lines(lt.procedure).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ol>
          </section>
          <section className="card">
            <h2>{t("product")}</h2>
            <p>{lt.product}</p>
          </section>
          <section className="card">
            <h2>{t("complaintHandling")}</h2>
            <p>{lt.complaintHandling}</p>
          </section>
          <section className="card">
            <h2>{t("agency")}</h2>
            <p>{lt.agency}</p>
          </section>
        </div>
      )}
    </article>
  );
}
