import Link from "next/link";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";

/** Site header shared by public and staff pages: brand, main links, language switch, sign-in. */
export function SiteHeader({
  t,
  locale,
  officeName,
  signedIn,
}: {
  t: Translator;
  locale: Locale;
  officeName: string;
  signedIn: boolean;
}) {
  const other = locale === "id" ? "en" : "id";
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          {t("appName")} <small>{officeName}</small>
        </Link>
        <nav className="header-nav" aria-label={t("home")}>
          <Link href="/layanan">{t("services")}</Link>
          <Link href="/laporan">{t("reports")}</Link>
          <Link href="/data">{t("openData")}</Link>
          <Link href="/pengaduan">{t("complaints")}</Link>
          <Link href={signedIn ? "/staf" : "/masuk"}>{signedIn ? t("staffArea") : t("signIn")}</Link>
          <a
            className="lang"
            href={`/bahasa?ke=${other}`}
            hrefLang={other}
            lang={other}
            aria-label={t("switchToLabel")}
          >
            {t("switchTo")}
          </a>
        </nav>
      </div>
    </header>
  );
}
