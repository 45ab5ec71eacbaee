import "server-only";
import type { Db } from "../db/client";
import { addCalendarDays, toWibDate } from "../calendar/working-days";
import { periodOf, previousPeriod } from "../periods/periods";
import { publishedOn } from "./demo-skm-responses";
import type { DemoSeedOptions } from "./index";

type DemoAction = {
  sourceKind: string;
  sourceCode: string;
  title: string;
  owner: string; // a demo user's e-mail, or a unit name
  /** Days after the action was created. */
  dueAfter: number;
  status: "planned" | "in_progress" | "done" | "dropped";
  doneAfter?: number;
  evidence?: string;
  dropReason?: string;
};

/** What the office decided after the quarter before last: three done (one late), one still open, one dropped. */
const QUARTER_BEFORE: DemoAction[] = [
  {
    sourceKind: "element",
    sourceCode: "U3",
    title: "Pantau setiap pagi berkas yang mendekati batas SLA dan kabari pemohon",
    owner: "petugas@lentera.demo",
    dueAfter: 30,
    status: "done",
    doneAfter: 18,
    evidence: "Daftar pantau harian berjalan sejak minggu ke-3; notifikasi status dikirim lewat SMS.",
  },
  {
    sourceKind: "element",
    sourceCode: "U8",
    title: "Pasang papan alur pengaduan di setiap loket",
    owner: "Subbagian Umum",
    dueAfter: 21,
    status: "done",
    doneAfter: 26,
    evidence: "Papan alur terpasang di loket 1–4 dan ruang tunggu.",
  },
  {
    sourceKind: "element",
    sourceCode: "U4",
    title: "Tempel rincian tarif resmi per jenis izin di loket dan situs web",
    owner: "petugas2@lentera.demo",
    dueAfter: 14,
    status: "done",
    doneAfter: 9,
    evidence: "Rincian tarif ditempel; halaman Layanan di situs menampilkan tarif tiap izin.",
  },
  {
    sourceKind: "complaint_category",
    sourceCode: "behaviour",
    title: "Pelatihan layanan prima untuk petugas loket",
    owner: "Sekretariat",
    dueAfter: 45,
    status: "in_progress",
  },
  {
    sourceKind: "stage",
    sourceCode: "tinjauan_lapangan",
    title: "Jadwal tinjauan lapangan bersama dinas teknis",
    owner: "Bidang Pelayanan",
    dueAfter: 60,
    status: "dropped",
    dropReason: "Digantikan jadwal bersama yang ditetapkan Sekretariat Daerah.",
  },
];

/** Planned after the last quarter: both still open, one due within the week. */
const LAST_QUARTER: DemoAction[] = [
  {
    sourceKind: "element",
    sourceCode: "U3",
    title: "Tambah satu petugas verifikasi pada hari Senin dan Selasa",
    owner: "petugas@lentera.demo",
    dueAfter: 0,
    status: "in_progress",
  },
  {
    sourceKind: "element",
    sourceCode: "U8",
    title: "Balas pengaduan SMS paling lambat 2 hari kerja",
    owner: "petugas2@lentera.demo",
    dueAfter: 25,
    status: "planned",
  },
];

/**
 * Follow-up actions (issue 18) for the two last complete quarters, written before their reports are published so
 * the last quarter's public report shows how the quarter before was followed up, and the weekly review and the
 * scorecard have figures. Idempotent: skipped when any action exists.
 */
export async function seedDemoFollowUp(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.followUpAction.count()) > 0) return;
  const today = toWibDate(options.today);
  const lastQuarter = previousPeriod(periodOf("quarter", today));
  const quarterBefore = previousPeriod(lastQuarter);
  const users = new Map(
    (await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id] as const),
  );
  const write = async (periodKey: string, created: string, actions: DemoAction[], dueBase: string) => {
    for (const a of actions) {
      const doneDay = a.doneAfter !== undefined ? addCalendarDays(created, a.doneAfter) : null;
      await db.followUpAction.create({
        data: {
          periodKey,
          sourceKind: a.sourceKind,
          sourceCode: a.sourceCode,
          title: a.title,
          ownerUserId: users.get(a.owner) ?? null,
          ownerUnit: users.has(a.owner) ? null : a.owner,
          startDay: created,
          dueDay: addCalendarDays(dueBase, a.dueAfter),
          status: a.status,
          doneDay: doneDay && doneDay <= today ? doneDay : null,
          dropReason: a.dropReason ?? null,
          evidenceText: a.evidence ?? "",
          createdBy: "pimpinan@lentera.demo",
          createdById: users.get("pimpinan@lentera.demo") ?? null,
        },
      });
    }
  };
  const createdBefore = toWibDate(publishedOn(quarterBefore.to, options.today));
  await write(quarterBefore.key, createdBefore, QUARTER_BEFORE, createdBefore);
  // The last quarter's actions are due from today on (one this week), whenever the demo starts.
  const createdLast = toWibDate(publishedOn(lastQuarter.to, options.today));
  await write(lastQuarter.key, createdLast, LAST_QUARTER, addCalendarDays(today, 4));
}

/** Two compensation records of the last quarter (issue 18), so the register and the evidence pack have entries. */
export async function seedDemoCompensation(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.compensationRecord.count()) > 0) return;
  const today = toWibDate(options.today);
  const lastQuarter = previousPeriod(periodOf("quarter", today));
  const pbg = await db.licenseType.findUnique({ where: { code: "PBG" }, select: { id: true } });
  const records = [
    {
      occurredOn: addCalendarDays(lastQuarter.from, 20),
      component: "time",
      shortfall: "PBG selesai 3 hari kerja setelah batas SLA.",
      kind: "delivery",
      offered: "Surat permintaan maaf dan izin diantar ke alamat pemohon.",
      amount: null,
      status: "given",
    },
    {
      occurredOn: addCalendarDays(lastQuarter.from, 50),
      component: "fee",
      shortfall: "Pemohon diminta biaya fotokopi yang tidak ada dalam tarif resmi.",
      kind: "refund",
      offered: "Biaya dikembalikan; petugas diberi teguran tertulis.",
      amount: 15_000,
      status: "accepted",
    },
  ];
  for (const r of records)
    await db.compensationRecord.create({
      data: { ...r, licenseTypeId: pbg?.id ?? null, recordedBy: "petugas@lentera.demo" },
    });
}
