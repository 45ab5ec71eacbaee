/**
 * One period's open-data tables from its published figures (issue 17), in the tidy shape of ./datasets.ts. Rows whose
 * jumlah_data is below `minN` are left out and counted per dataset. Pure.
 *
 * - ikm, ikm-unsur: from the period's published SKM report (its frozen summary), jumlah_data = respondents (per
 *   element: those who answered it); IKM to 2 decimals, element averages to 3.
 * - ketepatan-waktu: permits finished in the period per licence type, nilai = 100 × on time ÷ finished (1 decimal).
 * - pengaduan: received (n = received), resolved (n = received), % resolved within the deadline (n = complaints whose
 *   deadline outcome is known), median working days to resolution (n = resolved).
 * - investasi: planned investment per BKPM sector, kecamatan (kode_wilayah = the kecamatan) and PMA/PMDN, n = projects.
 */
import type { OpenDataDatasetId, OpenDataRow } from "./datasets";

export type OpenDataPeriod = { key: string; kind: string; from: string; to: string };

export type OpenDataInputs = {
  period: OpenDataPeriod;
  region: { code: string; name: string };
  minN: number;
  /** The period's published SKM report, or null when it has none. */
  skm: {
    questionnaire: string;
    ikm: number | null;
    grade: "A" | "B" | "C" | "D" | null;
    respondents: number;
    elements: readonly { code: string; name: string; count: number; nrr: number | null }[];
  } | null;
  onTime: readonly { licenseType: string; name: string; completed: number; onTime: number }[];
  complaints: {
    received: number;
    resolved: number;
    deadlineDecided: number;
    resolvedWithinDeadlinePercent: number | null;
    medianWorkingDaysToResolution: number | null;
  };
  investment: readonly {
    dimension: "sektor" | "kecamatan" | "status_modal";
    code: string;
    name: string;
    projects: number;
    investment: bigint;
    workers: number;
    /** For kecamatan rows: the kecamatan's own code and name as kode_wilayah / nama_wilayah. */
    area?: { code: string; name: string };
  }[];
};

export type OpenDataTables = {
  datasets: { [I in OpenDataDatasetId]: OpenDataRow<I>[] };
  suppressed: Record<OpenDataDatasetId, number>;
};

/** "2026-Q1" → Q1, "2026-S2" → S2, "2026-03" → 03, "2026" → tahunan. */
export function periodLabel(period: OpenDataPeriod): string {
  return period.kind === "year" ? "tahunan" : period.key.slice(5);
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function buildOpenDataTables(inputs: OpenDataInputs): OpenDataTables {
  const { period, region } = inputs;
  const base = (satuan: string, nilai: number, jumlah_data: number, area = region) => ({
    kode_wilayah: area.code,
    nama_wilayah: area.name,
    tahun: Number(period.key.slice(0, 4)),
    periode: periodLabel(period),
    periode_mulai: period.from,
    periode_akhir: period.to,
    satuan,
    nilai,
    jumlah_data,
  });
  const skm = inputs.skm;
  const ikm: OpenDataRow<"ikm">[] =
    skm && skm.ikm !== null
      ? [
          {
            ...base("indeks (25–100)", round(skm.ikm, 2), skm.respondents),
            kuesioner: skm.questionnaire,
            mutu_pelayanan: skm.grade,
          },
        ]
      : [];
  const ikmElements: OpenDataRow<"ikm-unsur">[] = (skm?.elements ?? []).flatMap((element) =>
    element.nrr === null
      ? []
      : [
          {
            ...base("nilai rata-rata (1–4)", round(element.nrr, 3), element.count),
            kuesioner: skm!.questionnaire,
            kode_unsur: element.code,
            nama_unsur: element.name,
          },
        ],
  );
  const onTime: OpenDataRow<"ketepatan-waktu">[] = inputs.onTime
    .filter((row) => row.completed > 0)
    .map((row) => ({
      ...base("persen", round((100 * row.onTime) / row.completed, 1), row.completed),
      kode_jenis_izin: row.licenseType,
      nama_jenis_izin: row.name,
    }));
  const c = inputs.complaints;
  const complaints: OpenDataRow<"pengaduan">[] = [
    { ...base("pengaduan", c.received, c.received), indikator: "pengaduan_diterima" as const },
    { ...base("pengaduan", c.resolved, c.received), indikator: "pengaduan_selesai" as const },
    ...(c.resolvedWithinDeadlinePercent === null
      ? []
      : [
          {
            ...base("persen", c.resolvedWithinDeadlinePercent, c.deadlineDecided),
            indikator: "persen_selesai_tepat_waktu" as const,
          },
        ]),
    ...(c.medianWorkingDaysToResolution === null
      ? []
      : [
          {
            ...base("hari kerja", c.medianWorkingDaysToResolution, c.resolved),
            indikator: "median_hari_kerja_penyelesaian" as const,
          },
        ]),
  ];
  const investment: OpenDataRow<"investasi">[] = inputs.investment.map((row) => ({
    ...base("rupiah", Number(row.investment), row.projects, row.area ?? region),
    dimensi: row.dimension,
    kode_kategori: row.code,
    nama_kategori: row.name,
    tenaga_kerja: row.workers,
  }));

  const suppressed = {} as Record<OpenDataDatasetId, number>;
  const keep = <R extends { jumlah_data: number }>(id: OpenDataDatasetId, rows: R[]): R[] => {
    const kept = rows.filter((row) => row.jumlah_data >= inputs.minN);
    suppressed[id] = rows.length - kept.length;
    return kept;
  };
  return {
    datasets: {
      ikm: keep("ikm", ikm),
      "ikm-unsur": keep("ikm-unsur", ikmElements),
      "ketepatan-waktu": keep("ketepatan-waktu", onTime),
      pengaduan: keep("pengaduan", complaints),
      investasi: keep("investasi", investment),
    },
    suppressed,
  };
}
