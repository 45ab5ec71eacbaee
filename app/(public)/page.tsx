import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getSettings } from "@/lib/settings/settings";
import { listLicenseTypes } from "@/lib/reference/queries";

export const dynamic = "force-dynamic";

/** Public portal home: the office, its vision and charter, how to complain, and the services. */
export default async function HomePage() {
  const { t } = await getTranslator("portal");
  const [settings, types] = await Promise.all([
    getSettings(["office.name", "office.address", "office.smsNumber", "office.maklumat", "office.maklumatPublished"]),
    listLicenseTypes({ activeOnly: true }),
  ]);
  const published = types.filter((lt) => lt.standardPublished).length;
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
        <p className="muted small">{t("servicesCount", { count: published })}</p>
      </section>
      {settings["office.maklumatPublished"] === "true" && (
        <section className="card" aria-labelledby="maklumat">
          <h2 id="maklumat">{t("maklumatTitle")}</h2>
          <blockquote style={{ margin: 0, fontStyle: "italic" }}>{settings["office.maklumat"]}</blockquote>
          <p className="muted small">{settings["office.name"]}</p>
        </section>
      )}
      <section className="card" aria-labelledby="complain">
        <h2 id="complain">{t("complainTitle")}</h2>
        <ul>
          <li>{t("complainSms", { number: settings["office.smsNumber"] })}</li>
          <li><Link href="/pengaduan">{t("complainWeb")}</Link></li>
          <li>{t("complainOffice", { address: settings["office.address"] })}</li>
        </ul>
      </section>
    </div>
  );
}
