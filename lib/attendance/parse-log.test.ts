import { describe, expect, it } from "vitest";
import { parseCsvLog, parseTabLog, parseWibTimestamp } from "./parse-log";

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
});
