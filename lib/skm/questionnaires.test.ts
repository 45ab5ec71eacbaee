import { describe, expect, it } from "vitest";
import {
  EDUCATION_OPTIONS_2004,
  EDUCATION_OPTIONS_2017,
  IKM_2004_QUESTIONNAIRE,
  INFO_SOURCE_OPTIONS,
  OCCUPATION_OPTIONS_2004,
  OCCUPATION_OPTIONS_2017,
  QUESTIONNAIRE_CODES,
  SKM_2017_QUESTIONNAIRE,
  getQuestionnaire,
  type ProfileOption,
} from "./questionnaires";
import {
  ZRespondentProfile,
  ZRespondentProfile2004,
  ZRespondentProfile2017,
  ZSurveyAnswers2017,
  answersSchemaFor,
  respondentProfileSchemaFor,
} from "./schemas";

const fullAnswers2017 = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 2, U9: 3 };

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("questionnaire definitions", () => {
  it("lists both codes and resolves them", () => {
    expect(QUESTIONNAIRE_CODES).toEqual(["SKM-2017", "IKM-2004"]);
    expect(getQuestionnaire("SKM-2017")).toBe(SKM_2017_QUESTIONNAIRE);
    expect(getQuestionnaire("IKM-2004")).toBe(IKM_2004_QUESTIONNAIRE);
  });

  it.each(["SKM-2014", "", "toString", "skm-2017"])("returns undefined for unknown code %j", (code) => {
    expect(getQuestionnaire(code)).toBeUndefined();
  });

  it("SKM-2017 has U1..U9 in regulation order (pengaduan U8, sarana U9)", () => {
    const q = SKM_2017_QUESTIONNAIRE;
    expect(q.method).toBe("2017");
    expect(q.elements.map((element) => [element.code, element.nameId])).toEqual([
      ["U1", "Persyaratan"],
      ["U2", "Sistem, Mekanisme, dan Prosedur"],
      ["U3", "Waktu Penyelesaian"],
      ["U4", "Biaya/Tarif"],
      ["U5", "Produk Spesifikasi Jenis Pelayanan"],
      ["U6", "Kompetensi Pelaksana"],
      ["U7", "Perilaku Pelaksana"],
      ["U8", "Penanganan Pengaduan, Saran dan Masukan"],
      ["U9", "Sarana dan prasarana"],
    ]);
  });

  it.each([
    ["U1", ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]],
    ["U2", ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]],
    ["U3", ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]],
    ["U4", ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]],
    ["U5", ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]],
    ["U6", ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]],
    ["U7", ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]],
    ["U8", ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]],
    ["U9", ["Buruk", "Cukup", "Baik", "Sangat Baik"]],
  ])("SKM-2017 %s answer labels 1–4", (code, labels) => {
    const element = SKM_2017_QUESTIONNAIRE.elements.find((candidate) => candidate.code === code);
    expect(element?.answerLabels.map((label) => label.labelId)).toEqual(labels);
    expect(element?.answerLabels.map((label) => label.value)).toEqual([1, 2, 3, 4]);
  });

  it("IKM-2004 has the 14 unsur of KEP/25/2004 in order", () => {
    const q = IKM_2004_QUESTIONNAIRE;
    expect(q.method).toBe("2004");
    expect(q.elements.map((element) => element.code)).toEqual(Array.from({ length: 14 }, (_, i) => `U${i + 1}`));
    expect(q.elements.map((element) => element.nameId)).toEqual([
      "Prosedur pelayanan",
      "Persyaratan pelayanan",
      "Kejelasan petugas pelayanan",
      "Kedisiplinan petugas pelayanan",
      "Tanggung jawab petugas pelayanan",
      "Kemampuan petugas pelayanan",
      "Kecepatan pelayanan",
      "Keadilan mendapatkan pelayanan",
      "Kesopanan dan keramahan petugas",
      "Kewajaran biaya pelayanan",
      "Kepastian biaya pelayanan",
      "Kepastian jadwal pelayanan",
      "Kenyamanan lingkungan",
      "Keamanan pelayanan",
    ]);
    expect(q.elements[12]!.answerLabels.map((label) => label.labelId)).toEqual([
      "Tidak nyaman",
      "Kurang nyaman",
      "Nyaman",
      "Sangat nyaman",
    ]);
  });

  it.each([SKM_2017_QUESTIONNAIRE, IKM_2004_QUESTIONNAIRE])("$code: every text is filled in both languages", (q) => {
    for (const element of q.elements) {
      for (const text of [element.nameId, element.nameEn, element.questionId, element.questionEn]) {
        expect(text.trim()).not.toBe("");
      }
      expect(element.answerLabels.every((label) => label.labelId !== "" && label.labelEn !== "")).toBe(true);
    }
  });

  it.each([
    ["education 2017", EDUCATION_OPTIONS_2017, ["SD", "SMP", "SMA", "D1–D3", "D4", "S1", "S2", "S3"]],
    ["occupation 2017", OCCUPATION_OPTIONS_2017, ["PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya"]],
    ["education 2004", EDUCATION_OPTIONS_2004, ["SD ke bawah", "SLTP", "SLTA", "D1-D3-D4", "S1", "S2 ke atas"]],
    [
      "occupation 2004",
      OCCUPATION_OPTIONS_2004,
      ["PNS/TNI/Polri", "Pegawai Swasta", "Wiraswasta/Usahawan", "Pelajar/Mahasiswa", "Lainnya"],
    ],
  ] as [string, readonly ProfileOption[], string[]][])("%s option labels", (_name, options, labels) => {
    expect(options.map((option) => option.labelId)).toEqual(labels);
    expect(new Set(options.map((option) => option.value)).size).toBe(options.length);
    expect(options.every((option) => /^[a-z0-9_]+$/.test(option.value))).toBe(true);
  });

  it("info source options", () => {
    expect(INFO_SOURCE_OPTIONS.map((option) => option.value)).toEqual([
      "radio",
      "tv",
      "billboard",
      "forum",
      "website",
      "social_media",
      "family_friends",
      "at_office",
      "other",
    ]);
  });
});

