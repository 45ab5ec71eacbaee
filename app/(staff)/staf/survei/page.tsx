import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { getPublicOrigin } from "@/lib/site/public-url";

export default async function SurveyCollectionPage() {
  const user = await requirePageCapability("createInvitations", "/staf/survei");
  const { t } = await getTranslator("survey");
  const base = await getPublicOrigin();
  return (
    <div className="stack">
      <h1>{t("staff.hubTitle")}</h1>
      <p className="muted">{t("staff.hubIntro")}</p>
      <ul className="stack">
        <li>
          <Link href="/staf/survei/undangan/baru">{t("staff.newInvitation")}</Link>
        </li>
        {can(user.role, "enterPaperSurveys") && (
          <li>
            <Link href="/staf/survei/kertas">{t("staff.paperTitle")}</Link>
          </li>
        )}
        {can(user.role, "manageSettings") && (
          <li>
            <Link href="/staf/survei/kiosk">{t("staff.kioskTitle")}</Link>
          </li>
        )}
        {can(user.role, "manageSettings") && (
          <li>
            <Link href="/staf/survei/pertanyaan">{t("staff.extraTitle")}</Link>
          </li>
        )}
        {can(user.role, "importData") && (
          <li>
            <Link href="/staf/survei/impor">{t("staff.importTitle")}</Link>
          </li>
        )}
        <li>
          {t("staff.publicLinkLabel")}:{" "}
          <a href="/survei">
            <code>{base}/survei</code>
          </a>
        </li>
      </ul>
    </div>
  );
}
