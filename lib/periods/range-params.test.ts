import { describe, expect, it } from "vitest";
import {
  parsePeriodRange,
  PERIOD_RANGE_MESSAGES,
  periodRangeSchema,
  rangeSearchParams,
  withRangeAliases,
} from "./range-params";

const TODAY = "2026-12-06";

describe("parsePeriodRange", () => {
  it("reads dari/sampai", () => {
    expect(parsePeriodRange({ dari: "2026-01-01", sampai: "2026-03-15" }, TODAY)).toEqual({
      ok: true,
      range: { from: "2026-01-01", to: "2026-03-15" },
    });
  });
  it("reads from/to, and dari/sampai win over them", () => {
    expect(parsePeriodRange({ from: "2026-02-01", to: "2026-02-28" }, TODAY)).toEqual({
      ok: true,
      range: { from: "2026-02-01", to: "2026-02-28" },
    });
    expect(parsePeriodRange({ dari: "2026-05-01", from: "2026-02-01", sampai: "2026-05-02" }, TODAY)).toEqual({
      ok: true,
      range: { from: "2026-05-01", to: "2026-05-02" },
    });
  });
  it("no range is not an error (the page default applies); empty strings count as absent", () => {
    expect(parsePeriodRange({}, TODAY)).toEqual({ ok: true, range: undefined });
    expect(parsePeriodRange({ dari: "", sampai: " " }, TODAY)).toEqual({ ok: true, range: undefined });
  });
  it("a single day and a range ending after today are accepted (the latter is partial, not refused)", () => {
    expect(parsePeriodRange({ dari: TODAY, sampai: TODAY }, TODAY)).toMatchObject({ ok: true });
    expect(parsePeriodRange({ dari: "2026-12-01", sampai: "2026-12-31" }, TODAY)).toMatchObject({ ok: true });
  });
  it.each([
    [{ dari: "2026-03-15", sampai: "2026-01-01" }, "endBeforeStart", "to"],
    [{ dari: "2026-02-30", sampai: "2026-03-01" }, "invalidDate", "from"],
    [{ dari: "2026-01-01", sampai: "15-03-2026" }, "invalidDate", "to"],
    [{ dari: "2026-12-07", sampai: "2026-12-31" }, "future", "from"],
    [{ dari: "2026-01-01" }, "incomplete", "to"],
    [{ sampai: "2026-01-01" }, "incomplete", "from"],
  ])("refuses %j with %s on %s", (params, error, field) => {
    expect(parsePeriodRange(params, TODAY)).toEqual({ ok: false, error, field });
  });
  it("the schema's issue is the Indonesian sentence on the parameter (the API's 422)", () => {
    const result = periodRangeSchema(TODAY).safeParse({ from: "2026-03-15", to: "2026-01-01" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ["to"],
      message: "Tanggal akhir (sampai) sebelum tanggal awal (dari)",
    });
    expect(PERIOD_RANGE_MESSAGES.endBeforeStart.en).toBe("The end date (to) is before the start date (from)");
  });
  it("writes a range back as dari/sampai", () => {
    expect(rangeSearchParams({ from: "2026-01-01", to: "2026-03-15" })).toEqual({
      dari: "2026-01-01",
      sampai: "2026-03-15",
    });
  });
});

describe("withRangeAliases", () => {
  it("reads dari/sampai as from/to for the API and keeps every other parameter", () => {
    expect(withRangeAliases({ dari: "2026-01-01", sampai: "2026-03-15", counter: "L1" })).toEqual({
      from: "2026-01-01",
      to: "2026-03-15",
      counter: "L1",
    });
    expect(withRangeAliases({ from: "2026-01-01", to: "2026-01-31" })).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    });
  });
});
