import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { agingBucketOf, filesInAgingBucket, openAgeWorkingDays } from "./open-age";

// Today Friday 21 August 2026; Monday 17 August is a holiday (Proklamasi Kemerdekaan). Ages count the working days
// after the clock's start day up to today, less the paused ones. Hand-computed:
// A started Thu 20 Aug: 21 Aug = 1 → "0-5"
// B started Thu 13 Aug: 14, 18, 19, 20, 21 Aug (17 is the holiday) = 5 → "0-5" (6 without the holiday)
// C started Wed 12 Aug: 13, 14, 18–21 Aug = 6 → "6-10"
// D started Wed 12 Aug, 1 day paused in a closed return: 6 − 1 = 5 → "0-5"
// E started Fri 31 Jul: 3–7, 10–14, 18–21 Aug = 14, returned since Tue 18 Aug (18–21 = 4 paused) = 10 → "6-10"
// F started Wed 1 Jul: 2–3, 6–31 Jul (22) + 14 in August = 36 → ">20"
// G started today: 0 → "0-5"
const cal = createWorkCalendar([{ date: "2026-08-17", kind: "libur_nasional", name: "Proklamasi Kemerdekaan" }]);
const TODAY = "2026-08-21";
const file = (registrationNo: string, clockStartDay: string, pausedDays = 0, pausedSince: string | null = null) => ({
  registrationNo,
  clockStartDay,
  pausedDays,
  pausedSince,
});
const FILES = [
  file("A", "2026-08-20"),
  file("B", "2026-08-13"),
  file("C", "2026-08-12"),
  file("D", "2026-08-12", 1),
  file("E", "2026-07-31", 0, "2026-08-18"),
  file("F", "2026-07-01"),
  file("G", "2026-08-21"),
];

describe("openAgeWorkingDays", () => {
  it("counts working days after the start, skipping the holiday, less closed and open pauses", () => {
    expect(FILES.map((f) => openAgeWorkingDays(cal, f, TODAY))).toEqual([1, 5, 6, 5, 10, 36, 0]);
  });
  it("never goes below 0 (more paused days than run)", () => {
    expect(openAgeWorkingDays(cal, file("H", "2026-08-20", 3), TODAY)).toBe(0);
  });
});

describe("aging buckets of open files", () => {
  it("puts each file in the bucket of its age, with the bounds inclusive", () => {
    expect(FILES.map((f) => agingBucketOf(cal, f, TODAY))).toEqual(["0-5", "0-5", "6-10", "0-5", "6-10", ">20", "0-5"]);
  });
  it("picks exactly the files of a bar", () => {
    expect(filesInAgingBucket(cal, FILES, "0-5", TODAY)).toEqual(["A", "B", "D", "G"]);
    expect(filesInAgingBucket(cal, FILES, "6-10", TODAY)).toEqual(["C", "E"]);
    expect(filesInAgingBucket(cal, FILES, "11-20", TODAY)).toEqual([]);
    expect(filesInAgingBucket(cal, FILES, ">20", TODAY)).toEqual(["F"]);
  });
  it("moves a file to the next bucket the next working day, not over the weekend", () => {
    expect(agingBucketOf(cal, file("B", "2026-08-13"), "2026-08-23")).toBe("0-5"); // Sunday: still 5
    expect(agingBucketOf(cal, file("B", "2026-08-13"), "2026-08-24")).toBe("6-10"); // Monday: 6
  });
});
