import { describe, expect, it } from "vitest";
import {
  agingBarLinks,
  durationBarLink,
  feeDiscrepancyListHref,
  licenseTypeBarLink,
  monthPointLink,
  overdueListHref,
  processingChartLinks,
} from "./chart-links";
import { parseFeeDiscrepancyFilter, parseFinishedFilesFilter, parseOpenAgeFilter, parseOverdueFilter } from "./schemas";

const context = {
  from: "2025-01-15",
  to: "2026-12-06",
  licenseType: null,
  kecamatan: "35.71.02",
  locale: "id" as const,
};

describe("licenseTypeBarLink", () => {
  it("opens the dashboard for that licence type over the same days and kecamatan", () => {
    expect(
      licenseTypeBarLink(
        context,
        { licenseType: "PBG", name: "Persetujuan Bangunan Gedung", onTimeRate: 0.812 },
        "Tepat waktu",
      ),
    ).toEqual({
      href: "/staf/waktu-proses?dari=2025-01-15&sampai=2026-12-06&licenseType=PBG&kecamatan=35.71.02",
      name: "Persetujuan Bangunan Gedung: Tepat waktu 81,2\u00a0% — buka rincian",
    });
  });

  it("names a licence type without finished files with a dash, in English for English readers", () => {
    const en = { ...context, kecamatan: null, locale: "en" as const };
    expect(
      licenseTypeBarLink(en, { licenseType: "SIP", name: "Practice permit", onTimeRate: null }, "On time"),
    ).toEqual({
      href: "/staf/waktu-proses?dari=2025-01-15&sampai=2026-12-06&licenseType=SIP",
      name: "Practice permit: On time — — open details",
    });
  });
});

describe("monthPointLink", () => {
  const series = { completed: "Selesai", onTime: "Tepat waktu" };
  it("opens the month's days inside the range, keeping licence type and kecamatan", () => {
    const filtered = { ...context, licenseType: "PBG" };
    expect(
      monthPointLink(filtered, { month: "2025-01", label: "Januari 2025", completed: 1234, onTimeRate: 0.5 }, series),
    ).toEqual({
      href: "/staf/waktu-proses?dari=2025-01-15&sampai=2025-01-31&licenseType=PBG&kecamatan=35.71.02",
      name: "Januari 2025: Selesai 1.234, Tepat waktu 50,0\u00a0% — buka rincian",
    });
    expect(
      monthPointLink(filtered, { month: "2026-12", label: "Desember 2026 *", completed: 21, onTimeRate: 1 }, series)
        ?.href,
    ).toBe("/staf/waktu-proses?dari=2026-12-01&sampai=2026-12-06&licenseType=PBG&kecamatan=35.71.02");
  });

  it("gives no link for a month outside the range", () => {
    expect(
      monthPointLink(context, { month: "2024-12", label: "x", completed: 0, onTimeRate: null }, series),
    ).toBeUndefined();
  });
});

describe("processingChartLinks", () => {
  it("gives one link per licence type and per month, in row order", () => {
    const links = processingChartLinks(
      context,
      {
        types: [{ licenseType: "PBG", name: "PBG", onTimeRate: 1 }],
        months: [
          { month: "2024-12", label: "Desember 2024", completed: 1, onTimeRate: 1 },
          { month: "2025-02", label: "Februari 2025", completed: 3, onTimeRate: 0 },
        ],
      },
      { completed: "Selesai", onTime: "Tepat waktu" },
    );
    expect(links.types.map((link) => link.href)).toEqual([
      "/staf/waktu-proses?dari=2025-01-15&sampai=2026-12-06&licenseType=PBG&kecamatan=35.71.02",
    ]);
    expect(links.months.map((link) => link?.href)).toEqual([
      undefined,
      "/staf/waktu-proses?dari=2025-02-01&sampai=2025-02-28&kecamatan=35.71.02",
    ]);
  });
});

describe("durationBarLink", () => {
  const bar = { key: "6-10" as const, count: 1234 };
  it("opens the files finished in the same days in that many working days, keeping kecamatan", () => {
    expect(durationBarLink(context, bar, "Jumlah", true)).toEqual({
      href: "/staf/permohonan?selesaiDari=2025-01-15&selesaiSampai=2026-12-06&hari=6-10&kecamatan=35.71.02",
      name: "6–10 hari kerja: Jumlah 1.234 — buka rincian",
    });
  });
  it("names the open-ended bucket in English and keeps the licence type", () => {
    const en = { ...context, licenseType: "PBG", kecamatan: null, locale: "en" as const };
    expect(durationBarLink(en, { key: ">30", count: 7 }, "Files", true)).toEqual({
      href: "/staf/permohonan?selesaiDari=2025-01-15&selesaiSampai=2026-12-06&hari=%3E30&licenseType=PBG",
      name: "> 30 working days: Files 7 — open details",
    });
  });
  it("gives no link to a reader who may not open the list, nor for an empty bar", () => {
    expect(durationBarLink(context, bar, "Jumlah", false)).toBeUndefined();
    expect(durationBarLink(context, { key: "0-2", count: 0 }, "Jumlah", true)).toBeUndefined();
  });
});

