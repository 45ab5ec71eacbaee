import "server-only";
import { getDb, type Db, type DbTransaction } from "../db/client";
import { cachedReference } from "./cache";
import { containsIgnoringCase } from "../db/text-search";
import type { ListQuery } from "../table/paging";
import { defineTable, type TTableState } from "../table/schemas";

const allLicenseTypes = () =>
  cachedReference("license-types", () => getDb().licenseType.findMany({ orderBy: { code: "asc" } }));

/** Licence types with their public service standard figures, by code (copies: callers may change them). */
export async function listLicenseTypes(options: { activeOnly?: boolean } = {}) {
  const rows = await allLicenseTypes();
  return rows.filter((row) => !options.activeOnly || row.active).map((row) => ({ ...row }));
}

export async function getLicenseTypeByCode(code: string) {
  const row = (await allLicenseTypes()).find((lt) => lt.code === code);
  return row ? { ...row } : null;
}

/**
 * The public part of a licence type's service standard: the six service-delivery components (PermenPANRB 15/2014:
 * requirements, procedure, SLA, tariff, product, complaint handling) and the agency. The eight management
 * components (legal basis, facilities, staff, supervision, guarantees, evaluation) are internal and not selected.
 */
export async function getPublicServiceStandard(code: string) {
  return getDb().licenseType.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      nameEn: true,
      active: true,
      standardPublished: true,
      agency: true,
      requirements: true,
      procedure: true,
      slaDays: true,
      tariff: true,
      product: true,
      complaintHandling: true,
    },
  });
}

export async function listCounters() {
  const rows = await cachedReference("counters", () => getDb().counter.findMany({ orderBy: { code: "asc" } }));
  return rows.map((row) => ({ ...row }));
}

export async function listAreas() {
  const rows = await cachedReference("areas", () =>
    getDb().kecamatan.findMany({ include: { kelurahan: { orderBy: { code: "asc" } } }, orderBy: { code: "asc" } }),
  );
  return rows.map((row) => ({ ...row, kelurahan: row.kelurahan.map((k) => ({ ...k })) }));
}

/** The kecamatan (districts), without their kelurahan, in code order: labels for a by-district breakdown. */
export async function listKecamatan() {
  return (await listAreas()).map(({ kelurahan: _kelurahan, ...kecamatan }) => kecamatan);
}

export async function listHolidays() {
  return getDb().holiday.findMany({ orderBy: { date: "asc" } });
}

/**
 * The technical agencies (issue 20): the distinct agency names written on the licence types, each with the licence
 * types whose recommendation it gives and their agency SLA. An agency is its name; an AGENCY account names one.
 */
