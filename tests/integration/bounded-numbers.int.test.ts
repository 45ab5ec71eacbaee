/**
 * Issue 12 item 5: every stored number has a documented range (lib/validation/bounds.ts); out-of-range values,
 * 2^63, 400-digit strings, 1e30, NaN and lone surrogates get a 422 naming the field — in the JSON API, in CSV
 * imports (line + column) and in forms — and sums of the largest allowed values stay exact. Both engines (TEST_DB).
 * Rows use 2022 dates and "BN-" numbers so other files' figures stay apart.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postApplicationsImport } from "@/app/api/v1/applications/import/route";
import { POST as postRealisations } from "@/app/api/v1/investment/realisations/route";
import { POST as postResponse } from "@/app/api/v1/responses/route";
import { POST as postSurveyImport } from "@/app/api/v1/responses/import/route";
import { GET as getTrend } from "@/app/api/v1/investment/trend/route";
import { registerApplication } from "@/lib/applications/applications-store";
import { getInvestmentDashboard } from "@/lib/investment/dashboard";
import { ZInvestmentFilter } from "@/lib/investment/schemas";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { jsonRequest } from "../support/request";

const ctx = { params: Promise.resolve({}) };
const system = { id: null, label: "test", role: "ADMIN" as const };
const tokens = { admin: "", planner: "" };
const MAX_RUPIAH = "100000000000000"; // Rp100 triliun, NUMBER_BOUNDS.investmentRupiah.max

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,penetapanAt,investmentValue,investmentCurrency,workersLocal,workersForeign,kbli,kbliVersion,origin";
type Cells = { no: string; fee?: string; value?: string; local?: string; foreign?: string; day?: number };
function row(c: Cells): string {
  const day = new Date(Date.UTC(2022, 2, 7) + (c.day ?? 0) * 86_400_000).toISOString().slice(0, 10);
  return [
    c.no,
    "IUI",
    `PT ${c.no}`,
    "business",
    "Kota",
    "Setono Pande",
    `${day}T08:00`,
    `${day}T14:00`,
    "issued",
    c.fee ?? "0",
    "L1",
    `${day}T09:00`,
    `${day}T10:00`,
    c.value ?? "5000000000",
    "IDR",
    c.local ?? "10",
    c.foreign ?? "0",
    "47111",
    "2020",
    "PMDN",
  ].join(",");
}
const importCsv = (rows: string[]) =>
  postApplicationsImport(
    new Request("http://localhost/api/v1/applications/import", {
      method: "POST",
      body: [HEADER, ...rows].join("\n") + "\n",
      headers: { "content-type": "text/csv", authorization: `Bearer ${tokens.admin}` },
    }),
    {},
  );

beforeAll(async () => {
  tokens.admin = (await createApiToken({ name: "bounds-admin", role: "ADMIN" }, system)).token;
  tokens.planner = (await createApiToken({ name: "bounds-planner", role: "PLANNER" }, system)).token;
});

describe("CSV import of applications: line and column for every out-of-range number", () => {
  it("2^63 − 1, 400 digits, 1e30, NaN, workers and fee above their bounds → 422, nothing stored", async () => {
    const before = await getDb().application.count();
    const res = await importCsv([
      row({ no: "BN-OK-1" }),
      row({ no: "BN-BAD-1", value: "9223372036854775807" }),
      row({ no: "BN-BAD-2", value: "9".repeat(400) }),
      row({ no: "BN-BAD-3", value: "1e30" }),
      row({ no: "BN-BAD-4", value: "NaN" }),
      row({ no: "BN-BAD-5", value: "100000000000001" }),
      row({ no: "BN-BAD-6", local: "100001" }),
      row({ no: "BN-BAD-7", foreign: "9223372036854775808" }),
      row({ no: "BN-BAD-8", fee: "3000000000" }),
    ]);
    expect(res.status).toBe(422);
    const { result } = (await res.json()) as {
      result: { errors: { line: number; column: string; message: string }[]; committed: boolean };
    };
    expect(result.committed).toBe(false);
    expect(result.errors.map((e) => `${e.line}/${e.column}`)).toEqual([
      "3/investmentValue",
      "4/investmentValue",
      "5/investmentValue",
      "6/investmentValue",
      "7/investmentValue",
      "8/workersLocal",
      "9/workersForeign",
      "10/feeCharged",
    ]);
    expect(result.errors[0]!.message).toBe(
      "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal.",
    );
    expect(result.errors[4]!.message).toBe(
      "Nilai investasi paling banyak Rp100.000.000.000.000 (Rp100 triliun) per laporan atau proyek.",
    );
    expect(result.errors[5]!.message).toBe("Tenaga kerja Indonesia harus bilangan bulat 0–100.000.");
    expect(result.errors[7]!.message).toBe("Biaya harus bilangan bulat 0–1.000.000.000.");
    expect(await getDb().application.count()).toBe(before);
  });

  it("100 projects at the Rp100 triliun limit: the dashboard and the trend API sum them exactly (10^16 > 2^53)", async () => {
    const rows = Array.from({ length: 100 }, (_, i) =>
      row({
        no: `BN-MAX-${String(i).padStart(3, "0")}`,
        value: MAX_RUPIAH,
        local: "100000",
        foreign: "100000",
        day: i % 5,
      }),
    );
    const res = await importCsv(rows);
    expect(res.status, await res.clone().text()).toBe(200);
    const trend = await getTrend(
      new Request("http://localhost/api/v1/investment/trend?from=2022-03-07&to=2022-03-11&interval=year", {
        headers: { authorization: `Bearer ${tokens.planner}` },
      }),
      ctx,
    );
    expect(trend.status).toBe(200);
    const body = (await trend.json()) as { totals: { projects: number; investment: string; workers: number } };
    expect(body.totals).toEqual({ projects: 100, investment: "10000000000000000", workers: 20_000_000 });
    const dashboard = await getInvestmentDashboard(ZInvestmentFilter.parse({ from: "2022-03-07", to: "2022-03-11" }));
    expect(dashboard.trend.totals.investment).toBe(10_000_000_000_000_000n);
    expect(dashboard.trend.totals.workers).toBe(20_000_000);
  });
});

describe("CSV imports of LKPM reports and survey responses name line and column", () => {
  it("LKPM: 2^63 and workers above the bound", async () => {
    const csv = [
      "registrationNo,year,period,realisedInvestment,currency,exchangeRate,workersLocal,workersForeign",
      "BN-OK-1,2022,TW1,9223372036854775808,IDR,,4,0",
      "BN-OK-1,2022,TW2,1000000,IDR,,100001,0",
    ].join("\n");
    const res = await postRealisations(
      new Request("http://localhost/api/v1/investment/realisations", {
        method: "POST",
        headers: { "content-type": "text/csv", authorization: `Bearer ${tokens.planner}` },
        body: csv,
      }),
      ctx,
    );
    expect(res.status).toBe(422);
    const { rowErrors } = (await res.json()) as { rowErrors: { line: number; column: string }[] };
    expect(rowErrors.map((e) => `${e.line}/${e.column}`)).toEqual(["2/realisedInvestment", "3/workersLocal"]);
  });

  it("survey responses: age 1e30 and 2^63 on lines 2 and 3", async () => {
    const csv = [
      "submittedAt,questionnaire,age,sex,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9",
      "2022-03-07,SKM-2017,1e30,L,SMA,Wirausaha,4,4,4,4,4,4,4,4,4",
      "2022-03-07,SKM-2017,9223372036854775808,L,SMA,Wirausaha,4,4,4,4,4,4,4,4,4",
    ].join("\n");
    const res = await postSurveyImport(
      new Request("http://localhost/api/v1/responses/import", {
        method: "POST",
        body: csv,
        headers: { "content-type": "text/csv", authorization: `Bearer ${tokens.admin}` },
      }),
      ctx,
    );
    expect(res.status).toBe(422);
    expect(Object.keys(((await res.json()) as { error: { fields: object } }).error.fields)).toEqual([
      "line 2 / age",
      "line 3 / age",
    ]);
  });
});

describe("JSON API: 422 naming the field", () => {
  const post = (body: string) =>
    postRealisations(
      new Request("http://localhost/api/v1/investment/realisations", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${tokens.planner}` },
        body,
      }),
      ctx,
    );
  const base = {
    registrationNo: "BN-OK-1",
    year: 2022,
    period: "TW1",
    realisedInvestment: "2500000000",
    workersLocal: 4,
    workersForeign: 0,
  };

  it.each([
    ["2^63 as a JSON number", `{"realisedInvestment": 9223372036854775808}`, "realisedInvestment"],
    ["a 400-digit string", JSON.stringify({ realisedInvestment: "9".repeat(400) }), "realisedInvestment"],
    ["1e30", `{"realisedInvestment": 1e30}`, "realisedInvestment"],
    ["NaN", `{"realisedInvestment": "NaN"}`, "realisedInvestment"],
    ["workers above 100.000", `{"workersLocal": 100001}`, "workersLocal"],
    ["an exchange rate above 1.000.000", `{"currency": "USD", "exchangeRate": "1000001"}`, "exchangeRate"],
    ["a lone surrogate", `{"registrationNo": "BN-\\ud800"}`, "registrationNo"],
  ])("LKPM realisation: %s", async (_label, patch, field) => {
    // Raw JSON text, so 1e30, 2^63 and "\ud800" reach the server as written (a later duplicate key wins in JSON.parse).
    const res = await post(`{${JSON.stringify(base).slice(1, -1)},${patch.slice(1, -1)}}`);
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields?: Record<string, string> }; rowErrors?: unknown };
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
  });

  it("survey response: age 1e30 and a lone surrogate in the comment name their fields", async () => {
    const answers = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };
    const submit = (text: string) =>
      postResponse(jsonRequest("/api/v1/responses", text, { headers: { "x-forwarded-for": "10.77.0.1" } }), ctx);
    const body = { questionnaire: "SKM-2017", answers, channel: "web" };
    const age = await submit(
      `{${JSON.stringify(body).slice(1, -1)},"respondent":{"age":1e30,"sex":"L","education":"SMA","occupation":"Wirausaha"}}`,
    );
    expect(age.status).toBe(422);
    expect(Object.keys(((await age.json()) as { error: { fields: object } }).error.fields)).toEqual(["respondent.age"]);
    const before = await getDb().surveyResponse.count();
    const surrogate = await submit(
      `{${JSON.stringify(body).slice(1, -1)},"respondent":{"age":30,"sex":"L","education":"SMA","occupation":"Wirausaha"},"comment":"bagus \\ud800"}`,
    );
    expect(surrogate.status).toBe(422);
    expect(((await surrogate.json()) as { error: { fields: object } }).error.fields).toEqual({
      comment: "Teks berisi karakter yang tidak valid (surrogate UTF-16 tanpa pasangan).",
    });
    expect(await getDb().surveyResponse.count()).toBe(before);
  });
});

describe("forms", () => {
  it("the register-application form refuses a fee, value and workers out of range, naming each field", async () => {
    const officer = { id: null, label: "test-officer", role: "OFFICER" as const };
    const form = {
      licenseType: "REKLAME",
      applicantName: "Budi",
      applicantKind: "individual",
      kelurahan: "35.71.02.1010",
      feeCharged: "3000000000",
    };
    await expect(registerApplication(form, officer)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { feeCharged: "Biaya harus bilangan bulat 0–1.000.000.000." },
    });
    const business = {
      ...form,
      licenseType: "IUI",
      feeCharged: "",
      investmentValue: "9223372036854775807",
      investmentCurrency: "IDR",
      workersLocal: "1e30",
      workersForeign: "100001",
      kbli: "47111",
      kbliVersion: "2020",
      origin: "PMDN",
    };
    await expect(registerApplication(business, officer)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        investmentValue: "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal.",
        workersLocal: "Tenaga kerja Indonesia harus bilangan bulat tidak negatif, mis. 12.",
        workersForeign: "Tenaga kerja asing harus bilangan bulat 0–100.000.",
      },
    });
  });
});
