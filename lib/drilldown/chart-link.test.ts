import { describe, expect, it } from "vitest";
import { drillHref, drillName, periodWithin } from "./chart-link";

describe("drillHref", () => {
  it("keeps the given order and leaves out unset values", () => {
    expect(
      drillHref("/staf/waktu-proses", [
        ["dari", "2026-01-01"],
        ["sampai", "2026-03-31"],
        ["licenseType", "PBG"],
        ["kecamatan", undefined],
        ["sector", ""],
        ["origin", null],
      ]),
    ).toBe("/staf/waktu-proses?dari=2026-01-01&sampai=2026-03-31&licenseType=PBG");
  });

  it("encodes values and gives the bare path without a query", () => {
    expect(drillHref("/staf/skm", [["q", "a&b c"]])).toBe("/staf/skm?q=a%26b+c");
    expect(drillHref("/staf/skm", [])).toBe("/staf/skm");
  });
});

describe("drillName", () => {
  it("states the category, each series and value, and the action in the reader's language", () => {
    expect(drillName("Triwulan II 2026", [["IKM", "87,36"]], "id")).toBe("Triwulan II 2026: IKM 87,36 — buka rincian");
    expect(
      drillName(
        "January 2026",
        [
          ["Completed", "120"],
          ["On time", "81.2%"],
        ],
        "en",
      ),
    ).toBe("January 2026: Completed 120, On time 81.2% — open details");
    expect(drillName("Q2 2026", [], "en")).toBe("Q2 2026 — open details");
  });
});

describe("periodWithin", () => {
  const range = { from: "2026-01-15", to: "2026-12-06" };
  it("clips a month, a quarter and a year to the page's range", () => {
    expect(periodWithin("2026-01", range)).toEqual({ from: "2026-01-15", to: "2026-01-31" });
    expect(periodWithin("2026-02", range)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(periodWithin("2026-12", range)).toEqual({ from: "2026-12-01", to: "2026-12-06" });
    expect(periodWithin("2026-Q2", range)).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(periodWithin("2026", range)).toEqual({ from: "2026-01-15", to: "2026-12-06" });
  });
  it("is null outside the range or for an unknown key", () => {
    expect(periodWithin("2025-12", range)).toBeNull();
    expect(periodWithin("2026-13", range)).toBeNull();
    expect(periodWithin("Januari", range)).toBeNull();
  });
});