export async function listAgencies(db: Db = getDb()) {
  const rows = await db.licenseType.findMany({
    where: { agency: { not: "" } },
    orderBy: [{ agency: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, agency: true, agencySlaDays: true, active: true },
  });
  const agencies = new Map<string, { name: string; licenseTypes: typeof rows }>();
  for (const row of rows) {
    const entry = agencies.get(row.agency) ?? { name: row.agency, licenseTypes: [] };
    entry.licenseTypes.push(row);
    agencies.set(row.agency, entry);
  }
  return [...agencies.values()];
}
export type AgencyReference = Awaited<ReturnType<typeof listAgencies>>[number];

/**
 * Code → id look-ups of licence types and counters, read at the moment they are called (not from the reference
 * cache), so a type or counter just added by another process is found: `{ id }` or null.
 */
export async function findLicenseTypeIdByCode(code: string, db: Db = getDb()) {
  return db.licenseType.findUnique({ where: { code }, select: { id: true } });
}

export async function findCounterIdByCode(code: string, db: Db = getDb()) {
  return db.counter.findUnique({ where: { code }, select: { id: true } });
}

/** Every licence type's and counter's id and code, read now (imports and exports map codes ↔ ids with them). */
export async function listLicenseTypeCodes(db: Db = getDb()) {
  return db.licenseType.findMany({ select: { id: true, code: true } });
}

export async function listCounterCodes(db: Db = getDb()) {
  return db.counter.findMany({ select: { id: true, code: true } });
}

/** One licence type / counter row by id, read now (an invitation slip names them); a transaction client may be passed. */
export async function getLicenseTypeById(id: number, db: Db | DbTransaction = getDb()) {
  return db.licenseType.findUnique({ where: { id } });
}

export async function getCounterById(id: number, db: Db = getDb()) {
  return db.counter.findUnique({ where: { id } });
}

/** One licence type row by code, read now (registering an application checks it is active and copies its SLA). */
export async function findLicenseTypeByCode(code: string, db: Db = getDb()) {
  return db.licenseType.findUnique({ where: { code } });
}

/** One kelurahan with its kecamatan, by code, read now: null when unknown. */
export async function findKelurahanByCode(code: string, db: Db = getDb()) {
  return db.kelurahan.findUnique({ where: { code }, include: { kecamatan: true } });
}

/** Every licence type's figures an imported application copies (id, code, SLA, tariff, business flag), read now. */
export async function listLicenseTypeImportFacts(db: Db = getDb()) {
  return db.licenseType.findMany({ select: { id: true, code: true, slaDays: true, tariff: true, isBusiness: true } });
}

/** Every kecamatan's and kelurahan's code and name, read now (an import matches area codes and names with them). */
export async function listAreaCodes(db: Db = getDb()) {
  const [kecamatan, kelurahan] = await Promise.all([
    db.kecamatan.findMany({ select: { code: true, name: true } }),
    db.kelurahan.findMany({ select: { code: true, name: true, kecamatanCode: true } }),
  ]);
  return { kecamatan, kelurahan };
}

/** Every licence type's id, code and name, read now (rows of another domain name their licence type with them). */
export async function listLicenseTypeNames(db: Db = getDb()) {
  return db.licenseType.findMany({ select: { id: true, code: true, name: true } });
}

/** Licence types for labels (id, code, names, SLA): the reference cache outside a transaction, else read in it. */
export function listLicenseTypeLabels(db: Db = getDb()) {
  return db === getDb()
    ? listLicenseTypes()
    : db.licenseType.findMany({ select: { id: true, code: true, name: true, nameEn: true, slaDays: true } });
}

/** Every licence type's agency and agency SLA, read now ("" = no agency gives a recommendation for it). */
export async function listLicenseTypeAgencySlas(db: Db = getDb()) {
  return db.licenseType.findMany({ select: { id: true, agency: true, agencySlaDays: true } });
}

/**
 * The licence types an agency recommends on, read now: `agency` null = of every agency; `licenseTypeId` narrows to
 * one type (none when that type has no such agency).
 */
export async function listAgencyLicenseTypes(
  filter: { agency: string | null; licenseTypeId?: number | null },
  db: Db = getDb(),
) {
  return db.licenseType.findMany({
    where: {
      ...(filter.agency === null ? { agency: { not: "" } } : { agency: filter.agency }),
      ...(filter.licenseTypeId ? { id: filter.licenseTypeId } : {}),
    },
    select: { id: true, code: true, name: true, nameEn: true, agency: true, agencySlaDays: true },
  });
}

/** The names of the given kelurahan and their kecamatan, by kelurahan code, in one read (unknown codes left out). */
export async function findKelurahanNamesByCodes(codes: readonly (string | null)[], db: Db = getDb()) {
  const wanted = [...new Set(codes.filter((code): code is string => code !== null))];
  if (wanted.length === 0) return new Map<string, { kelurahan: string; kecamatan: string }>();
  const rows = await db.kelurahan.findMany({ where: { code: { in: wanted } }, include: { kecamatan: true } });
  return new Map(rows.map((row) => [row.code, { kelurahan: row.name, kecamatan: row.kecamatan.name }]));
}

/** The names of every counter by id, read now (another domain's rows name their counter with them). */
export async function listCounterNames(db: Db = getDb()) {
  const rows = await db.counter.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The code and name of the given counters, in one read (ids not found are left out). */
export async function findCountersByIds(ids: readonly number[], db: Db = getDb()) {
  if (ids.length === 0) return [];
  return db.counter.findMany({ where: { id: { in: [...ids] } }, select: { id: true, code: true, name: true } });
}

/** The admin's list of licence types: by code, 50 a page; searched in code, name and agency. */
export const LICENSE_TYPE_TABLE = defineTable(["code", "name", "slaDays", "tariff"], "asc", 50);
export type LicenseTypeListSort = (typeof LICENSE_TYPE_TABLE.sorts)[number];

export type LicenseTypeListRow = {
  code: string;
  name: string;
  slaDays: number;
  tariff: number;
  active: boolean;
  standardPublished: boolean;
};

/** Licence types searched, sorted and paged in the database (issue 16); ties fall back to the code (unique). */
export function licenseTypeListQuery(
  state: Pick<TTableState<LicenseTypeListSort>, "q" | "sort" | "dir">,
  db: Db = getDb(),
): ListQuery<LicenseTypeListRow> {
  const where = state.q
    ? {
        OR: [
          { code: containsIgnoringCase(state.q) },
          { name: containsIgnoringCase(state.q) },
          { agency: containsIgnoringCase(state.q) },
        ],
      }
    : undefined;
  const orderBy =
    state.sort === "code" ? [{ code: state.dir }] : [{ [state.sort]: state.dir }, { code: "asc" as const }];
  return {
    count: () => db.licenseType.count({ where }),
    read: (skip, take) =>
      db.licenseType.findMany({
        where,
        orderBy,
        skip,
        take,
        select: { code: true, name: true, slaDays: true, tariff: true, active: true, standardPublished: true },
      }),
  };
}
