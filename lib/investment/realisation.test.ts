import { describe, expect, it } from "vitest";
import { computeRealisationSeries, realisationPointToJson, resolveRealisation } from "./realisation";
import { realisationDashboardQuery } from "./realisation-params";

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
