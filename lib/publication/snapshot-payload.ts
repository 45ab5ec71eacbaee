/**
 * The shapes of what is published (issue 12). A published figure is stored as a versioned JSON payload in
 * PublishedSnapshot: `kind` says what it is, `schemaVersion` which shape it has. Readers parse with the schemas
 * below; a later shape gets a new schemaVersion and a new member of the union, and old rows keep parsing as they
 * were written. Objects are "loose": fields added by later code (e.g. follow-up actions) survive a read.
 * Pure: no database, no clock.
 */
import { z } from "zod";
import type { SkmSummary } from "../skm/summary";

export const SNAPSHOT_KINDS = ["skm-report", "processing-on-time", "open-data"] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

const ZPeriodRef = z.looseObject({
  key: z.string(),
  kind: z.string(),
  from: z.string(),
  to: z.string(),
  labelId: z.string(),
  labelEn: z.string(),
});

const ZDistribution = z.array(z.looseObject({ value: z.string(), count: z.number() }));

const ZSummaryElement = z.looseObject({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  count: z.number(),
  nrr: z.number().nullable(),
  weighted: z.number().nullable(),
  isWeakest: z.boolean(),
});

/** The SKM summary as lib/skm/summary.ts returned it when the period was published (stored as is). */
const ZStoredSkmSummary = z.looseObject({
  questionnaire: z.string(),
  regulation: z.string(),
  from: z.string(),
  to: z.string(),
  respondents: z.number(),
  hasData: z.boolean(),
  elements: z.array(ZSummaryElement),
  index: z.number().nullable(),
  ikm: z.number().nullable(),
  grade: z.enum(["A", "B", "C", "D"]).nullable(),
  performance: z.looseObject({ id: z.string(), en: z.string() }).nullable(),
  weight: z.looseObject({ mode: z.enum(["printed", "exact"]), value: z.number() }),
  population: z.number().nullable(),
  populationSource: z.enum(["applications", "admin"]).nullable(),
  requiredSample: z.number().nullable(),
  sampleAdequate: z.boolean().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  weakest: z.array(z.string()),
});

/** kind "skm-report", schemaVersion 1: a published SKM period report. */
export const ZSkmReportSnapshotV1 = z.looseObject({
  schemaVersion: z.literal(1),
  period: ZPeriodRef,
  questionnaire: z.string(),
  method: z.string(),
  summary: ZStoredSkmSummary,
  profile: z.looseObject({
    sex: ZDistribution,
    education: ZDistribution,
    occupation: ZDistribution,
    age: ZDistribution,
  }),
  followUpPlan: z.string(),
});

const ZNullableNumber = z.number().nullable();

/** What happened to one follow-up action of the previous period, as published (issue 18). */
const ZPublishedFollowUpAction = z.looseObject({
  id: z.string(),
  title: z.string(),
  sourceKind: z.string(),
  sourceCode: z.string(),
  basisId: z.string(),
  basisEn: z.string(),
  status: z.string(),
  dueDay: z.string(),
  doneDay: z.string().nullable(),
  dropReason: z.string().nullable(),
  onTime: z.boolean().nullable(),
  publicFiles: z.array(z.looseObject({ id: z.string(), fileName: z.string(), mediaType: z.string() })),
  effect: z
    .looseObject({
      nrrBefore: ZNullableNumber,
      nrrAfter: ZNullableNumber,
      difference: ZNullableNumber,
      t: ZNullableNumber,
      degreesOfFreedom: ZNullableNumber,
      criticalT: ZNullableNumber,
      isTestable: z.boolean(),
      isSignificant: z.boolean(),
    })
    .nullable(),
});

const ZFollowUpSection = z.looseObject({
  previousPeriod: z.looseObject({ key: z.string(), labelId: z.string(), labelEn: z.string() }),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
  actions: z.array(ZPublishedFollowUpAction),
});
/** One published action (the fields the zod schema checks). */
export type TPublishedFollowUpAction = {
  id: string;
  title: string;
  sourceKind: string;
  sourceCode: string;
  basisId: string;
  basisEn: string;
  status: string;
  dueDay: string;
  doneDay: string | null;
  dropReason: string | null;
  onTime: boolean | null;
  publicFiles: { id: string; fileName: string; mediaType: string }[];
  effect: {
    nrrBefore: number | null;
    nrrAfter: number | null;
    difference: number | null;
    t: number | null;
    degreesOfFreedom: number | null;
    criticalT: number | null;
    isTestable: boolean;
    isSignificant: boolean;
  } | null;
};
export type TFollowUpSection = {
  previousPeriod: { key: string; labelId: string; labelEn: string };
  total: number;
  done: number;
  dropped: number;
  actions: TPublishedFollowUpAction[];
};

/**
 * kind "skm-report", schemaVersion 2 (issue 18): version 1 plus the follow-up actions of the previous period with
 * their status at publication and, for element actions, the element's NRR before/after with the Welch test.
 */
