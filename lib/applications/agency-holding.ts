/**
 * What the technical agencies hold now (issue 15's "who has the ball" at a million files), pure: the files waiting
 * in the recommendation stage arrive as groups — licence type and start day with a count, for files not returned
 * during the stage (their agency clock depends on nothing else) — plus, one by one, the few files with a return in
 * the stage (their clock needs their pauses). Each group gets the clock of its files; the most overdue files are
 * chosen by remaining working days, then by the time they entered the stage.
 */
import type { WorkCalendar } from "../calendar/working-days";
import { agencyClockFrom, type AgencyStageClock } from "./agency-clock";

export type WaitingGroup = { licenseTypeId: number; startDay: string; count: number };
export type HoldingLicenseType = { id: number; code: string; agency: string; agencySlaDays: number };

/** Files of one group (or one file) with their common agency clock. */
export type WaitingUnit = {
  licenseTypeId: number;
  licenseType: string;
  agency: string;
  count: number;
  clock: AgencyStageClock;
  /** Set for a file listed one by one (returned during the stage). */
  file?: { registrationNo: string };
};

/** One overdue file as the dashboards list it. */
export type OverdueRecommendation = {
  registrationNo: string;
  licenseType: string;
  agency: string;
  startDay: string;
  dueDate: string;
  daysOver: number;
};

/** The clock of each group's files: entering the stage on its start day, never returned since. */
export function groupUnits(
  cal: WorkCalendar,
  groups: readonly WaitingGroup[],
  types: ReadonlyMap<number, HoldingLicenseType>,
  today: string,
): WaitingUnit[] {
  const units: WaitingUnit[] = [];
  for (const group of groups) {
    const type = types.get(group.licenseTypeId);
    if (!type || group.count <= 0) continue;
    // The clock reads only the WIB day of the start: noon WIB of that day stands for any instant in it.
    const clock = agencyClockFrom(cal, {
      stageStartedAt: new Date(`${group.startDay}T12:00:00+07:00`),
      endDay: null,
      pauses: [],
      agencySlaDays: type.agencySlaDays,
      today,
    });
    units.push({ licenseTypeId: type.id, licenseType: type.code, agency: type.agency, count: group.count, clock });
  }
  return units;
}

/**
 * Which groups hold the `limit` most overdue files: every overdue group whose remaining days are at or below the
 * threshold, the remaining days of the `limit`-th most overdue file (files listed one by one count too). Reading at
 * most `limit` files of each of them, earliest into the stage first, is enough to find the first `limit`.
 */
export function overdueSelection(units: readonly WaitingUnit[], limit: number) {
  const overdue = units.filter((unit) => unit.clock.isOverdue);
  const sorted = [...overdue].sort((a, b) => a.clock.remainingWorkingDays - b.clock.remainingWorkingDays);
  let taken = 0;
  let threshold: number | null = null;
  for (const unit of sorted) {
    if (taken >= limit) break;
    taken += unit.count;
    threshold = unit.clock.remainingWorkingDays;
  }
  return {
    count: overdue.reduce((sum, unit) => sum + unit.count, 0),
    groups:
      threshold === null
        ? []
        : overdue.filter((unit) => !unit.file && unit.clock.remainingWorkingDays <= (threshold as number)),
  };
}

/** The overdue files, most overdue first (then the earliest into the stage, then by number), the first `limit`. */
export function mostOverdue(
  files: readonly { unit: WaitingUnit; registrationNo: string; stageStartedAt: Date }[],
  limit: number,
): OverdueRecommendation[] {
  return [...files]
    .filter((file) => file.unit.clock.isOverdue)
    .sort(
      (a, b) =>
        a.unit.clock.remainingWorkingDays - b.unit.clock.remainingWorkingDays ||
        a.stageStartedAt.getTime() - b.stageStartedAt.getTime() ||
        a.registrationNo.localeCompare(b.registrationNo),
    )
    .slice(0, limit)
    .map(({ unit, registrationNo }) => ({
      registrationNo,
      licenseType: unit.licenseType,
      agency: unit.agency,
      startDay: unit.clock.startDay,
      dueDate: unit.clock.dueDate,
      daysOver: -unit.clock.remainingWorkingDays,
    }));
}
