import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getTranslator("portal");
  return (
    <div className="stack">
      <section className="card">
        <h1>{t("heroTitle")}</h1>
        <p>{t("heroBody")}</p>
        <p><strong>{t("vision")}</strong></p>
        <div className="row">
          <Link className="btn" href="/layanan">{t("servicesTitle")}</Link>
          <Link className="btn btn-secondary" href="/pengaduan">{t("howToComplain")}</Link>
        </div>
      </section>
    </div>
  );
}
