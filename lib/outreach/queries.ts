import "server-only";
import { getDb, type Db } from "../db/client";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { addCalendarDays, countWorkingDays, type WorkCalendar } from "../calendar/working-days";
import { countApplicationsSubmitted } from "../applications/count-queries";
import { countInfoSources } from "../skm/info-source-queries";
import { listAreas, listLicenseTypes } from "../reference/queries";
import {
  campaignWindows,
  computeCampaignEffect,
  type CampaignEffect,
  type CampaignWindows,
  type DayWindow,
} from "./effect";
import { CHANNEL_INFO_SOURCE, type OutreachChannel, type OutreachTopic } from "./schemas";

export type CampaignRow = {
  id: string;
  name: string;
  channel: OutreachChannel;
  startDay: string;
  endDay: string;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  topic: OutreachTopic;
  licenseTypeCode: string | null;
  licenseTypeName: string | null;
  cost: number;
  note: string;
};
export type CampaignReport = CampaignRow & { windows: CampaignWindows; effect: CampaignEffect | null };

const workingDaysIn = (cal: WorkCalendar, w: DayWindow) => countWorkingDays(cal, addCalendarDays(w.from, -1), w.to);

/** Every campaign (newest first) with its before/after figures over `weeks` weeks, as of `today` (WIB). */
export async function listCampaignReports(options: { weeks: number; today: string }, db: Db = getDb()) {
  const [rows, calendar, kecamatan, licenseTypes] = await Promise.all([
    db.outreachCampaign.findMany({ orderBy: [{ startDay: "desc" }, { name: "asc" }] }),
    loadWorkCalendar(db),
    listAreas(),
    listLicenseTypes(),
  ]);
  const kecamatanName = new Map(kecamatan.map((k) => [k.code, k.name]));
  const licenseType = new Map(licenseTypes.map((l) => [l.id, l]));
  return Promise.all(
    rows.map(async (c): Promise<CampaignReport> => {
      const lt = c.licenseTypeId === null ? undefined : licenseType.get(c.licenseTypeId);
      const row: CampaignRow = {
        id: c.id,
        name: c.name,
        channel: c.channel as OutreachChannel,
        startDay: c.startDay,
        endDay: c.endDay,
        kecamatanCode: c.kecamatanCode,
        kecamatanName: c.kecamatanCode ? (kecamatanName.get(c.kecamatanCode) ?? null) : null,
        topic: c.topic as OutreachTopic,
        licenseTypeCode: lt?.code ?? null,
        licenseTypeName: lt?.name ?? null,
        cost: c.cost,
        note: c.note,
      };
      const windows = campaignWindows(c, options.weeks, options.today);
      if (!windows.after) return { ...row, windows, effect: null };
      const appFilter = {
        ...(c.licenseTypeId !== null ? { licenseTypeIds: [c.licenseTypeId] } : {}),
        kecamatanCode: c.kecamatanCode,
      };
      const source = CHANNEL_INFO_SOURCE[row.channel];
      const [before, after, surveyBefore, surveyAfter] = await Promise.all([
        countApplicationsSubmitted({ ...windows.before, ...appFilter }, db),
        countApplicationsSubmitted({ ...windows.after, ...appFilter }, db),
        countInfoSources({ ...windows.before, licenseTypeId: c.licenseTypeId }, db),
        countInfoSources({ ...windows.after, licenseTypeId: c.licenseTypeId }, db),
      ]);
      const effect = computeCampaignEffect(
        {
          applications: {
            before,
            after,
            beforeWorkingDays: workingDaysIn(calendar, windows.before),
            afterWorkingDays: workingDaysIn(calendar, windows.after),
          },
          survey: {
            beforeAnswered: surveyBefore.answered,
            beforeChannel: surveyBefore.bySource.get(source) ?? 0,
            afterAnswered: surveyAfter.answered,
            afterChannel: surveyAfter.bySource.get(source) ?? 0,
          },
        },
        c.cost,
      );
      return { ...row, windows, effect };
    }),
  );
}

/** One campaign as its edit form shows it (licence type by code), or null. */
export async function getCampaignForEdit(id: string, db: Db = getDb()) {
  const c = await db.outreachCampaign.findUnique({ where: { id } });
  if (!c) return null;
  const licenseType =
    c.licenseTypeId === null ? undefined : (await listLicenseTypes()).find((l) => l.id === c.licenseTypeId);
  return {
    id: c.id,
    name: c.name,
    channel: c.channel,
    startDay: c.startDay,
    endDay: c.endDay,
    kecamatanCode: c.kecamatanCode ?? "",
    topic: c.topic,
    licenseType: licenseType?.code ?? "",
    cost: String(c.cost),
    note: c.note,
  };
}
