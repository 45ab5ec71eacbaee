import { describe, expect, it } from "vitest";
import {
  KBLI_2020_CATEGORIES,
  kbli2020CategoryName,
  kbliCategoryForDivision,
  listKbliDivisions,
  parseKbli,
} from "./kbli";

describe("KBLI 2020 categories", () => {
  it("lists the 21 categories A–U in order", () => {
    expect(KBLI_2020_CATEGORIES.map((category) => category.letter).join("")).toBe("ABCDEFGHIJKLMNOPQRSTU");
    expect(kbli2020CategoryName("C")).toBe("Industri Pengolahan");
    expect(kbli2020CategoryName("L")).toBe("Real Estat");
    expect(kbli2020CategoryName("V")).toBeNull();
  });

  it("has 88 divisions (golongan pokok)", () => {
    expect(listKbliDivisions()).toHaveLength(88);
  });

  it.each([
    [1, "A"],
    [3, "A"],
    [5, "B"],
    [9, "B"],
    [10, "C"],
    [33, "C"],
    [35, "D"],
    [36, "E"],
    [39, "E"],
    [41, "F"],
    [43, "F"],
    [45, "G"],
    [47, "G"],
    [49, "H"],
    [53, "H"],
    [55, "I"],
    [56, "I"],
    [58, "J"],
    [63, "J"],
    [64, "K"],
    [66, "K"],
    [68, "L"],
    [69, "M"],
    [75, "M"],
    [77, "N"],
    [82, "N"],
    [84, "O"],
    [85, "P"],
    [86, "Q"],
    [88, "Q"],
    [90, "R"],
    [93, "R"],
    [94, "S"],
    [96, "S"],
    [97, "T"],
    [98, "T"],
    [99, "U"],
  ] as const)("division %i is category %s in KBLI 2020", (division, letter) => {
    expect(kbliCategoryForDivision(division, "2020")).toBe(letter);
  });

  it.each([0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89, 100])("%i is not a division", (division) => {
    expect(kbliCategoryForDivision(division)).toBeNull();
  });

  it.each([
    [47, "G"],
    [58, "J"],
    [60, "J"],
    [61, "K"],
    [63, "K"],
    [64, "L"],
    [68, "M"],
    [85, "Q"],
    [99, "V"],
  ] as const)("division %i is category %s in KBLI 2025 (ISIC Rev.5 letters)", (division, letter) => {
    expect(kbliCategoryForDivision(division, "2025")).toBe(letter);
  });
});

describe("parseKbli", () => {
  it.each([
    ["47111", "2020", { code: "47111", division: 47, divisionCode: "47", category: "G" }],
    ["01111", "2020", { code: "01111", division: 1, divisionCode: "01", category: "A" }],
    [" 56101 ", "2020", { code: "56101", division: 56, divisionCode: "56", category: "I" }],
    ["62", "2020", { code: "62", division: 62, divisionCode: "62", category: "J" }],
    ["6201", "2020", { code: "6201", division: 62, divisionCode: "62", category: "J" }],
    ["62010", "2025", { code: "62010", division: 62, divisionCode: "62", category: "K" }],
  ] as const)("parses %j (KBLI %s)", (code, version, expected) => {
    expect(parseKbli(code, version)).toEqual({ ok: true, value: { ...expected, version } });
  });

  it.each([
    ["", "kbli_empty", "Kode KBLI wajib diisi."],
    ["   ", "kbli_empty", "Kode KBLI wajib diisi."],
    ["4711A", "kbli_not_digits", 'Kode KBLI "4711A" hanya boleh berisi angka, mis. 47111.'],
    ["47.11", "kbli_not_digits", 'Kode KBLI "47.11" hanya boleh berisi angka, mis. 47111.'],
    ["-4711", "kbli_not_digits", 'Kode KBLI "-4711" hanya boleh berisi angka, mis. 47111.'],
    ["4", "kbli_length", 'Kode KBLI "4" harus 5 digit (data lama: 2–5 digit).'],
    ["471110", "kbli_length", 'Kode KBLI "471110" harus 5 digit (data lama: 2–5 digit).'],
    ["04111", "kbli_unknown_division", 'Kode KBLI "04111": golongan pokok 04 tidak ada dalam KBLI 2020.'],
    ["89000", "kbli_unknown_division", 'Kode KBLI "89000": golongan pokok 89 tidak ada dalam KBLI 2020.'],
    ["00", "kbli_unknown_division", 'Kode KBLI "00": golongan pokok 00 tidak ada dalam KBLI 2020.'],
  ] as const)("rejects %j with %s", (code, errorCode, message) => {
    expect(parseKbli(code)).toEqual({ ok: false, error: { code: errorCode, message } });
  });
});