export const ZSkmReportSnapshotV2 = ZSkmReportSnapshotV1.extend({
  schemaVersion: z.literal(2),
  followUp: ZFollowUpSection,
});
export const ZSkmReportSnapshot = z.discriminatedUnion("schemaVersion", [ZSkmReportSnapshotV1, ZSkmReportSnapshotV2]);
export type SnapshotPeriod = { key: string; kind: string; from: string; to: string; labelId: string; labelEn: string };

/** The period as a snapshot stores it (only these fields, whatever else the caller's period carries). */
export function snapshotPeriod(period: SnapshotPeriod): SnapshotPeriod {
  const { key, kind, from, to, labelId, labelEn } = period;
  return { key, kind, from, to, labelId, labelEn };
}
type Distribution = { value: string; count: number }[];
/** What an SKM report snapshot holds (the fields the zod schema checks; the summary as the engine returned it). */
export type TSkmReportSnapshotBody = {
  period: SnapshotPeriod;
  questionnaire: string;
  method: string;
  summary: SkmSummary;
  profile: { sex: Distribution; education: Distribution; occupation: Distribution; age: Distribution };
  followUpPlan: string;
  followUp: TFollowUpSection;
};
/** A stored SKM report: version 1 rows (before issue 18) have no follow-up section; version 2 rows have one. */
export type TSkmReportSnapshot =
  (Omit<TSkmReportSnapshotBody, "followUp"> & { schemaVersion: 1 }) | (TSkmReportSnapshotBody & { schemaVersion: 2 });

/** kind "processing-on-time", schemaVersion 1: the share of permits issued within their SLA in a period. */
export const ZOnTimeSnapshotV1 = z.looseObject({
  schemaVersion: z.literal(1),
  period: ZPeriodRef,
  completed: z.number().int().nonnegative(),
  onTime: z.number().int().nonnegative(),
  onTimeRate: z.number().min(0).max(1).nullable(),
  medianDays: z.number().nullable(),
});
export const ZOnTimeSnapshot = z.discriminatedUnion("schemaVersion", [ZOnTimeSnapshotV1]);
export type TOnTimeSnapshotBody = {
  period: SnapshotPeriod;
  completed: number;
  onTime: number;
  onTimeRate: number | null;
  medianDays: number | null;
};
export type TOnTimeSnapshot = TOnTimeSnapshotBody & { schemaVersion: 1 };

/**
 * kind "open-data", schemaVersion 1 (issue 17): one period's open-data tables as published, in the tidy Satu Data
 * shape (lib/open-data/datasets.ts): rows per dataset id, already without the aggregates under `minN`.
 */
export const ZOpenDataSnapshotV1 = z.looseObject({
  schemaVersion: z.literal(1),
  period: ZPeriodRef,
  region: z.looseObject({ code: z.string(), name: z.string() }),
  minN: z.number().int().positive(),
  datasets: z.record(z.string(), z.array(z.looseObject({}))),
  suppressed: z.record(z.string(), z.number().int().nonnegative()),
});
export const ZOpenDataSnapshot = z.discriminatedUnion("schemaVersion", [ZOpenDataSnapshotV1]);
export type TOpenDataSnapshotBody = {
  period: SnapshotPeriod;
  region: { code: string; name: string };
  minN: number;
  datasets: Record<string, Record<string, string | number | null>[]>;
  suppressed: Record<string, number>;
};
export type TOpenDataSnapshot = TOpenDataSnapshotBody & { schemaVersion: 1 };

export function parseOpenDataSnapshot(json: string): TOpenDataSnapshot {
  return ZOpenDataSnapshot.parse(JSON.parse(json)) as unknown as TOpenDataSnapshot;
}

export const CURRENT_SCHEMA_VERSION: Readonly<Record<SnapshotKind, number>> = {
  "skm-report": 2,
  "processing-on-time": 1,
  "open-data": 1,
};

/** Parses a stored payload of an SKM report; a row that does not parse is a programming error, not user input. */
export function parseSkmReportSnapshot(json: string): TSkmReportSnapshot {
  return ZSkmReportSnapshot.parse(JSON.parse(json)) as unknown as TSkmReportSnapshot;
}

export function parseOnTimeSnapshot(json: string): TOnTimeSnapshot {
  return ZOnTimeSnapshot.parse(JSON.parse(json)) as unknown as TOnTimeSnapshot;
}

/** The headline figures of a payload, for audit entries and the "previously …" line. */
export type SnapshotHeadline = { value: number | null; count: number; grade?: string | null };

export function snapshotHeadline(kind: SnapshotKind, payload: unknown): SnapshotHeadline {
  if (kind === "skm-report") {
    const p = payload as TSkmReportSnapshot;
    return { value: p.summary.ikm, count: p.summary.respondents, grade: p.summary.grade };
  }
  if (kind === "open-data") {
    const p = payload as TOpenDataSnapshot;
    return { value: null, count: Object.values(p.datasets).reduce((sum, rows) => sum + rows.length, 0) };
  }
  const p = payload as TOnTimeSnapshot;
  return { value: p.onTimeRate, count: p.completed };
}
