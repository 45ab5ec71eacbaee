import { describe, expect, it } from "vitest";
import { findLogColumns, parseCsvLog, parseLogRows, parseTabLog, parseWibTimestamp } from "./parse-log";

describe("check-clock log parsing", () => {
  it("reads the terminal's tab-separated log with padded PINs, as WIB", () => {
    const r = parseTabLog("        7\t2026-05-26 07:52:10\t1\t0\t0\t0\r\n\n0012\t2026-05-26 16:10:00\t15\t1\n");
    expect(r.errors).toEqual([]);
    expect(r.punches).toEqual([
      { line: 1, pin: "7", at: new Date("2026-05-26T00:52:10Z"), verifyMode: 1, inOut: 0 },
      { line: 3, pin: "12", at: new Date("2026-05-26T09:10:00Z"), verifyMode: 15, inOut: 1 },
    ]);
  });

  it("names the line of each bad row", () => {
    const r = parseTabLog("7\t2026-02-30 07:00:00\t1\t0\nabc\t2026-05-26 07:00:00\n7 2026-05-26 07:00:00\n");
    expect(r.errors).toEqual([
      { line: 1, message: 'Waktu "2026-02-30 07:00:00" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' },
      { line: 2, message: 'PIN "abc" bukan angka.' },
      { line: 3, message: "Baris harus berisi PIN dan waktu dipisahkan tab." },
    ]);
  });

  it("reads CSV with a date-time column or with separate date and time columns", () => {
    expect(parseCsvLog("PIN,Waktu,Verify,State\n7,2026-05-26 07:52:10,1,0\n").punches).toEqual([
      { line: 2, pin: "7", at: new Date("2026-05-26T00:52:10Z"), verifyMode: 1, inOut: 0 },
    ]);
    const r = parseCsvLog("No.,AC-No.,Tanggal,Jam\n1,007,2026-05-29,11:10\n2,7,2026-05-29,nanti\n");
    expect(r.punches).toEqual([
      { line: 2, pin: "7", at: new Date("2026-05-29T04:10:00Z"), verifyMode: null, inOut: null },
    ]);
    expect(r.errors).toEqual([
      { line: 3, message: 'Waktu "2026-05-29 nanti" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' },
    ]);
    expect(parseCsvLog("nama,jam\nA,07:00\n").errors[0].line).toBe(1);
  });

  it("rejects impossible timestamps", () => {
    expect(parseWibTimestamp("2026-13-01 07:00:00")).toBeNull();
    expect(parseWibTimestamp("2026-05-26 24:00:00")).toBeNull();
    expect(parseWibTimestamp("2026-05-26 07:00")).toEqual(new Date("2026-05-26T00:00:00Z"));
  });

  it("finds the log's columns the same way for CSV and spreadsheet headers", () => {
    expect(findLogColumns(["No.", "AC No", "Date_Time", "Verify Mode", "IN/OUT"])).toEqual({
      pin: "AC No",
      stamp: "Date_Time",
      date: null,
      time: null,
      verify: "Verify Mode",
      state: "IN/OUT",
    });
    expect(findLogColumns(["User ID", "Tanggal", "Jam"])).toMatchObject({
      pin: "User ID",
      date: "Tanggal",
      time: "Jam",
    });
    expect(findLogColumns(["User ID", "Tanggal"])).toBeNull();
  });

  it("reads typed spreadsheet cells (Excel dates are wall-clock WIB) and text cells alike", () => {
    const r = parseLogRows(
      ["PIN", "Check Time", "Verify", "State"],
      [
        // A number PIN and verify mode, an Excel date-time (UTC fields = WIB wall clock), also at midnight.
        { line: 3, cells: { PIN: 7, "Check Time": new Date("2026-05-26T07:52:10Z"), Verify: 1, State: 0 } },
        { line: 4, cells: { PIN: "0012", "Check Time": new Date("2026-05-27T00:00:00Z") } },
        { line: 5, cells: { PIN: 7, "Check Time": "26/05/2026 16:10:05", State: "1" } },
        { line: 6, cells: { PIN: 7, "Check Time": "2026-05-26 16:61:00" } },
        { line: 7, cells: { PIN: "x7", "Check Time": new Date("2026-05-26T07:00:00Z") } },
        { line: 8, cells: { PIN: 7, "Check Time": new Date("2026-05-26T07:00:00Z"), Verify: 1.5 } },
      ],
      2,
    );
    expect(r.punches).toEqual([
      { line: 3, pin: "7", at: new Date("2026-05-26T00:52:10Z"), verifyMode: 1, inOut: 0 },
      { line: 4, pin: "12", at: new Date("2026-05-26T17:00:00Z"), verifyMode: null, inOut: null },
      { line: 5, pin: "7", at: new Date("2026-05-26T09:10:05Z"), verifyMode: null, inOut: 1 },
    ]);
    expect(r.errors).toEqual([
      { line: 6, message: 'Waktu "2026-05-26 16:61:00" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' },
      { line: 7, message: 'PIN "x7" bukan angka.' },
      { line: 8, message: 'Mode verifikasi "1.5" bukan angka.' },
    ]);
  });

  it("joins separate date and time cells: Excel times (1899-12-30 dates or day fractions) or text", () => {
    const r = parseLogRows(
      ["AC-No.", "Date", "Time"],
      [
        {
          line: 2,
          cells: { "AC-No.": 9101, Date: new Date("2026-05-29T00:00:00Z"), Time: new Date("1899-12-30T11:10:30Z") },
        },
        { line: 3, cells: { "AC-No.": 9101, Date: new Date("2026-05-29T00:00:00Z"), Time: 0.75 } },
        { line: 4, cells: { "AC-No.": 9101, Date: "29/05/2026", Time: "07:44" } },
        { line: 5, cells: { "AC-No.": 9101, Date: "2026-05-29" } },
      ],
    );
    expect(r.punches.map((p) => [p.line, p.at.toISOString()])).toEqual([
      [2, "2026-05-29T04:10:30.000Z"],
      [3, "2026-05-29T11:00:00.000Z"],
      [4, "2026-05-29T00:44:00.000Z"],
    ]);
    expect(r.errors).toEqual([{ line: 5, message: 'Waktu "2026-05-29" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' }]);
  });

  it("names the header line when the PIN or time column is missing", () => {
    expect(parseLogRows(["Nama", "Jam"], [], 3).errors).toEqual([
      { line: 3, message: "Baris judul harus memuat kolom PIN dan waktu (atau tanggal dan jam)." },
    ]);
  });
});