describe("agingBarLinks", () => {
  const bars = [
    { key: "0-5" as const, count: 12, overdueCount: 0 },
    { key: "6-10" as const, count: 1500, overdueCount: 3 },
    { key: "11-20" as const, count: 0, overdueCount: 0 },
    { key: ">20" as const, count: 4, overdueCount: 4 },
  ];
  const series = { backlog: "Berkas berjalan", overdue: "Terlambat" };
  it("opens the open files of each bucket, keeping kecamatan, named by both columns' figures", () => {
    expect(agingBarLinks(context, bars, series, true)).toEqual([
      {
        href: "/staf/permohonan?umur=0-5&kecamatan=35.71.02",
        name: "0–5 hari kerja: Berkas berjalan 12, Terlambat 0 — buka rincian",
      },
      {
        href: "/staf/permohonan?umur=6-10&kecamatan=35.71.02",
        name: "6–10 hari kerja: Berkas berjalan 1.500, Terlambat 3 — buka rincian",
      },
      undefined,
      {
        href: "/staf/permohonan?umur=%3E20&kecamatan=35.71.02",
        name: "> 20 hari kerja: Berkas berjalan 4, Terlambat 4 — buka rincian",
      },
    ]);
  });
  it("keeps the licence type, in English for English readers; no links for a reader who may not open the list", () => {
    const en = { ...context, licenseType: "PBG", kecamatan: null, locale: "en" as const };
    expect(agingBarLinks(en, bars.slice(3), { backlog: "Backlog", overdue: "Overdue" }, true)).toEqual([
      {
        href: "/staf/permohonan?umur=%3E20&licenseType=PBG",
        name: "> 20 working days: Backlog 4, Overdue 4 — open details",
      },
    ]);
    expect(agingBarLinks(context, bars, series, false)).toBeUndefined();
  });
  it("reads back what the link writes, and names a refused value", () => {
    const href = agingBarLinks(context, bars, series, true)![3]!.href;
    const raw = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseOpenAgeFilter(raw)).toEqual({ filter: { umur: ">20", kecamatan: "35.71.02" }, invalid: null });
    expect(parseOpenAgeFilter({ umur: "5-9" })).toEqual({ filter: null, invalid: "umur" });
    expect(parseOpenAgeFilter({ umur: "0-5", kecamatan: "Kota" })).toEqual({ filter: null, invalid: "kecamatan" });
    expect(parseOpenAgeFilter({ licenseType: "PBG" })).toEqual({ filter: null, invalid: null });
  });
});

describe("overdueListHref", () => {
  it("opens the overdue files, keeping the dashboard's kecamatan and licence type", () => {
    expect(overdueListHref(context, 57, true)).toBe("/staf/permohonan?terlambat=1&kecamatan=35.71.02");
    expect(overdueListHref({ ...context, licenseType: "PBG" }, 1, true)).toBe(
      "/staf/permohonan?terlambat=1&licenseType=PBG&kecamatan=35.71.02",
    );
    expect(overdueListHref({ ...context, kecamatan: null }, 1, true)).toBe("/staf/permohonan?terlambat=1");
  });
  it("gives no link to a reader who may not open the list, nor when no file is overdue", () => {
    expect(overdueListHref(context, 57, false)).toBeUndefined();
    expect(overdueListHref(context, 0, true)).toBeUndefined();
  });
  it("reads back what the link writes", () => {
    const href = overdueListHref({ ...context, licenseType: "PBG" }, 3, true)!;
    const raw = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseOverdueFilter(raw)).toEqual({
      filter: { terlambat: "1", licenseType: "PBG", kecamatan: "35.71.02" },
      invalid: null,
    });
  });
});

describe("feeDiscrepancyListHref", () => {
  it("opens the period's fee discrepancies, keeping the dashboard's kecamatan and licence type", () => {
    expect(feeDiscrepancyListHref(context, 12, true)).toBe(
      "/staf/permohonan?selisihTarif=1&selesaiDari=2025-01-15&selesaiSampai=2026-12-06&kecamatan=35.71.02",
    );
    expect(feeDiscrepancyListHref({ ...context, licenseType: "PBG" }, 1, true)).toBe(
      "/staf/permohonan?selisihTarif=1&selesaiDari=2025-01-15&selesaiSampai=2026-12-06&licenseType=PBG&kecamatan=35.71.02",
    );
    expect(feeDiscrepancyListHref({ ...context, kecamatan: null }, 1, true)).toBe(
      "/staf/permohonan?selisihTarif=1&selesaiDari=2025-01-15&selesaiSampai=2026-12-06",
    );
  });
  it("gives no link to a reader who may not open the list, nor when no fee differs", () => {
    expect(feeDiscrepancyListHref(context, 12, false)).toBeUndefined();
    expect(feeDiscrepancyListHref(context, 0, true)).toBeUndefined();
  });
  it("reads back what the link writes, and is no duration bar's drill-down", () => {
    const href = feeDiscrepancyListHref({ ...context, licenseType: "PBG" }, 3, true)!;
    const raw = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseFeeDiscrepancyFilter(raw)).toEqual({
      filter: {
        selisihTarif: "1",
        selesaiDari: "2025-01-15",
        selesaiSampai: "2026-12-06",
        licenseType: "PBG",
        kecamatan: "35.71.02",
      },
      invalid: null,
    });
    // Without its `hari` the duration filter would refuse these dates: the page reads selisihTarif first.
    expect(parseFinishedFilesFilter(raw).invalid).toBe("hari");
  });
});
