// An issued investment project written straight into the Application table, for integration tests of the
// investment pages (the caller refreshes the day aggregates afterwards with refreshProcessingStats).
import { getDb } from "@/lib/db/client";
import { toWibDate } from "@/lib/calendar/working-days";

export type InvestmentProjectRow = {
  registrationNo: string;
  applicantName: string | null;
  /** Finished (issued) at; submitted and file-complete five days before. */
  finishedAt: Date;
  status: string;
  value: bigint | null;
  kecamatanCode: string | null;
  workersLocal: number | null;
  workersForeign: number | null;
  kbli: string;
  sector: string;
  sectorGroup: string;
  origin: string;
  scale: string;
};

/** Inserts one project of licence type IUI, in the stage "penyerahan", KBLI version 2020. */
export async function insertInvestmentProject(row: InvestmentProjectRow): Promise<void> {
  const db = getDb();
  const licenseType = await db.licenseType.findUniqueOrThrow({ where: { code: "IUI" } });
  const { finishedAt, value, ...rest } = row;
  const started = new Date(finishedAt.getTime() - 5 * 86_400_000);
  await db.application.create({
    data: {
      ...rest,
      licenseTypeId: licenseType.id,
      applicantKind: "business",
      submittedAt: started,
      fileCompleteAt: started,
      clockStartDay: toWibDate(started),
      dueDate: toWibDate(finishedAt),
      finishedAt,
      finishedDay: toWibDate(finishedAt),
      currentStage: "penyerahan",
      slaDays: licenseType.slaDays,
      investmentValue: value,
      investmentCurrency: value === null ? null : "IDR",
      investmentOriginalAmount: value?.toString() ?? null,
      kbliVersion: "2020",
    },
  });
}
