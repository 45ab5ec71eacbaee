import { describe, expect, it } from "vitest";
import { answerLabels, ELEMENTS_2004, ELEMENTS_2017 } from "./questionnaire-elements";

describe("answerLabels", () => {
  it("values the four labels 1 to 4 in both languages", () => {
    expect(
      answerLabels({ id: ["Buruk", "Cukup", "Baik", "Sangat Baik"], en: ["Poor", "Fair", "Good", "Very good"] }),
    ).toEqual([
      { value: 1, labelId: "Buruk", labelEn: "Poor" },
      { value: 2, labelId: "Cukup", labelEn: "Fair" },
      { value: 3, labelId: "Baik", labelEn: "Good" },
      { value: 4, labelId: "Sangat Baik", labelEn: "Very good" },
    ]);
  });

  it("refuses a scale without four labels", () => {
    expect(() => answerLabels({ id: ["Ya", "Tidak"], en: ["Yes", "No"] })).toThrow("An answer scale has four labels");
  });
});

describe("the element tables", () => {
  it("hold U1…U9 (2017) and U1…U14 (2004), each with its own or its shared scale", () => {
    expect(ELEMENTS_2017.map((e) => e.code).join(" ")).toBe("U1 U2 U3 U4 U5 U6 U7 U8 U9");
    expect(ELEMENTS_2004).toHaveLength(14);
    expect(ELEMENTS_2017[2]!.answerLabels.map((a) => a.labelId)).toEqual([
      "Tidak cepat",
      "Kurang cepat",
      "Cepat",
      "Sangat cepat",
    ]);
    expect(ELEMENTS_2017[3]!.answerLabels[3]).toEqual({ value: 4, labelId: "Gratis", labelEn: "Free" });
  });
});
