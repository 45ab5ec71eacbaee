import { describe, expect, it } from "vitest";
import { investmentTrendLink } from "./trend-chart-links";
import type { TInvestmentFilter } from "./schemas";

const filter: TInvestmentFilter = { from: "2026-02-10", to: "2026-12-06", interval: "quarter", origin: "PMDN" };
const words = { category: "Triwulan I 2026", series: "Investasi", locale: "id" as const };

describe("investmentTrendLink", () => {
  it("opens the period's days inside the range by month, keeping the filters", () => {
    expect(investmentTrendLink(filter, { period: "2026-Q1", group: null, investment: 1_250_000_000n }, words)).toEqual({
      href: "/staf/investasi?dari=2026-02-10&sampai=2026-03-31&interval=month&origin=PMDN",
      name: "Triwulan I 2026: Investasi Rp 1,25 miliar — buka rincian",
    });
  });

  it("sets a grouped segment's group as its filter; a year opens by quarter", () => {
    const grouped: TInvestmentFilter = { ...filter, interval: "year", groupBy: "kecamatan" };
    expect(
      investmentTrendLink(
        grouped,
        { period: "2026", group: "35.71.02", investment: 0n },
        { ...words, category: "2026 · Kota" },
      )?.href,
    ).toBe(
      "/staf/investasi?dari=2026-02-10&sampai=2026-12-06&interval=quarter&groupBy=kecamatan&kecamatan=35.71.02&origin=PMDN",
    );
  });

  it("gives no link for a segment without a group or a period outside the range", () => {
    const grouped: TInvestmentFilter = { ...filter, groupBy: "sector" };
    expect(investmentTrendLink(grouped, { period: "2026-Q2", group: null, investment: 1n }, words)).toBeUndefined();
    expect(investmentTrendLink(filter, { period: "2025-Q4", group: null, investment: 1n }, words)).toBeUndefined();
  });
});
