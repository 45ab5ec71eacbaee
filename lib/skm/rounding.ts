/** Decimal rounding for the SKM figures (IKM, NRR, CI): half away from zero, free of binary floating error. */

/**
 * Round half away from zero to `decimals` places, immune to binary floating error
 * (1.005 → 1.01, 64.935 → 64.94, 2.5999999999999996 × 25 → 65.00).
 * The value is first cut to 15 significant digits (the precision a double guarantees), then the
 * decimal point is moved through the exponent of the decimal string, which is exact.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`roundHalfUp: value must be finite, got ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`roundHalfUp: decimals must be an integer 0–15, got ${decimals}`);
  }
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return value;
  const [mantissa, exponent = "0"] = magnitude.toPrecision(15).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Number(`${Math.round(shifted)}e${-decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
