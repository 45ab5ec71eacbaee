import { describe, it, expect } from "vitest";
import { ageBand, anonymiseComment, elementSummaryCsv, responseCsvLine, responsesCsvHeader } from "./summary-export";
import { assembleSkmSummary, emptySums } from "./summary";
import { SKM_2017_QUESTIONNAIRE } from "./questionnaires";

describe("SKM CSV exports", () => {
  it("neutralises formulas in comments and keeps numbers as numbers", () => {
    const line = responseCsvLine(SKM_2017_QUESTIONNAIRE, {
      surveyDate: "2026-03-02",
      questionnaire: "SKM-2017",
      channel: "web",
      licenseTypeCode: "PBG",
      counterCode: "L3",
      age: 37,
      sex: "P",
      education: "s1",
      occupation: "swasta",
      infoSource: "website",
      comment: '=HYPERLINK("http://x","klik")',
      answers: JSON.stringify({ U1: 4, U2: 3, U3: 1, U4: null, U5: 2, U6: 3, U7: 4, U8: 2, U9: 3 }),
    });
    expect(line).toBe(
      `2026-03-02,SKM-2017,web,PBG,L3,35–39,P,s1,swasta,website,"'=HYPERLINK(""http://x"",""klik"")",4,3,1,,2,3,4,2,3\r\n`,
    );
  });
  it.each(["+62 812", "-1", "@SUM(A1)", "=1+1"])("prefixes %s with an apostrophe", (comment) => {
    const line = responseCsvLine(SKM_2017_QUESTIONNAIRE, {
      surveyDate: "2026-01-01",
      questionnaire: "SKM-2017",
      channel: "web",
      licenseTypeCode: null,
      counterCode: null,
      age: null,
      sex: null,
      education: null,
      occupation: null,
      infoSource: null,
      comment,
      answers: "{}",
    });
    expect(line.split(",")[10]!.startsWith("'")).toBe(true);
  });
  it("has one column per element code after the profile", () => {
    expect(responsesCsvHeader(SKM_2017_QUESTIONNAIRE)).toBe(
      "surveyDate,questionnaire,channel,licenseType,counter,age,sex,education,occupation,infoSource,comment,U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n",
    );
  });
  it("per-element summary of an empty period has empty figures, not NaN", () => {
    const csv = elementSummaryCsv(
      assembleSkmSummary({
        questionnaire: SKM_2017_QUESTIONNAIRE,
        sums: emptySums(),
        weight: "printed",
        from: "2026-01-01",
        to: "2026-01-31",
        population: null,
      }),
    );
    expect(csv).not.toContain("NaN");
    expect(csv.split("\r\n")[1]).toBe("U1,Persyaratan,0,,,");
    // an empty period is an incomplete report: every element lacks answers
    expect(csv).toContain("laporan_lengkap,tidak (tanpa jawaban: U1 U2 U3 U4 U5 U6 U7 U8 U9)\r\n");
    expect(csv).toContain("unsur_terisi,0\r\n");
    expect(csv).toContain("ikm,\r\n");
  });
  it("masks phone numbers, NIK and e-mail in comments", () => {
    expect(
      anonymiseComment("Hubungi saya 0812-3456-7890 atau budi@contoh.id, NIK 3571012345678901. Loket 3 lambat"),
    ).toBe("Hubungi saya [nomor disamarkan] atau [email disamarkan], NIK [nomor disamarkan]. Loket 3 lambat");
    expect(anonymiseComment(null)).toBeNull();
  });
  it("bands ages by five years", () => {
    expect([ageBand(18), ageBand(25), ageBand(69), ageBand(null)]).toEqual(["15–19", "25–29", "65–69", null]);
  });
});
