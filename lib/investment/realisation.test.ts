import { describe, expect, it } from "vitest";
import {
  checkObligation,
  complianceRate,
  computeRealisationSeries,
  duePeriods,
  isFiledOnTime,
  lkpmFilingDeadline,
  lkpmRuleDeadline,
  ZLkpmDeadlineOverride,
  lkpmPeriodBounds,
  lkpmPeriodContaining,
  lkpmPeriodKindFor,
  parseLkpmPeriodLabel,
  realisationPointToJson,
  realisationRatio,
  resolveRealisation,
  ZRealisationInput,
} from "./realisation";
import { realisationDashboardQuery } from "./realisation-params";

describe("LKPM schedule", () => {
  it.each([
    ["mikro", null],
    ["kecil", "semester"],
    ["menengah", "triwulan"],
    ["besar", "triwulan"],
    [null, null],
  ] as const)("scale %s reports per %s", (scale, kind) => {
    expect(lkpmPeriodKindFor(scale)).toBe(kind);
  });

  it.each([
    ["TW1", { kind: "triwulan", number: 1 }],
    ["tw 4", { kind: "triwulan", number: 4 }],
    ["S2", { kind: "semester", number: 2 }],
    ["S3", null],
    ["TW5", null],
    ["Q1", null],
  ] as const)("parses %s", (label, expected) => {
    expect(parseLkpmPeriodLabel(label)).toEqual(expected);
  });

  it("period boundaries are whole WIB calendar quarters and halves", () => {
    expect(lkpmPeriodBounds({ year: 2026, kind: "triwulan", number: 1 })).toMatchObject({
      firstDay: "2026-01-01",
      lastDay: "2026-03-31",
    });
    expect(lkpmPeriodBounds({ year: 2024, kind: "triwulan", number: 2 })).toMatchObject({
      firstDay: "2024-04-01",
      lastDay: "2024-06-30",
    });
    expect(lkpmPeriodBounds({ year: 2026, kind: "semester", number: 2 })).toMatchObject({
      firstDay: "2026-07-01",
      lastDay: "2026-12-31",
    });
    expect(lkpmPeriodContaining("semester", "2026-06-30")).toEqual({
      year: 2026,
      kind: "semester",
      number: 1,
      firstDay: "2026-01-01",
      lastDay: "2026-06-30",
    });
    expect(lkpmPeriodContaining("triwulan", "2026-10-01")).toMatchObject({ number: 4, firstDay: "2026-10-01" });
  });

  it.each([
    // PerBKPM 5/2021: the 10th of the month after the period, for deadlines before PerBKPM 5/2025 (1 Oct 2025)
    [2024, "triwulan", 4, "2025-01-10", "PerBKPM 5/2021"],
    [2025, "triwulan", 2, "2025-07-10", "PerBKPM 5/2021"],
    [2025, "semester", 1, "2025-07-10", "PerBKPM 5/2021"],
    // PerBKPM 5/2025: the 15th from TW3 2025 on
    [2025, "triwulan", 3, "2025-10-15", "PerBKPM 5/2025"],
    [2025, "triwulan", 4, "2026-01-15", "PerBKPM 5/2025"],
    [2025, "semester", 2, "2026-01-15", "PerBKPM 5/2025"],
    [2026, "semester", 1, "2026-07-15", "PerBKPM 5/2025"],
    [2026, "triwulan", 3, "2026-10-15", "PerBKPM 5/2025"],
  ] as const)("filing deadline of %d %s %d is %s (%s)", (year, kind, number, deadline, rule) => {
    expect(lkpmRuleDeadline({ year, kind, number })).toEqual({ deadline, rule });
    expect(lkpmFilingDeadline({ year, kind, number })).toBe(deadline);
  });

  it("TW4 2025 filed on 2026-01-12 is on time (15th rule); TW2 2025 filed on 2025-07-12 is late (10th rule)", () => {
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-12")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-15")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 4 }, "2026-01-16")).toBe(false);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 2 }, "2025-07-10")).toBe(true);
    expect(isFiledOnTime({ year: 2025, kind: "triwulan", number: 2 }, "2025-07-12")).toBe(false);
  });

  it("an admin override replaces the rule's deadline for that period only", () => {
    const overrides = new Map([["2026-TW1", "2026-04-20"]]);
    expect(lkpmFilingDeadline({ year: 2026, kind: "triwulan", number: 1 }, overrides)).toBe("2026-04-20");
    expect(isFiledOnTime({ year: 2026, kind: "triwulan", number: 1 }, "2026-04-18", overrides)).toBe(true);
    expect(isFiledOnTime({ year: 2026, kind: "triwulan", number: 1 }, "2026-04-18")).toBe(false);
    expect(lkpmFilingDeadline({ year: 2026, kind: "triwulan", number: 2 }, overrides)).toBe("2026-07-15");
  });

  it("an override names its period, a deadline after the period and a reason", () => {
    expect(
      ZLkpmDeadlineOverride.parse({ period: "2026-tw1", deadline: "2026-04-20", reason: "Pengumuman BKPM" }),
    ).toEqual({
      period: { year: 2026, kind: "triwulan", number: 1 },
      deadline: "2026-04-20",
      reason: "Pengumuman BKPM",
    });
    const bad = ZLkpmDeadlineOverride.safeParse({ period: "2026-TW5", deadline: "2026-03-31", reason: "" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["period", "reason"]));
    const early = ZLkpmDeadlineOverride.safeParse({ period: "2026-TW1", deadline: "2026-03-31", reason: "Pengumuman" });
    expect(early.error?.issues[0]).toMatchObject({
      path: ["deadline"],
      message: "Batas lapor harus setelah periode berakhir (2026-03-31) dan paling lambat setahun sesudahnya.",
    });
  });

  it("obligation starts with the period of issue and covers every period ended before today", () => {
    const besar = { scale: "besar", issuedDay: "2026-02-10" };
    expect(duePeriods(besar, "2026-10-05").map((p) => `${p.year}-TW${p.number}`)).toEqual([
      "2026-TW1",
      "2026-TW2",
      "2026-TW3",
    ]);
    // 30 Sep is the last day of TW3: not yet owed on that day.
    expect(duePeriods(besar, "2026-09-30")).toHaveLength(2);
    const kecil = { scale: "kecil", issuedDay: "2025-12-31" };
    expect(duePeriods(kecil, "2026-07-01").map((p) => `${p.year}-S${p.number}`)).toEqual(["2025-S2", "2026-S1"]);
    expect(duePeriods({ scale: "mikro", issuedDay: "2020-01-01" }, "2026-07-01")).toEqual([]);
  });

  it("checkObligation names why a report is not owed", () => {
    const today = "2026-11-29";
    const kecil = { scale: "kecil", issuedDay: "2026-03-15" };
    expect(checkObligation(kecil, { year: 2026, kind: "semester", number: 1 }, today)).toMatchObject({
      ok: true,
      value: { lastDay: "2026-06-30" },
    });
    expect(checkObligation(kecil, { year: 2026, kind: "triwulan", number: 1 }, today)).toMatchObject({
      ok: false,
      error: { code: "wrong_kind", message: "Usaha kecil melapor per semester (S1 atau S2), bukan TW1." },
    });
    expect(checkObligation(kecil, { year: 2025, kind: "semester", number: 2 }, today)).toMatchObject({
      ok: false,
      error: { code: "before_issue" },
    });
    expect(checkObligation(kecil, { year: 2026, kind: "semester", number: 2 }, today)).toMatchObject({
      ok: false,
      error: { code: "not_ended" },
    });
    expect(
      checkObligation({ scale: "mikro", issuedDay: "2026-01-01" }, { year: 2026, kind: "semester", number: 1 }, today),
    ).toMatchObject({ ok: false, error: { code: "exempt" } });
  });
});