describe("answersSchemaFor", () => {
  it("accepts a complete online response", () => {
    expect(ZSurveyAnswers2017.parse(fullAnswers2017)).toEqual(fullAnswers2017);
  });

  it.each([
    ["out of range", { ...fullAnswers2017, U3: 5 }, ["U3"], "U3: jawaban harus 1–4"],
    ["zero", { ...fullAnswers2017, U9: 0 }, ["U9"], "U9: jawaban harus 1–4"],
    ["fraction", { ...fullAnswers2017, U2: 2.5 }, ["U2"], "U2: jawaban harus 1–4"],
    ["text", { ...fullAnswers2017, U5: "baik" }, ["U5"], "U5: jawaban harus 1–4"],
    ["null online", { ...fullAnswers2017, U6: null }, ["U6"], "U6: jawaban wajib diisi"],
    ["missing", { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U8: 2, U9: 3 }, ["U7"], "U7: jawaban wajib diisi"],
    ["unknown unsur", { ...fullAnswers2017, U10: 3 }, [], "Unsur tidak dikenal: U10"],
  ])("rejects %s, naming the unsur", (_label, answers, path, message) => {
    const result = ZSurveyAnswers2017.safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(path);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("rejects a non-object", () => {
    expect(messages(ZSurveyAnswers2017.safeParse([4, 3, 3]))).toEqual([
      "Jawaban harus berupa objek dengan kunci kode unsur",
    ]);
  });

  it("reports every bad unsur at once", () => {
    const result = ZSurveyAnswers2017.safeParse({ ...fullAnswers2017, U1: 7, U4: undefined });
    expect(messages(result)).toEqual(["U1: jawaban harus 1–4", "U4: jawaban wajib diisi"]);
  });

  it("requires all 14 unsur for IKM-2004", () => {
    const schema = answersSchemaFor(IKM_2004_QUESTIONNAIRE);
    const answers = Object.fromEntries(IKM_2004_QUESTIONNAIRE.elements.map((element) => [element.code, 3]));
    expect(schema.safeParse(answers).success).toBe(true);
    const { U14: _dropped, ...withoutU14 } = answers;
    expect(messages(schema.safeParse(withoutU14))).toEqual(["U14: jawaban wajib diisi"]);
  });

  describe("allowMissing for imported paper/historical data", () => {
    const schema = answersSchemaFor(SKM_2017_QUESTIONNAIRE, { allowMissing: true });

    it("turns blanks (null, missing, empty string) into null", () => {
      const { U7: _dropped, ...withoutU7 } = fullAnswers2017;
      expect(schema.parse({ ...withoutU7, U8: null, U9: "" })).toEqual({
        ...fullAnswers2017,
        U7: null,
        U8: null,
        U9: null,
      });
    });

    it("still rejects out-of-range answers", () => {
      expect(messages(schema.safeParse({ ...fullAnswers2017, U8: 0 }))).toEqual(["U8: jawaban harus 1–4"]);
    });
  });
});

describe("respondent profile", () => {
  const profile2017 = { age: 34, sex: "P", education: "s1", occupation: "wirausaha" } as const;
  const profile2004 = { age: 52, sex: "L", education: "slta", occupation: "pns_tni_polri" } as const;

  it("accepts valid profiles with each questionnaire's option set", () => {
    expect(ZRespondentProfile2017.parse(profile2017)).toEqual(profile2017);
    expect(ZRespondentProfile2004.parse(profile2004)).toEqual(profile2004);
    expect(ZRespondentProfile2017.parse({ ...profile2017, infoSource: "social_media" }).infoSource).toBe(
      "social_media",
    );
    expect(respondentProfileSchemaFor(SKM_2017_QUESTIONNAIRE)).toBe(ZRespondentProfile2017);
    expect(respondentProfileSchemaFor(IKM_2004_QUESTIONNAIRE)).toBe(ZRespondentProfile2004);
  });

  it.each([15, 100])("accepts age %d", (age) => {
    expect(ZRespondentProfile2017.safeParse({ ...profile2017, age }).success).toBe(true);
  });

  it.each([
    ["age too low", { ...profile2017, age: 14 }, ["age"], "Umur: harus bilangan bulat 15–100 tahun"],
    ["age too high", { ...profile2017, age: 101 }, ["age"], "Umur: harus bilangan bulat 15–100 tahun"],
    ["fractional age", { ...profile2017, age: 30.5 }, ["age"], "Umur: harus bilangan bulat 15–100 tahun"],
    ["sex", { ...profile2017, sex: "X" }, ["sex"], "Jenis kelamin: pilih salah satu dari Laki-laki, Perempuan"],
    [
      "2004 education on the 2017 form",
      { ...profile2017, education: "sltp" },
      ["education"],
      "Pendidikan: pilih salah satu dari SD, SMP, SMA, D1–D3, D4, S1, S2, S3",
    ],
    [
      "occupation",
      { ...profile2017, occupation: "pns_tni_polri" },
      ["occupation"],
      "Pekerjaan: pilih salah satu dari PNS, TNI, POLRI, Swasta, Wirausaha, Lainnya",
    ],
    [
      "info source",
      { ...profile2017, infoSource: "newspaper" },
      ["infoSource"],
      "Sumber informasi: pilih salah satu dari Radio, Televisi, Baliho/papan reklame, Forum/sosialisasi, Situs web, Media sosial, Keluarga/teman, Langsung di kantor pelayanan, Lainnya",
    ],
  ])("2017 profile rejects %s", (_label, profile, path, message) => {
    const result = ZRespondentProfile2017.safeParse(profile);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
  });

  it("2004 profile rejects 2017 education values", () => {
    expect(messages(ZRespondentProfile2004.safeParse({ ...profile2004, education: "sma" }))).toEqual([
      "Pendidikan: pilih salah satu dari SD ke bawah, SLTP, SLTA, D1-D3-D4, S1, S2 ke atas",
    ]);
  });

  it("the tagged schema picks the option set by questionnaire code", () => {
    expect(ZRespondentProfile.safeParse({ questionnaireCode: "SKM-2017", ...profile2017 }).success).toBe(true);
    expect(ZRespondentProfile.safeParse({ questionnaireCode: "IKM-2004", ...profile2004 }).success).toBe(true);
    // "s1" exists in both education sets; "wirausaha" is 2017-only
    expect(messages(ZRespondentProfile.safeParse({ questionnaireCode: "IKM-2004", ...profile2017 }))).toEqual([
      "Pekerjaan: pilih salah satu dari PNS/TNI/Polri, Pegawai Swasta, Wiraswasta/Usahawan, Pelajar/Mahasiswa, Lainnya",
    ]);
    expect(messages(ZRespondentProfile.safeParse({ questionnaireCode: "X", ...profile2017 }))).toEqual([
      "Kuesioner: pilih salah satu dari SKM-2017, IKM-2004",
    ]);
  });
});
