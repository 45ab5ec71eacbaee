import { describe, expect, it } from "vitest";
import { fileNameFrom } from "./file-name";

describe("fileNameFrom", () => {
  it.each([
    [["Tren IKM", "Triwulan II 2026"], "tren-ikm-triwulan-ii-2026"],
    [["Nilai per unsur (NRR) — ≥ 3,5", "1 April – 30 Juni 2026"], "nilai-per-unsur-nrr-3-5-1-april-30-juni-2026"],
    [["Évaluation café", undefined], "evaluation-cafe"],
    [["—", ""], "grafik"],
    [["a".repeat(79) + " b c"], "a".repeat(79)],
  ] as const)("%j → %s", (parts, expected) => {
    expect(fileNameFrom(...parts)).toBe(expected);
  });
});
