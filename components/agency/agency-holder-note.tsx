import { formatDate } from "@/lib/format/format";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { AgencyStageClock } from "@/lib/applications/agency-clock";
import { AgencyClockBadge } from "./agency-clock-badge";

/** On the office's view of a file: which technical agency holds it, since when and until when (issue 20). */
export function AgencyHolderNote({
  holder,
  t,
  locale,
}: {
  holder: { agency: string; clock: AgencyStageClock } | null;
  t: Translator;
  locale: Locale;
}) {
  if (!holder) return null;
  return (
    <p className="alert alert-info" data-testid="agency-holder">
      {t("holder.text", {
        agency: holder.agency,
        since: formatDate(holder.clock.startDay, locale),
        due: formatDate(holder.clock.dueDate, locale),
      })}{" "}
      <AgencyClockBadge clock={holder.clock} t={t} />
    </p>
  );
}
