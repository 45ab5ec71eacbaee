import { describe, it, expect } from "vitest";
import { normalizeOption, submissionFromForm, validateSubmission } from "./submission";
import { parseResponsesCsv } from "./import-csv";
import { DEFAULT_COLLECTION_POLICY } from "./collection-rules";
import { EDUCATION_OPTIONS_2017, SKM_2017_QUESTIONNAIRE } from "./questionnaires";
import { formFieldErrors } from "./survey-form-errors";
import { createTranslator } from "../i18n/translate";

const NOW = new Date("2026-11-29T05:00:00Z");
const ANSWERS = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 2, U9: 3 };
const PUBLIC = { now: NOW, source: { kind: "public" as const }, policy: DEFAULT_COLLECTION_POLICY };
const OFFICER_PAPER = {
  now: NOW,
  source: { kind: "staff" as const, role: "OFFICER" as const },
  policy: { ...DEFAULT_COLLECTION_POLICY, allowIncompletePaper: true },
};
const KIOSK = {
  now: NOW,
  source: { kind: "kiosk" as const, enrolledAt: new Date("2026-01-01T00:00:00Z") },
  policy: DEFAULT_COLLECTION_POLICY,
};
const base = {
  questionnaire: "SKM-2017",
  answers: ANSWERS,
  respondent: { age: 30, sex: "L", education: "s1", occupation: "swasta" },
  channel: "web",
};

describe("validateSubmission", () => {
  it("accepts a complete SKM-2017 response and keeps answers by element code", () => {
    const r = validateSubmission(base, PUBLIC);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.answers).toEqual(ANSWERS);
  });
  it.each([
    [{ answers: { ...ANSWERS, U3: 0 } }, ["answers.U3"]],
    [{ answers: { ...ANSWERS, U10: 2 } }, ["answers"]],
    [{ respondent: { age: 14, sex: "L", education: "s1", occupation: "swasta" } }, ["respondent.age"]],
    [{ questionnaire: "SKM-1999" }, ["questionnaire"]],
    [{ channel: "fax" }, ["channel"]],
    [{ channel: "link" }, ["token"]],
    [{ infoSource: "tv_kabel" }, ["infoSource"]],
    [{ comment: "x".repeat(1001) }, ["comment"]],
  ])("rejects %j naming %j", (patch, keys) => {
    const r = validateSubmission({ ...base, ...patch }, PUBLIC);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(keys);
  });
  it("every element is required; paper may leave blanks (not all) only when the office allows it", () => {
    const { U8: _u8, ...missing } = ANSWERS;
    const strictPaper = { ...OFFICER_PAPER, policy: DEFAULT_COLLECTION_POLICY };
    expect(validateSubmission({ ...base, answers: missing }, PUBLIC).ok).toBe(false);
    const refused = validateSubmission({ ...base, answers: missing, channel: "paper" }, strictPaper);
    expect(refused.ok ? [] : Object.keys(refused.fields)).toEqual(["answers.U8"]);
    expect(validateSubmission({ ...base, answers: missing, channel: "paper" }, OFFICER_PAPER).ok).toBe(true);
    const blank = Object.fromEntries(Object.keys(ANSWERS).map((k) => [k, null]));
    const r = validateSubmission({ ...base, answers: blank, channel: "paper" }, OFFICER_PAPER);
    expect(r.ok ? [] : Object.keys(r.fields)).toEqual(["answers"]);
  });
  it("allowed incomplete paper sheets may leave profile boxes empty but filled ones are still checked", () => {
    const strict = validateSubmission(
      { ...base, channel: "paper", respondent: {} },
      { ...OFFICER_PAPER, policy: DEFAULT_COLLECTION_POLICY },
    );
    expect(strict.ok ? [] : Object.keys(strict.fields).sort()).toEqual([
      "respondent.age",
      "respondent.education",
      "respondent.occupation",
      "respondent.sex",
    ]);
    expect(validateSubmission({ ...base, channel: "paper", respondent: {} }, OFFICER_PAPER).ok).toBe(true);
    const r = validateSubmission({ ...base, channel: "paper", respondent: { education: "Magister" } }, OFFICER_PAPER);
    expect(r.ok ? [] : Object.keys(r.fields)).toEqual(["respondent.education"]);
  });
  it("an anonymous submittedAt is ignored: the server's time is kept", () => {
    const r = validateSubmission({ ...base, submittedAt: "2026-05-15T09:00:00+07:00" }, PUBLIC);
    expect(r.ok && r.value.submittedAt.toISOString()).toBe(NOW.toISOString());
  });
  it("allows a kiosk clock up to 10 minutes ahead, not 11", () => {
    const at = (iso: string) => validateSubmission({ ...base, channel: "kiosk", submittedAt: iso }, KIOSK);
    const ok = at("2026-11-29T05:09:00Z");
    expect(ok.ok && ok.value.submittedAt.toISOString()).toBe("2026-11-29T05:09:00.000Z");
    const late = at("2026-11-29T05:11:00Z");
    expect(late.ok ? [] : Object.keys(late.fields)).toEqual(["submittedAt"]);
  });
  it("anonymous paper is a 401 denial (even with a broken body), an OFFICER import a 403 denial", () => {
    const broken = validateSubmission({ channel: "import", answers: "x" }, PUBLIC);
    expect(!broken.ok && broken.denial?.code).toBe("UNAUTHENTICATED");
    const anon = validateSubmission({ ...base, channel: "paper" }, PUBLIC);
    expect(!anon.ok && anon.denial?.code).toBe("UNAUTHENTICATED");
    const officer = validateSubmission({ ...base, channel: "import" }, OFFICER_PAPER);
    expect(!officer.ok && officer.denial?.code).toBe("FORBIDDEN");
  });
});

