import Link from "next/link";
import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { navFor } from "@/lib/navigation";

export default async function StaffHome() {
  const user = await requireSignedIn("/staf");
  // A technical agency's staff have one page: their recommendation queue.
  if (can(user.role, "viewAgencyQueue")) redirect("/staf/rekomendasi");
  const { t } = await getTranslator("common");
  const { t: ta } = await getTranslator("admin");
  const links = navFor(user.role).filter((i) => i.href !== "/staf");
  return (
    <div className="stack">
      <h1>{ta("welcome", { name: user.name })}</h1>
      <p className="muted">{ta(`roleIntro.${user.role}`)}</p>
      <div className="grid">
        {links.map((item) => (
          <Link key={item.href} href={item.href} className="card" style={{ textDecoration: "none" }}>
            <strong>{t(item.labelKey)}</strong>
          </Link>
        ))}
      </div>
    </div>
  );
}
