import type { ReactNode } from "react";
import Link from "next/link";
import { requireSignedIn } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { navFor } from "@/lib/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const dynamic = "force-dynamic";

/** Every staff page (/staf, /dashboard) sits behind a session; each page also checks its own capability. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedIn("/staf");
  const { t } = await getTranslator("common");
  return (
    <div className="staff-shell">
      <nav className="staff-nav" aria-label={t("staffArea")}>
        <div className="who">
          <strong>{user.name}</strong>
          <br />
          <span data-testid="current-role">{t(`roles.${user.role}`)}</span>
          {user.agency && (
            <>
              <br />
              <span className="muted">{user.agency}</span>
            </>
          )}
        </div>
        <ul>
          {navFor(user.role).map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{t(item.labelKey)}</Link>
            </li>
          ))}
          <li>
            <SignOutButton label={t("signOut")} />
          </li>
        </ul>
      </nav>
      <div>{children}</div>
    </div>
  );
}
