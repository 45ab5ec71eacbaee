/**
 * Regulatory constants for the Survei Kepuasan Masyarakat (SKM) / Indeks Kepuasan Masyarakat (IKM).
 *
 * Two regulation versions are supported side by side, one threshold set per version:
 * - "2017": PermenPANRB No. 14 Tahun 2017, Pedoman Penyusunan Survei Kepuasan Masyarakat (9 unsur).
 * - "2004": Keputusan MENPAN No. KEP/25/M.PAN/2/2004, Pedoman Umum Penyusunan IKM (14 unsur),
 *   kept for historical (2009–2015) data collected on the older schema.
 */

export type SkmMethod = "2017" | "2004";
export type SkmWeightMode = "printed" | "exact";
export type SkmGrade = "A" | "B" | "C" | "D";

export const SKM_METHODS = ["2017", "2004"] as const satisfies readonly SkmMethod[];

/** Lowest and highest answer on the perception scale (1 = worst, 4 = best), both regulations. */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 4;

/** IKM konversi = IKM × 25 (PermenPANRB 14/2017 lampiran; KEP/25/2004 bab V), giving 25–100. */
export const CONVERSION_FACTOR = 25;
export const IKM_MIN = 25;
export const IKM_MAX = 100;

/** Number of unsur per regulation: 9 (PermenPANRB 14/2017), 14 (KEP/25/M.PAN/2/2004). */
export const ELEMENT_COUNT: Readonly<Record<SkmMethod, number>> = { "2017": 9, "2004": 14 };

/**
 * Nilai penimbang (weight) = jumlah bobot ÷ jumlah unsur.
 * PermenPANRB 14/2017: 1/9, printed in the regulation as 0,111 (a perfect survey then scores 99,90).
 * KEP/25/M.PAN/2/2004: 1/14, printed as 0,071 (a perfect survey then scores 99,40).
 */
export const WEIGHTS: Readonly<Record<SkmMethod, Readonly<Record<SkmWeightMode, number>>>> = {
  "2017": { printed: 0.111, exact: 1 / 9 },
  "2004": { printed: 0.071, exact: 1 / 14 },
};

/** The regulations print the weight with 3 decimals (1/9 → 0,111; 1/14 → 0,071). */
export const PRINTED_WEIGHT_DECIMALS = 3;

/** Decimals of the final figures: raw index 4 (e.g. 3,6553), converted IKM 2 (e.g. 91,38). */
export const INDEX_DECIMALS = 4;
export const IKM_DECIMALS = 2;

export interface GradeBand {
  grade: SkmGrade;
  /** Lower bound of the converted (25–100) value, inclusive, on the 2-decimal IKM. */
  minIkm: number;
  performanceId: string;
  performanceEn: string;
}

/**
 * PermenPANRB 14/2017 interval table (nilai interval konversi → mutu pelayanan → kinerja unit):
 * 25,00–64,99 D; 65,00–76,60 C; 76,61–88,30 B; 88,31–100,00 A.
 * The printed bands leave gaps (64,99 | 65,00), so the 2-decimal IKM is classified by lower bounds.
 * Ordered from best to worst.
 */
export const GRADE_BANDS_2017: readonly GradeBand[] = [
  { grade: "A", minIkm: 88.31, performanceId: "Sangat Baik", performanceEn: "Very good" },
  { grade: "B", minIkm: 76.61, performanceId: "Baik", performanceEn: "Good" },
  { grade: "C", minIkm: 65.0, performanceId: "Kurang Baik", performanceEn: "Poor" },
  { grade: "D", minIkm: IKM_MIN, performanceId: "Tidak Baik", performanceEn: "Very poor" },
];

/**
 * KEP/25/M.PAN/2/2004 interval table (nilai interval konversi IKM → mutu → kinerja):
 * 25–43,75 D; 43,76–62,50 C; 62,51–81,25 B; 81,26–100,00 A. Classified by lower bounds.
 */
export const GRADE_BANDS_2004: readonly GradeBand[] = [
  { grade: "A", minIkm: 81.26, performanceId: "Sangat Baik", performanceEn: "Very good" },
  { grade: "B", minIkm: 62.51, performanceId: "Baik", performanceEn: "Good" },
  { grade: "C", minIkm: 43.76, performanceId: "Kurang Baik", performanceEn: "Poor" },
  { grade: "D", minIkm: IKM_MIN, performanceId: "Tidak Baik", performanceEn: "Very poor" },
];

export const GRADE_BANDS: Readonly<Record<SkmMethod, readonly GradeBand[]>> = {
  "2017": GRADE_BANDS_2017,
  "2004": GRADE_BANDS_2004,
};

/**
 * Krejcie, R.V. & Morgan, D.W. (1970), "Determining Sample Size for Research Activities",
 * Educational and Psychological Measurement 30: 607–610 — the table PermenPANRB 14/2017 adopts:
 * s = χ²·N·P(1−P) ÷ [d²(N−1) + χ²·P(1−P)].
 */
export const KREJCIE_MORGAN = {
  /** χ² for 1 degree of freedom at the 0,05 level (1,96²). */
  chiSquare: 3.841,
  /** Population proportion assumed to maximise the sample size. */
  proportion: 0.5,
  /** Degree of accuracy (margin of error). */
  marginOfError: 0.05,
} as const;

/** The respondent's profile and comment: SurveyResponse columns and CSV headers, in this order. */
export const RESPONSE_PROFILE_COLUMNS = ["age", "sex", "education", "occupation", "infoSource", "comment"] as const;
