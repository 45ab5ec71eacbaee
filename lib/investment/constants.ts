/** Regulatory constants for investment derivations. Money is integer rupiah (bigint). */

/** One miliar rupiah, 10^9 (the "M" in "Rp1 M"). */
export const RUPIAH_PER_MILIAR = 1_000_000_000n;

/**
 * Inclusive upper bounds of modal usaha (business capital, excluding land and buildings) for each business scale;
 * anything above `menengah` is usaha besar.
 * Source: PP No. 7 Tahun 2021 Pasal 35 ayat (3): mikro ≤ Rp1 M, kecil > Rp1 M–Rp5 M, menengah > Rp5 M–Rp10 M,
 * besar > Rp10 M; domain reference §7 (scale thresholds).
 */
export const BUSINESS_SCALE_CAPITAL_UPPER_BOUNDS = {
  mikro: 1n * RUPIAH_PER_MILIAR,
  kecil: 5n * RUPIAH_PER_MILIAR,
  menengah: 10n * RUPIAH_PER_MILIAR,
} as const;
