import { describe, expect, it } from "vitest";
import { checkKbliAgainst, KBLI_2020_LIST, listKbliDivisions } from "./kbli";
import { kbliCodeListOf, kbliTableGap, readKbliTableRows } from "./kbli-table";

const row = (line: number, kode: string, judul: string) => ({ line, texts: { kode, judul } });

/** One kelompok per KBLI 2020 golongan pokok (88 divisions): the smallest file that is a whole table. */
const everyDivision = (skip: readonly number[] = []) =>
  listKbliDivisions()
    .filter((division) => !skip.includes(division))
    .map((division) => ({ code: `${String(division).padStart(2, "0")}100`, title: `Kelompok ${division}` }));

describe("readKbliTableRows", () => {
  it("keeps 5-digit kelompok, skips category letters and 2–4 digit levels, ignores empty rows", () => {
    const read = readKbliTableRows(
      [
        row(2, "A", "Pertanian, Kehutanan dan Perikanan"),
        row(3, "01", "Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI"),
        row(4, "011", "Pertanian Tanaman Semusim"),
        row(5, "0111", "Pertanian Serealia (Bukan Padi), Aneka Kacang dan Biji-Bijian Penghasil Minyak"),
        row(6, "01111", "  Pertanian   Jagung "),
        row(7, "", ""),
        row(8, "47111", "Perdagangan Eceran di Minimarket"),
      ],
      "2020",
    );
    expect(read.entries).toEqual([
      { code: "01111", title: "Pertanian Jagung" },
      { code: "47111", title: "Perdagangan Eceran di Minimarket" },
    ]);
    expect(read.skipped).toBe(4);
    expect(read.problems).toEqual([]);
  });

  it("names the line and column of each bad row: not a code, unknown division, no title, a repeated code", () => {
    const read = readKbliTableRows(
      [
        row(2, "47111", "Minimarket"),
        row(3, "4711a", "Huruf"),
        row(4, "04100", "Golongan pokok 04 tidak ada"),
        row(5, "10750", ""),
        row(6, "47111", "Lagi"),
        row(7, "123456", "Enam digit"),
      ],
      "2020",
    );
    expect(read.entries).toEqual([{ code: "47111", title: "Minimarket" }]);
    expect(read.problems).toEqual([
      { line: 3, column: "kode", message: 'Kode "4711a" bukan kode KBLI (huruf kategori atau 2–5 digit).' },
      { line: 4, column: "kode", message: "Kode 04100: golongan pokok 04 tidak ada dalam KBLI 2020." },
      { line: 5, column: "judul", message: "Judul kode 10750 wajib diisi." },
      { line: 6, column: "kode", message: "Kode 47111 sudah ada di baris 2." },
      { line: 7, column: "kode", message: 'Kode "123456" bukan kode KBLI (huruf kategori atau 2–5 digit).' },
    ]);
  });
});

describe("kbliTableGap", () => {
  it("a kelompok in each of the 88 golongan pokok is a whole KBLI 2020 table", () => {
    expect(everyDivision()).toHaveLength(88);
    expect(kbliTableGap(everyDivision(), "2020")).toBeNull();
  });

  it("names the golongan pokok without a kelompok (a code column read as numbers loses 01–09)", () => {
    const gap = kbliTableGap(everyDivision([1, 2, 3, 5, 6, 7, 8, 9]), "2020");
    expect(gap).toBe(
      "Daftar belum lengkap: golongan pokok 01, 02, 03, 05, 06, 07, 08, 09 tidak punya kode kelompok. Unggah seluruh tabel KBLI; bila kode 01111 terbaca 1111, format kolom kode sebagai Teks lalu simpan ulang.",
    );
  });

  it("shortens a long list of gaps and refuses an empty file", () => {
    expect(kbliTableGap([{ code: "47111", title: "x" }], "2020")).toMatch(
      /golongan pokok 01, 02, 03, 05, 06, 07, 08, 09, 10, 11, 12, 13 dan 75 lainnya/,
    );
    expect(kbliTableGap([], "2020")).toBe("Berkas tidak berisi kode kelompok (5 digit).");
  });

  it("KBLI 2025 needs a kelompok in each category A–V (ISIC Rev.5 sections)", () => {
    expect(kbliTableGap(everyDivision(), "2025")).toBeNull();
    // Without 61–63 (telecommunication and IT) the 2025 category K is empty.
    expect(kbliTableGap(everyDivision([61, 62, 63]), "2025")).toMatch(/^Daftar belum lengkap: kategori K tidak/);
  });
});

describe("validation against the office's list", () => {
  const loaded = kbliCodeListOf("2020", [
    { code: "47111", title: "Minimarket" },
    { code: "01111", title: "Pertanian Jagung" },
  ]);

  it("a loaded table is strict: an unlisted 5-digit code is an error, a listed one gives its title", () => {
    expect(checkKbliAgainst("47111", "2020", { "2020": loaded })).toEqual({
      ok: true,
      isListed: true,
      title: "Minimarket",
    });
    expect(checkKbliAgainst("47112", "2020", { "2020": loaded })).toEqual({
      ok: false,
      error: {
        code: "kbli_unknown_code",
        message: 'Kode KBLI "47112" tidak ada dalam KBLI 2020. Periksa kode atau versi KBLI (2020/2025).',
      },
    });
  });

  it("the shipped partial list and a version without a list accept an unlisted code; older short codes pass", () => {
    expect(checkKbliAgainst("47112", "2020", { "2020": KBLI_2020_LIST })).toEqual({
      ok: true,
      isListed: false,
      title: null,
    });
    expect(checkKbliAgainst("62019", "2025", { "2020": loaded })).toEqual({ ok: true, isListed: false, title: null });
    expect(checkKbliAgainst("4711", "2020", { "2020": loaded })).toEqual({ ok: true, isListed: false, title: null });
  });
});
