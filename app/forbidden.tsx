import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator("common");
  return (
    <div className="card">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <Link href="/staf">{t("staffArea")}</Link>
    </div>
  );
}