describe("ratios", () => {
  it("realisation ratio in tenths of a percent, half-up, exact beyond 2^53", () => {
    expect(realisationRatio(7n, 8n)).toBe(875);
    expect(realisationRatio(1n, 3n)).toBe(333);
    expect(realisationRatio(2n, 3n)).toBe(667);
    expect(realisationRatio(1_200_000_000n, 1_000_000_000n)).toBe(1200);
    // 9 007 199 254 740 993 of 18 014 398 509 481 984 is 50,000000000000005…% → 500.
    expect(realisationRatio(9_007_199_254_740_993n, 18_014_398_509_481_984n)).toBe(500);
    // 1 of 2000 = 0,05 % → rounds half-up to 0,1 %.
    expect(realisationRatio(1n, 2000n)).toBe(1);
    expect(realisationRatio(5n, 0n)).toBeNull();
  });

  it("compliance is filed ÷ owed; null when nothing was owed", () => {
    expect(complianceRate(17, 20)).toBe(850);
    expect(complianceRate(0, 0)).toBeNull();
  });
});

describe("ZRealisationInput", () => {
  const valid = {
    registrationNo: " REG-1 ",
    year: "2026",
    period: "tw2",
    realisedInvestment: "1250000.50",
    currency: "usd",
    exchangeRate: "16325.75",
    workersLocal: "12",
    workersForeign: 1,
  };

  it("converts a foreign amount exactly and normalises the period", () => {
    const parsed = ZRealisationInput.parse(valid);
    expect(parsed).toMatchObject({
      registrationNo: "REG-1",
      year: 2026,
      period: { kind: "triwulan", number: 2 },
      currency: "USD",
      workersLocal: 12,
      workersForeign: 1,
    });
    expect(parsed.realisedRupiah).toBe(20_407_195_663n);
    expect(parsed.reportedOn).toBeNull();
  });

  it("defaults to rupiah without a rate, exact up to the Rp100 triliun bound", () => {
    const parsed = ZRealisationInput.parse({
      ...valid,
      currency: "",
      exchangeRate: "",
      realisedInvestment: "100000000000000",
    });
    expect(parsed.realisedRupiah).toBe(100_000_000_000_000n);
    expect(parsed.currency).toBe("IDR");
    const over = ZRealisationInput.safeParse({
      ...valid,
      currency: "",
      exchangeRate: "",
      realisedInvestment: "100000000000001",
    });
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "realisedInvestment",
        "Realisasi investasi paling banyak Rp100.000.000.000.000 (Rp100 triliun) per laporan atau proyek.",
      ],
    ]);
  });

  it.each([
    [{ realisedInvestment: "9223372036854775807" }, "realisedInvestment"],
    [{ realisedInvestment: "9".repeat(400) }, "realisedInvestment"],
    [{ realisedInvestment: 1e30 }, "realisedInvestment"],
    [{ realisedInvestment: Number.NaN }, "realisedInvestment"],
    [{ exchangeRate: "2000000" }, "exchangeRate"],
    [{ exchangeRate: "1.0000001" }, "exchangeRate"],
    [{ workersLocal: "100001" }, "workersLocal"],
    [{ workersForeign: 2 ** 63 }, "workersForeign"],
  ])("refuses out-of-range %j naming %s", (patch, field) => {
    const r = ZRealisationInput.safeParse({ ...valid, ...patch });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it.each([
    [{ realisedInvestment: "-5" }, "realisedInvestment", "Realisasi investasi tidak boleh negatif."],
    [
      { realisedInvestment: "1,000,000" },
      "realisedInvestment",
      "Realisasi investasi: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
    ],
    [{ period: "Q3" }, "period", 'Periode harus TW1, TW2, TW3, TW4, S1 atau S2, bukan "Q3".'],
    [{ year: "26" }, "year", "Tahun harus tahun empat angka antara 2000 dan 2100."],
    [{ workersLocal: "-1" }, "workersLocal", "Tenaga kerja Indonesia tidak boleh negatif."],
    [{ exchangeRate: "" }, "exchangeRate", "Kurs wajib diisi untuk mata uang USD (rupiah per 1 USD)."],
    [{ currency: "IDR", exchangeRate: "2" }, "exchangeRate", "Kurs untuk Rupiah (IDR) harus 1 atau dikosongkan."],
    [{ registrationNo: "  " }, "registrationNo", "Nomor registrasi wajib diisi."],
    [{ reportedOn: "2026-02-30" }, "reportedOn", "Tanggal lapor harus tanggal yang valid dengan format YYYY-MM-DD."],
  ])("rejects %o with the field's message", (change, field, message) => {
    const parsed = ZRealisationInput.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([field, message]);
  });
});

