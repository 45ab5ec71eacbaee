/** One application import row validated: every column's rule, each error naming the line and column. Pure. */
import { type WorkCalendar } from "../calendar/working-days";
import { ZInvestmentFields } from "../investment/schemas";
import { APPLICANT_KINDS, REGISTRATION_NO_RULE, STATUSES, isOpenStatus, normalizeRegistrationNo } from "./constants";
import { deriveApplicationFigures, replayTimeline, type TimelineEvent } from "./timeline";

import {
  INVESTMENT_COLUMNS,
  STAGE_COLUMNS,
  type InvestmentColumns,
  type KecamatanRef,
  type KelurahanRef,
  type LicenseTypeRef,
  type ParsedApplicationRow,
  type RowError,
} from "./import-row-types";
import {
  APPLICANT_KIND_ALIASES,
  NIB_PATTERN,
  NIB_RULE,
  STATUS_ALIASES,
  ZFee,
  areaKey,
  deriveInvestmentColumns,
  parseWibTimestamp,
  type PreparedReferences,
} from "./import-values";
import { checkKbliAgainst } from "../investment/kbli";

/**
 * Validates one CSV row (already keyed by canonical column names). Returns the parsed row or its errors (each
 * naming the line and the column). `today` is the WIB day used for open files' figures.
 */
