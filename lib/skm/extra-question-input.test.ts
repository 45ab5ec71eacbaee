import { describe, expect, it } from "vitest";
import { checkExtraQuestionInput } from "./extra-question-input";

const base = { questionnaire: "SKM-2017", code: "parkir", labelId: "Tempat parkir?", labelEn: "Parking?", options: "" };

describe("checkExtraQuestionInput", () => {
  it("reads one option per line; missing labels fall back to the Indonesian label, then the value", () => {
    const result = checkExtraQuestionInput({ ...base, code: " parkir ", options: "ya|Ada|Yes\r\n\n tidak | Tidak \n" });
    expect(result).toEqual({
      code: "parkir",
      labelId: "Tempat parkir?",
      labelEn: "Parking?",
      options: [
        { value: "ya", labelId: "Ada", labelEn: "Yes" },
        { value: "tidak", labelId: "Tidak", labelEn: "Tidak" },
      ],
      fields: {},
    });
  });

  it("names every bad field: an unsur-like code, short labels, one option, an option value with capitals", () => {
    expect(checkExtraQuestionInput({ ...base, code: "U1", labelId: "ab", labelEn: "", options: "ya" }).fields).toEqual({
      code: "Kode: huruf kecil/angka/_ (2–31), diawali huruf; bukan U1…",
      labelId: "Pertanyaan (ID) minimal 3 karakter",
      labelEn: "Pertanyaan (EN) minimal 3 karakter",
      options: "Minimal 2 pilihan, satu per baris: nilai|Label ID|Label EN (nilai huruf kecil/angka/_)",
    });
    expect(checkExtraQuestionInput({ ...base, options: "ya\nTidak" }).fields).toEqual({
      options: "Minimal 2 pilihan, satu per baris: nilai|Label ID|Label EN (nilai huruf kecil/angka/_)",
    });
  });
});