describe("computeRealisationSeries", () => {
  // Two besar projects (Rp 10 M issued 2026-01-15, Rp 20 M issued 2026-05-01) and one kecil (Rp 2 M, 2026-02-01);
  // a mikro project never counts.
  const projects = [
    { day: "2026-01-15", group: "A", scale: "besar", projects: 1, investment: 10_000_000_000n },
    { day: "2026-02-01", group: "B", scale: "kecil", projects: 1, investment: 2_000_000_000n },
    { day: "2026-05-01", group: "A", scale: "besar", projects: 1, investment: 20_000_000_000n },
    { day: "2026-03-01", group: "A", scale: "mikro", projects: 3, investment: 900_000_000n },
  ];
  const reports = [
    {
      periodLastDay: "2026-03-31",
      periodKind: "triwulan" as const,
      group: "A",
      reports: 1,
      onTime: 1,
      realised: 3_000_000_000n,
    },
    {
      periodLastDay: "2026-06-30",
      periodKind: "triwulan" as const,
      group: "A",
      reports: 2,
      onTime: 1,
      realised: 7_000_000_000n,
    },
    {
      periodLastDay: "2026-06-30",
      periodKind: "semester" as const,
      group: "B",
      reports: 1,
      onTime: 0,
      realised: 500_000_000n,
    },
  ];
  const buckets = [
    { key: "2026-Q1", from: "2026-01-01", to: "2026-03-31" },
    { key: "2026-Q2", from: "2026-04-01", to: "2026-06-30" },
    { key: "2026-Q3", from: "2026-07-01", to: "2026-09-30" },
  ];

  it("quarters: cumulative plan and realisation, owed and filed per quarter, semester in Q2", () => {
    const points = computeRealisationSeries({ buckets, projects, reports, today: "2026-10-05", isGrouped: false }).map(
      realisationPointToJson,
    );
    expect(points).toEqual([
      // Q1: plan 10 M + 2 M; TW1 owed by the first besar only; realised 3 M of 12 M = 25 %.
      {
        period: "2026-Q1",
        group: null,
        plannedInvestment: "12000000000",
        realisedInvestment: "3000000000",
        realisedInPeriod: "3000000000",
        ratio: 0.25,
        obligated: 1,
        filed: 1,
        filedOnTime: 1,
        compliance: 1,
      },
      // Q2: plan 32 M; TW2 owed by both besar, S1 by the kecil → 3 owed, 3 filed; realised 10,5 M of 32 M = 32,8125 % → 32,8 %.
      {
        period: "2026-Q2",
        group: null,
        plannedInvestment: "32000000000",
        realisedInvestment: "10500000000",
        realisedInPeriod: "7500000000",
        ratio: 0.328,
        obligated: 3,
        filed: 3,
        filedOnTime: 1,
        compliance: 1,
      },
      // Q3: TW3 owed by both besar, nothing filed.
      {
        period: "2026-Q3",
        group: null,
        plannedInvestment: "32000000000",
        realisedInvestment: "10500000000",
        realisedInPeriod: "0",
        ratio: 0.328,
        obligated: 2,
        filed: 0,
        filedOnTime: 0,
        compliance: 0,
      },
    ]);
  });

  it("periods not yet ended are not owed; grouping splits the totals", () => {
    const points = computeRealisationSeries({
      buckets: [{ key: "2026", from: "2026-01-01", to: "2026-12-31" }],
      projects,
      reports,
      today: "2026-10-05",
      isGrouped: true,
    });
    expect(
      points.map((p) => [
        p.group,
        p.plannedInvestment,
        p.realisedInvestment,
        p.obligated,
        p.filed,
        p.compliance,
        p.ratio,
      ]),
    ).toEqual([
      // A: TW1 (1) + TW2 (2) + TW3 (2) owed = 5, 3 filed = 60 %; 10 M of 30 M = 33,3 %.
      ["A", 30_000_000_000n, 10_000_000_000n, 5, 3, 600, 333],
      // B: S1 owed and filed; S2 2026 has not ended. 0,5 M of 2 M = 25 %.
      ["B", 2_000_000_000n, 500_000_000n, 1, 1, 1000, 250],
    ]);
  });
});

