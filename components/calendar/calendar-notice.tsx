import Link from "next/link";
import type { CalendarWarning } from "@/lib/calendar/coverage";
import { getTranslator } from "@/lib/i18n/server";

/**
 * The visible notice for computations that touched a year without a holiday list, or with a provisional one
 * (issue 13): "hari libur 2027 belum diisi — tenggat dihitung tanpa hari libur". Renders nothing when all is well.
 */
export async function CalendarNotice({
  warnings,
  showAdminLink = false,
}: {
  warnings: readonly CalendarWarning[];
  showAdminLink?: boolean;
}) {
  if (warnings.length === 0) return null;
  const { t } = await getTranslator("common");
  const isMissing = warnings.some((w) => w.code === "HOLIDAYS_MISSING");
  return (
    <div className={isMissing ? "alert alert-warn" : "alert alert-info"} role="status" data-testid="calendar-notice">
      <strong>{t("calendar.noticeTitle")}:</strong>{" "}
      {warnings.map((w, index) => (
        <span key={`${w.code}-${w.year}`} data-code={w.code}>
          {index > 0 ? "; " : ""}
          {t(w.code === "HOLIDAYS_MISSING" ? "calendar.missing" : "calendar.provisional", { year: w.year })}
        </span>
      ))}
      {showAdminLink && (
        <>
          {" "}
          <Link href="/staf/admin/hari-libur">{t("calendar.adminLink")}</Link>
        </>
      )}
    </div>
  );
}
