import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { PersonMonth } from "./_components/person-month";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kehadiran saya / My attendance" };

export default async function MyAttendancePage({ searchParams }: { searchParams: Promise<{ bulan?: string }> }) {
  const user = await requirePageCapability("viewOwnAttendance", "/staf/kehadiran");
  const { bulan } = await searchParams;
  const { t } = await getTranslator("attendance");
  return (
    <div className="stack">
      {can(user.role, "viewAttendance") && (
        <p>
          <Link href="/staf/kehadiran/rekap">{t("mine.overviewLink")}</Link>
        </p>
      )}
      <PersonMonth userId={user.id} requestedMonth={typeof bulan === "string" ? bulan : undefined} isOwn />
    </div>
  );
}