describe("resolveRealisation", () => {
  const project = {
    id: "p1",
    registrationNo: "KDR-1",
    status: "issued",
    scale: "menengah",
    issuedDay: "2026-04-01",
    hasInvestment: true,
  };
  const input = { registrationNo: "KDR-1", year: 2026, period: { kind: "triwulan" as const, number: 2 } };

  it("an owed period resolves to its WIB bounds and the project id; filed today by default", () => {
    expect(resolveRealisation(input, project, "2026-07-01")).toEqual({
      ok: true,
      applicationId: "p1",
      period: { year: 2026, kind: "triwulan", number: 2, firstDay: "2026-04-01", lastDay: "2026-06-30" },
      reportedDay: "2026-07-01",
      isOnTime: true,
    });
  });

  it("a given filing day decides on time (by 15 July for TW2 2026) or late; an override moves it", () => {
    expect(resolveRealisation({ ...input, reportedOn: "2026-07-15" }, project, "2026-11-29")).toMatchObject({
      ok: true,
      reportedDay: "2026-07-15",
      isOnTime: true,
    });
    expect(resolveRealisation({ ...input, reportedOn: "2026-07-16" }, project, "2026-11-29")).toMatchObject({
      ok: true,
      reportedDay: "2026-07-16",
      isOnTime: false,
    });
    expect(
      resolveRealisation(
        { ...input, reportedOn: "2026-07-16" },
        project,
        "2026-11-29",
        new Map([["2026-TW2", "2026-07-17"]]),
      ),
    ).toMatchObject({ isOnTime: true });
    expect(resolveRealisation({ ...input, reportedOn: "2026-06-30" }, project, "2026-11-29")).toEqual({
      ok: false,
      error: {
        field: "reportedOn",
        message:
          "Tanggal lapor 2026-06-30 harus setelah periode berakhir (2026-06-30) dan tidak setelah hari ini (2026-11-29).",
      },
    });
    expect(resolveRealisation({ ...input, reportedOn: "2026-11-30" }, project, "2026-11-29")).toMatchObject({
      ok: false,
      error: { field: "reportedOn" },
    });
  });

  it.each([
    [null, input, "registrationNo", "Nomor registrasi KDR-1 tidak ditemukan."],
    [
      { ...project, status: "in_process", issuedDay: null },
      input,
      "registrationNo",
      "Permohonan KDR-1 bukan izin usaha terbit dengan rencana investasi, sehingga tidak wajib LKPM.",
    ],
    [
      { ...project, hasInvestment: false },
      input,
      "registrationNo",
      "Permohonan KDR-1 bukan izin usaha terbit dengan rencana investasi, sehingga tidak wajib LKPM.",
    ],
    [
      project,
      { ...input, period: { kind: "triwulan" as const, number: 1 } },
      "period",
      "KDR-1: Periode TW1 2026 sebelum izin terbit (2026-04-01); kewajiban LKPM dimulai TW2 2026.",
    ],
    [
      project,
      { ...input, period: { kind: "semester" as const, number: 1 } },
      "period",
      "KDR-1: Usaha menengah melapor per triwulan (TW1–TW4), bukan S1.",
    ],
  ])("refuses %o / %o on %s", (candidate, report, field, message) => {
    expect(resolveRealisation(report, candidate, "2026-07-01")).toEqual({ ok: false, error: { field, message } });
  });

  it("TW2 is not owed on its own last day", () => {
    expect(resolveRealisation(input, project, "2026-06-30")).toEqual({
      ok: false,
      error: { field: "period", message: "KDR-1: Periode TW2 2026 belum berakhir (berakhir 2026-06-30)." },
    });
  });
});

describe("realisationDashboardQuery", () => {
  it("defaults to 1 January last year … today, quarterly", () => {
    expect(realisationDashboardQuery({}, "2026-11-29")).toEqual({
      query: { from: "2025-01-01", to: "2026-11-29", interval: "quarter" },
      errors: {},
    });
  });
  it("keeps a valid query and reports a bad one with the defaults", () => {
    expect(
      realisationDashboardQuery(
        { from: "2026-01-01", to: "2026-06-30", interval: "year", groupBy: "scale" },
        "2026-11-29",
      ).query,
    ).toEqual({ from: "2026-01-01", to: "2026-06-30", interval: "year", groupBy: "scale" });
    const bad = realisationDashboardQuery({ from: "2026-07-01", to: "2026-01-01", groupBy: "kbli" }, "2026-11-29");
    expect(bad.query.from).toBe("2025-01-01");
    expect(bad.errors).toEqual({ groupBy: "groupBy harus sector, kecamatan, origin atau scale." });
  });
});
