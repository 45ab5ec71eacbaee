import { describe, expect, it } from "vitest";
import { dateTextOfExcelSerial, parseDateText } from "./parse-date";

describe("parseDateText", () => {
  it.each([
    ["2026-08-17", "2026-08-17"],
    ["2026-08-17T09:30", "2026-08-17T09:30"],
    ["2026-08-17 09:30:15", "2026-08-17T09:30:15"],
    ["2026-08-17T02:30Z", "2026-08-17T02:30Z"],
    ["2026-08-17T09:30:00+07:00", "2026-08-17T09:30:00+07:00"],
    ["17/08/2026", "2026-08-17"],
    ["17/8/2026", "2026-08-17"],
    ["7-8-2026", "2026-08-07"],
    ["17.08.2026", "2026-08-17"],
    ["17/08/2026 09:30", "2026-08-17T09:30"],
    ["17/08/2026 9.30", "2026-08-17T09:30"],
    ["17/08/2026 09.30.05", "2026-08-17T09:30:05"],
    ["17 Agustus 2026", "2026-08-17"],
    ["17 agu 2026", "2026-08-17"],
    ["17 Agt. 2026", "2026-08-17"],
    ["1 Mei 2026", "2026-05-01"],
    ["17-Aug-2026", "2026-08-17"],
    ["31 Desember 2026 23:59", "2026-12-31T23:59"],
    ["29/02/2028", "2028-02-29"],
    ["  17/08/2026  ", "2026-08-17"],
  ])("%j → %s", (text, expected) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "",
    "08/17/2026",
    "29/02/2026",
    "31/04/2026",
    "17/08/26",
    "2026-02-30",
    "2026/08/17",
    "17 Agustos 2026",
    "17/08-2026",
    "17/08/2026 24:00",
    "2026-08-17T25:00",
    "besok",
  ])("%j is not a date", (text) => {
    expect(parseDateText(text).ok).toBe(false);
  });

  it("names the text it could not read", () => {
    expect(parseDateText("08/17/2026")).toEqual({
      ok: false,
      message: '"08/17/2026" bukan tanggal (contoh: 17/08/2026 atau 2026-08-17).',
    });
  });
});

describe("dateTextOfExcelSerial", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [46251, "2026-08-17"],
    [46251.5, "2026-08-17T12:00"],
    [46251.395833333336, "2026-08-17T09:30"],
  ])("%s → %s", (serial, expected) => {
    expect(dateTextOfExcelSerial(serial)).toBe(expected);
  });

  it.each([0, 60, -1, 2958466, Number.NaN])("%s is not a date", (serial) => {
    expect(dateTextOfExcelSerial(serial)).toBeNull();
  });
});