describe("normalizeOption", () => {
  it.each([
    ["D1-D3", "d1_d3"],
    ["d1–d3", "d1_d3"],
    ["S1", "s1"],
    ["s1", "s1"],
    ["Magister", "Magister"],
  ])("%s → %s", (raw, value) => expect(normalizeOption(EDUCATION_OPTIONS_2017, raw)).toBe(value));
});

describe("submissionFromForm", () => {
  it("turns form strings into numbers and keeps non-numeric input for the schema to reject", () => {
    const form = {
      U1: "4",
      U2: "x",
      age: "33",
      sex: "P",
      education: "sma",
      occupation: "pns",
      comment: "",
      x_parking: "yes",
    };
    const s = submissionFromForm(form, SKM_2017_QUESTIONNAIRE, { channel: "web" }) as {
      answers: Record<string, unknown>;
      respondent: { age: unknown };
      extraAnswers: unknown;
    };
    expect(s.answers.U1).toBe(4);
    expect(s.answers.U2).toBe("x");
    expect(s.answers.U3).toBeUndefined();
    expect(s.respondent.age).toBe(33);
    expect(s.extraAnswers).toEqual({ parking: "yes" });
  });
});

describe("parseResponsesCsv", () => {
  const header =
    "submittedAt,questionnaire,licenseType,counter,channel,age,sex,education,occupation,infoSource,comment";
  const known = { licenseTypes: new Set(["PBG"]), counters: new Set(["L1"]) };
  it("parses a 2004 row with 14 elements and printed option labels", () => {
    const h = `${header},${Array.from({ length: 14 }, (_, i) => `U${i + 1}`).join(",")}`;
    const row = `2012-05-03,IKM-2004,PBG,L1,paper,45,P,SLTA,Pegawai Swasta,,,${Array(14).fill(3).join(",")}`;
    const r = parseResponsesCsv(`${h}\n${row}\n`, NOW, known);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows[0].submission.respondent).toEqual({
        age: 45,
        sex: "P",
        education: "slta",
        occupation: "pegawai_swasta",
      });
      expect(r.rows[0].submission.submittedAt.toISOString()).toBe("2012-05-03T05:00:00.000Z");
    }
  });
  it("reports line, column and reason for every problem", () => {
    const h = `${header},U1,U2,U3,U4,U5,U6,U7,U8,U9,U12`;
    const rows = [
      "05/13/2012,SKM-2017,PBG,L1,paper,45,P,SMA,Swasta,,,3,3,3,3,3,3,3,3,3,",
      "2019-05-03,SKM-2017,XX,L1,paper,45,P,SMA,Swasta,,,3,3,3,3,3,3,3,3,9,2",
    ];
    const r = parseResponsesCsv([h, ...rows].join("\n"), NOW, known);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => `${p.line}:${p.column}`)).toEqual([
        "2:submittedAt",
        "3:U12",
        "3:licenseType",
        "3:U9",
      ]);
    }
  });
  it("reads Indonesian dates and times (WIB)", () => {
    const h = `${header},U1,U2,U3,U4,U5,U6,U7,U8,U9`;
    const row = `03/05/2019 09.30,SKM-2017,PBG,L1,paper,45,P,SMA,Swasta,,,3,3,3,3,3,3,3,3,3`;
    const r = parseResponsesCsv(`${h}\n${row}\n`, NOW, known);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows[0].submission.submittedAt.toISOString()).toBe("2019-05-03T02:30:00.000Z");
      expect(r.rows[0].submission.respondent.age).toBe(45);
    }
  });
  it("rejects unknown headers on line 1", () => {
    const r = parseResponsesCsv("submittedAt,questionnaire,nama\n2020-01-01,SKM-2017,Budi\n", NOW);
    expect(r.ok ? [] : r.problems).toEqual([{ line: 1, column: "nama", message: "Kolom tidak dikenal" }]);
  });
});

describe("survey form errors", () => {
  const t = createTranslator("id", "survey");
  it("maps validation fields to form controls with translated messages", () => {
    expect(formFieldErrors({ "answers.U3": "x", "respondent.age": "y", infoSource: "z" }, t)).toEqual({
      U3: "Pilih salah satu jawaban.",
      age: "Isi umur dengan angka 15–100.",
      infoSource: "Pilih salah satu sumber informasi.",
    });
  });
});
