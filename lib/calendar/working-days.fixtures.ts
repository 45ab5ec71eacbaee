/** The 2025–2026 holidays and calendars shared by the working-day unit tests (not a test file itself). */
import { createWorkCalendar, type HolidayEntry } from "./working-days";

// Rows copied from the SKB lists (domain reference §6, holidays-id-2025-2026.csv).
export const HOLIDAYS: HolidayEntry[] = [
  { date: "2025-03-28", kind: "cuti_bersama", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2025-03-29", kind: "libur_nasional", name: "Hari Suci Nyepi Tahun Baru Saka 1947" },
  { date: "2025-03-31", kind: "libur_nasional", name: "Idulfitri 1446 H" },
  { date: "2025-04-01", kind: "libur_nasional", name: "Idulfitri 1446 H" },
  { date: "2025-04-02", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-03", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-04", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-07", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2025-04-18", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
  { date: "2025-04-20", kind: "libur_nasional", name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2025-12-25", kind: "libur_nasional", name: "Kelahiran Yesus Kristus" },
  { date: "2025-12-26", kind: "cuti_bersama", name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2026-01-01", kind: "libur_nasional", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", kind: "libur_nasional", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-16", kind: "cuti_bersama", name: "Cuti Bersama Tahun Baru Imlek" },
  { date: "2026-02-17", kind: "libur_nasional", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", kind: "cuti_bersama", name: "Cuti Bersama Hari Suci Nyepi" },
  { date: "2026-03-19", kind: "libur_nasional", name: "Hari Suci Nyepi Tahun Baru Saka 1948" },
  { date: "2026-03-20", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-03-21", kind: "libur_nasional", name: "Idulfitri 1447 H" },
  { date: "2026-03-22", kind: "libur_nasional", name: "Idulfitri 1447 H" },
  { date: "2026-03-23", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-03-24", kind: "cuti_bersama", name: "Cuti Bersama Idulfitri" },
  { date: "2026-04-03", kind: "libur_nasional", name: "Wafat Yesus Kristus" },
  { date: "2026-12-24", kind: "cuti_bersama", name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2026-12-25", kind: "libur_nasional", name: "Kelahiran Yesus Kristus" },
];

export const calendar = createWorkCalendar(HOLIDAYS);
export const calendarCutiWorks = createWorkCalendar(HOLIDAYS, { cutiBersamaStopsClock: false });
