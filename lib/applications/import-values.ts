/**
 * Cell-level rules of the application import (and the officer form's investment block): timestamps in WIB, area
 * names, NIB, status aliases, reference look-ups, fees and the derived investment columns. Pure.
 */
import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { classifyBusinessScale, convertToRupiah } from "../investment/derive";
import { ZInvestmentFields } from "../investment/schemas";
import { sectorFromKbli } from "../investment/sectors";
import { integerRangeMessage, NUMBER_BOUNDS } from "../validation/bounds";
import type { ImportReferences, InvestmentColumns, KecamatanRef, KelurahanRef } from "./import-row-types";

/**
 * The stored investment columns of a validated investment block (import row or officer form): the amount in
 * exact rupiah (foreign declarations keep the original amount and the rate), the BKPM sector and group from the
 * KBLI code, and the business scale from the capital. Fails naming the column when the rate or KBLI is unusable.
 */
export function deriveInvestmentColumns(
  fields: z.infer<typeof ZInvestmentFields>,
): { ok: true; value: InvestmentColumns } | { ok: false; column: "exchangeRate" | "kbli"; message: string } {
  const rupiah = convertToRupiah(fields.investmentValue, fields.investmentCurrency, fields.exchangeRate);
  if (!rupiah.ok) return { ok: false, column: "exchangeRate", message: rupiah.error.message };
  const sector = sectorFromKbli(fields.kbli, fields.kbliVersion);
  if (!sector.ok) return { ok: false, column: "kbli", message: sector.error.message };
  const isForeign = fields.investmentCurrency !== "IDR";
  const part = (value: string | null) => {
    if (value === null) return null;
    const converted = convertToRupiah(value, fields.investmentCurrency, fields.exchangeRate);
    return converted.ok ? converted.value : null;
  };
  const landValue = part(fields.landValue);
  const buildingValue = part(fields.buildingValue);
  const classified = classifyBusinessScale({
    origin: fields.origin,
    investmentRupiah: rupiah.value,
    landRupiah: landValue,
    buildingRupiah: buildingValue,
  });
  return {
    ok: true,
    value: {
      investmentValue: rupiah.value,
      investmentCurrency: fields.investmentCurrency,
      investmentOriginalAmount: isForeign ? fields.investmentValue : null,
      exchangeRate: isForeign ? fields.exchangeRate : null,
      workersLocal: fields.workersLocal,
      workersForeign: fields.workersForeign,
      kbli: fields.kbli,
      kbliVersion: fields.kbliVersion,
      sector: sector.value.code,
      sectorGroup: sector.value.group,
      origin: fields.origin,
      scale: classified.scale,
      landValue,
      buildingValue,
      scaleBasis: classified.basis,
    },
  };
}

export const WIB_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "2026-03-17" → midnight WIB; "2026-03-17T09:30" → 09:30 WIB (no zone means Asia/Jakarta, UTC+7);
 * "2026-03-17T02:30Z" or "…+08:00" → that instant. Null when the text is not such a timestamp or not a real date.
 */
export function parseWibTimestamp(text: string): Date | null {
  const match = WIB_TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, day, hour = "00", minute = "00", second = "00", zone] = match;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  if (!isIsoDate(day)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  // Offset in minutes east of UTC: none given means WIB (+07:00). Built from numbers: no Date string parsing.
  let offsetMinutes = 7 * 60;
  if (zone === "Z") offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(":", "");
    const sign = digits[0] === "-" ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return new Date(
    Date.UTC(year, month - 1, date, Number(hour), Number(minute), Number(second)) - offsetMinutes * 60_000,
  );
}

/** Lower-case, no spaces or punctuation: "Setono Pande" and "Setonopande" are the same kelurahan (reference §7). */
export function areaKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, "")
    .replace(/\./g, "");
}

/** A Nomor Induk Berusaha as OSS issues it: 13 digits (spaces, dots and dashes are ignored on input). */
export const NIB_PATTERN = /^\d{13}$/;
export const NIB_RULE = "NIB harus 13 digit angka, mis. 9120001234567.";

export const STATUS_ALIASES: Record<string, string> = {
  diproses: "in_process",
  proses: "in_process",
  dikembalikan: "returned",
  terbit: "issued",
  selesai: "issued",
  ditolak: "rejected",
  dicabut: "withdrawn",
  dibatalkan: "withdrawn",
};

export const APPLICANT_KIND_ALIASES: Record<string, string> = {
  perorangan: "individual",
  "badan usaha": "business",
  badan_usaha: "business",
};

/** Prepared lookups, built once per file. */
export function prepareReferences(refs: ImportReferences) {
  const licenseTypes = new Map(refs.licenseTypes.map((lt) => [lt.code.toUpperCase(), lt]));
  const kecamatan = new Map<string, KecamatanRef>();
  for (const k of refs.kecamatan) {
    kecamatan.set(areaKey(k.code), k);
    kecamatan.set(areaKey(k.name), k);
  }
  const kelurahan = new Map<string, KelurahanRef[]>();
  for (const k of refs.kelurahan) {
    for (const key of new Set([areaKey(k.code), areaKey(k.name)])) {
      const list = kelurahan.get(key) ?? [];
      list.push(k);
      kelurahan.set(key, list);
    }
  }
  const counters = new Map(refs.counters.map((c) => [c.code.toUpperCase(), c.id]));
  return { licenseTypes, kecamatan, kelurahan, counters, kbliLists: refs.kbliLists ?? {} };
}
export type PreparedReferences = ReturnType<typeof prepareReferences>;

export const ZFee = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    if (/^-\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Biaya tidak boleh negatif." });
      return z.NEVER;
    }
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      ctx.addIssue({ code: "custom", message: "Biaya harus bilangan bulat rupiah, mis. 350000 atau 350.000." });
      return z.NEVER;
    }
    if (Number(text) > NUMBER_BOUNDS.feeRupiah.max) {
      ctx.addIssue({ code: "custom", message: integerRangeMessage("Biaya", NUMBER_BOUNDS.feeRupiah) });
      return z.NEVER;
    }
    return Number(text);
  });
