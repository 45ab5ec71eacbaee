import { describe, expect, it } from "vitest";
import { durationBarLink, licenseTypeBarLink, monthPointLink, processingChartLinks } from "./chart-links";

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
