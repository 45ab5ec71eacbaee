import "server-only";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { getQuestionnaire } from "./questionnaires";
import { listCounterCodes, listLicenseTypeCodes } from "../reference/queries";
import { responseCsvLine, responsesCsvHeader } from "./summary-export";
import type { SkmSliceFilter } from "./summary-queries";

const PAGE_SIZE = 2000;

/**
 * Streams the anonymised raw responses of a filter as CSV, page by page (keyset on id), so a year of responses
 * never sits in memory at once.
 */
export function streamAnonymisedResponsesCsv(filter: SkmSliceFilter, db: Db = getDb()): ReadableStream<Uint8Array> {
  const questionnaire = getQuestionnaire(filter.questionnaire)!;
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let codes: { licenseTypes: Map<number, string>; counters: Map<number, string> } | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!codes) {
        const [lts, cs] = await Promise.all([listLicenseTypeCodes(db), listCounterCodes(db)]);
        codes = {
          licenseTypes: new Map(lts.map((l) => [l.id, l.code])),
          counters: new Map(cs.map((c) => [c.id, c.code])),
        };
      }
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode("\uFEFF" + responsesCsvHeader(questionnaire)));
        return;
      }
      const rows = await db.surveyResponse.findMany({
        where: {
          questionnaire: filter.questionnaire,
          surveyDate: { gte: filter.from, lte: filter.to },
          ...(filter.licenseTypeId !== undefined ? { licenseTypeId: filter.licenseTypeId } : {}),
          ...(filter.counterId !== undefined ? { counterId: filter.counterId } : {}),
          ...(filter.channel !== undefined ? { channel: filter.channel } : {}),
          ...(cursor ? { id: { gt: cursor } } : {}),
        },
        orderBy: { id: "asc" },
        take: PAGE_SIZE,
        select: {
          id: true,
          surveyDate: true,
          questionnaire: true,
          channel: true,
          licenseTypeId: true,
          counterId: true,
          age: true,
          sex: true,
          education: true,
          occupation: true,
          infoSource: true,
          comment: true,
          answers: true,
        },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows[rows.length - 1]!.id;
      const text = rows
        .map((r) =>
          responseCsvLine(questionnaire, {
            ...r,
            licenseTypeCode: r.licenseTypeId === null ? null : (codes!.licenseTypes.get(r.licenseTypeId) ?? null),
            counterCode: r.counterId === null ? null : (codes!.counters.get(r.counterId) ?? null),
          }),
        )
        .join("");
      controller.enqueue(encoder.encode(text));
    },
  });
}