export function parseApplicationRow(
  raw: Readonly<Record<string, string | undefined>>,
  line: number,
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
): { ok: true; row: ParsedApplicationRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: string, message: string) => errors.push({ line, column, message });
  const text = (column: string) => (raw[column] ?? "").trim();

  const registrationText = text("registrationNo");
  const registrationNo = normalizeRegistrationNo(registrationText) ?? registrationText;
  if (registrationText === "") fail("registrationNo", "Nomor registrasi wajib diisi.");
  else if (normalizeRegistrationNo(registrationText) === null) fail("registrationNo", REGISTRATION_NO_RULE);

  const licenseCode = text("licenseType").toUpperCase();
  const licenseType = refs.licenseTypes.get(licenseCode);
  if (licenseCode === "") fail("licenseType", "Jenis izin wajib diisi.");
  else if (!licenseType) fail("licenseType", `Jenis izin tidak dikenal: ${text("licenseType")}.`);

  const kindText = text("applicantKind").toLowerCase();
  const applicantKind = APPLICANT_KIND_ALIASES[kindText] ?? kindText;
  if (!(APPLICANT_KINDS as readonly string[]).includes(applicantKind)) {
    fail("applicantKind", "Jenis pemohon harus individual atau business.");
  }

  const kecamatan = refs.kecamatan.get(areaKey(text("kecamatan")));
  if (text("kecamatan") === "") fail("kecamatan", "Kecamatan wajib diisi.");
  else if (!kecamatan) fail("kecamatan", `Kecamatan tidak dikenal: ${text("kecamatan")}.`);
  const kelurahanMatches = refs.kelurahan.get(areaKey(text("kelurahan"))) ?? [];
  const kelurahan = kelurahanMatches.find((k) => !kecamatan || k.kecamatanCode === kecamatan.code) ?? null;
  if (text("kelurahan") === "") fail("kelurahan", "Kelurahan wajib diisi.");
  else if (kelurahanMatches.length === 0) fail("kelurahan", `Kelurahan tidak dikenal: ${text("kelurahan")}.`);
  else if (!kelurahan)
    fail("kelurahan", `Kelurahan ${text("kelurahan")} tidak berada di Kecamatan ${kecamatan?.name}.`);

  const dateOf = (column: string, required: boolean): Date | null => {
    const value = text(column);
    if (value === "") {
      if (required) fail(column, "Tanggal wajib diisi.");
      return null;
    }
    const parsed = parseWibTimestamp(value);
    if (!parsed)
      fail(column, `Tanggal tidak valid: "${value}" (pakai mis. 17/03/2026 09:30, 2026-03-17 atau 2026-03-17T09:30).`);
    return parsed;
  };
  const submittedAt = dateOf("submittedAt", true);
  const fileCompleteAt = dateOf("fileCompleteAt", false) ?? submittedAt;
  const completedAt = dateOf("completedAt", false);

  const statusText = text("status").toLowerCase();
  const status = STATUS_ALIASES[statusText] ?? statusText;
  if (!(STATUSES as readonly string[]).includes(status)) {
    fail("status", "Status harus in_process, returned, issued, rejected atau withdrawn.");
  } else if (!isOpenStatus(status) && text("completedAt") === "") {
    fail("completedAt", `Tanggal selesai wajib untuk status ${status}.`);
  } else if (isOpenStatus(status) && text("completedAt") !== "") {
    fail("completedAt", `Permohonan berstatus ${status} belum selesai; kosongkan tanggal selesai.`);
  }

  const fee = ZFee.safeParse(text("feeCharged"));
  if (!fee.success) fail("feeCharged", fee.error.issues[0].message);

  const nib = text("nib").replace(/[\s.-]/g, "");
  if (nib !== "" && !NIB_PATTERN.test(nib)) fail("nib", NIB_RULE);

  const counterText = text("counter").toUpperCase();
  const counterId = counterText === "" ? null : (refs.counters.get(counterText) ?? null);
  if (counterText !== "" && counterId === null) fail("counter", `Loket tidak dikenal: ${text("counter")}.`);

  // Investment columns: only for business licences, all-or-none.
  let investment: InvestmentColumns | null = null;
  const hasInvestment = INVESTMENT_COLUMNS.some((column) => text(column) !== "");
  if (hasInvestment && licenseType && !licenseType.isBusiness) {
    fail("investmentValue", `Kolom investasi hanya untuk izin usaha; ${licenseType.code} bukan izin usaha.`);
  } else if (hasInvestment) {
    const input = Object.fromEntries(INVESTMENT_COLUMNS.map((column) => [column, text(column)]));
    const parsed = ZInvestmentFields.safeParse({ ...input, exchangeRate: input.exchangeRate || null });
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "investmentValue");
        if (!seen.has(column)) fail(column, issue.message);
        seen.add(column);
      }
    } else {
      const listed = checkKbliAgainst(parsed.data.kbli, parsed.data.kbliVersion, refs.kbliLists);
      const derived = deriveInvestmentColumns(parsed.data);
      if (!listed.ok) fail("kbli", listed.error.message);
      else if (derived.ok) investment = derived.value;
      else fail(derived.column, derived.message);
    }
  }

  // The timeline, in the order the columns promise; the state machine reports the first out-of-order event.
  const timed: { column: string; event: TimelineEvent }[] = [];
  if (submittedAt)
    timed.push({ column: "submittedAt", event: { kind: "stage", stage: "pendaftaran", at: submittedAt } });
  if (submittedAt && fileCompleteAt && fileCompleteAt < submittedAt) {
    fail("fileCompleteAt", "Tanggal berkas lengkap lebih awal dari tanggal pengajuan.");
  }
  if (submittedAt && completedAt && completedAt < submittedAt) {
    fail("completedAt", "Tanggal selesai lebih awal dari tanggal pengajuan.");
  }
  for (const [column, stage] of Object.entries(STAGE_COLUMNS)) {
    const at = dateOf(column, false);
    if (at) timed.push({ column, event: { kind: "stage", stage, at } });
  }
  const returnedAt = dateOf("returnedAt", false);
  const resumedAt = dateOf("resumedAt", false);
  if (resumedAt && !returnedAt) fail("resumedAt", "Tanggal berkas kembali diisi tanpa tanggal dikembalikan.");
  if (status === "returned" && !returnedAt) fail("returnedAt", "Status returned memerlukan tanggal dikembalikan.");
  if (status === "returned" && resumedAt)
    fail("resumedAt", "Status returned: berkas belum kembali, kosongkan resumedAt.");
  if (returnedAt) timed.push({ column: "returnedAt", event: { kind: "pause", stage: "", at: returnedAt } });
  if (returnedAt && resumedAt) timed.push({ column: "resumedAt", event: { kind: "resume", stage: "", at: resumedAt } });
  if (completedAt && !isOpenStatus(status)) {
    if (status === "issued" && !text("penyerahanAt")) {
      // Legacy exports often carry only the issue date: the decree and the hand-over are that moment.
      if (!text("penetapanAt"))
        timed.push({ column: "completedAt", event: { kind: "stage", stage: "penetapan", at: completedAt } });
      timed.push({ column: "completedAt", event: { kind: "stage", stage: "penyerahan", at: completedAt } });
    }
    timed.push({
      column: "completedAt",
      event: { kind: "outcome", stage: status, at: completedAt, note: text("outcomeReason") || null },
    });
  }

  if (errors.length > 0) return { ok: false, errors };

  // Stable sort by time: at equal times, column order (stages before the outcome) stands.
  const ordered = timed
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index);
  // Fill in the pending stage names on pause/resume events (the stage the file was in).
  const events = ordered.map((item) => item.event);
  const replay = replayTimeline(events);
  if (!replay.ok) {
    return { ok: false, errors: [{ line, column: ordered[replay.index].column, message: replay.message }] };
  }
  let currentStage = "pendaftaran";
  for (const event of events) {
    if (event.kind === "stage") currentStage = event.stage;
    else if (event.kind === "pause" || event.kind === "resume") event.stage = currentStage;
  }
  const lt = licenseType as LicenseTypeRef;
  const feeCharged = fee.success ? fee.data : null;
  const figures = deriveApplicationFigures(
    cal,
    { fileCompleteAt: fileCompleteAt as Date, slaDays: lt.slaDays, feeCharged, tariff: lt.tariff, events },
    today,
  );
  if (figures.status !== status) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: "status",
          message: `Status ${status} tidak sesuai dengan tahap-tahap yang diisi (${figures.status}).`,
        },
      ],
    };
  }
  return {
    ok: true,
    row: {
      line,
      registrationNo,
      licenseTypeId: lt.id,
      applicantName: text("applicantName") || null,
      applicantKind,
      kecamatanCode: (kecamatan as KecamatanRef).code,
      kelurahanCode: (kelurahan as KelurahanRef).code,
      submittedAt: submittedAt as Date,
      fileCompleteAt: fileCompleteAt as Date,
      outcomeReason: text("outcomeReason") || null,
      counterId,
      feeCharged,
      slaDays: lt.slaDays,
      tariff: lt.tariff,
      investment,
      nib: nib || null,
      events,
      figures,
    },
  };
}
