import { describe, expect, it } from "vitest";
import { licenseTypeBarLink, monthPointLink, processingChartLinks } from "./chart-links";

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
