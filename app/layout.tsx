import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getTranslator } from "@/lib/i18n/server";
import { getPublicOrigin } from "@/lib/site/public-url";
import { getSetting } from "@/lib/settings/settings";
import { getCurrentUser } from "@/lib/auth/session";
import { SiteHeader } from "@/components/layout/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator("common");
  const officeName = await getSetting("office.name");
  return {
    metadataBase: new URL(await getPublicOrigin()),
    title: { default: `${t("appName")} — ${officeName}`, template: `%s · ${t("appName")}` },
    description: t("tagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5c7a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getTranslator("common");
  const [user, officeName] = await Promise.all([getCurrentUser(), getSetting("office.name")]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        <SiteHeader t={t} locale={locale} officeName={officeName} signedIn={!!user} />
        <main id="content">{children}</main>
        <footer className="site-footer">
          <div className="inner">
            {officeName} · {t("tagline")}
          </div>
        </footer>
      </body>
    </html>
  );
}
