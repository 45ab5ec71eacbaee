import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  it.each([
    ["Triwulan II 2026", 10, ["Triwulan", "II 2026"]],
    ["Triwulan II 2026", 16, ["Triwulan II 2026"]],
    ["16-20", 6, ["16-20"]],
    ["U1 Persyaratan pelayanan yang sesuai", 18, ["U1 Persyaratan", "pelayanan yang", "sesuai"]],
    ["Izin Mendirikan Bangunan Gedung", 12, ["Izin", "Mendirikan", "Bangunan", "Gedung"]],
    ["Pemberitahuan", 5, ["Pemberitahuan"]],
    ["  two   spaces ", 20, ["two spaces"]],
    ["", 10, [""]],
  ])("%j at %s characters → %j", (text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });

  it("keeps every word, in order", () => {
    const text = "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor";
    expect(wrapLabel(text, 14).join(" ")).toBe(text);
  });

  it("refuses a width below one character", () => {
    expect(() => wrapLabel("a", 0)).toThrow(RangeError);
  });
});
