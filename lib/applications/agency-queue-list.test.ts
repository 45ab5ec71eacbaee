import { describe, expect, it } from "vitest";
import { AGENCY_QUEUE_TABLE, agencyQueueView, type AgencyQueueRow } from "./agency-queue-list";
import { loadListPage, listQueryOf } from "../table/paging";
import { parseTableParams } from "../table/schemas";

const row = (registrationNo: string, remaining: number, started: string, code: string, applicant: string | null) =>
  ({
    registrationNo,
    licenseType: { code, name: code === "PBG" ? "Persetujuan Bangunan Gedung" : "Izin Reklame", nameEn: code },
    applicantName: applicant,
    clock: { remainingWorkingDays: remaining, stageStartedAt: new Date(`${started}T01:00:00Z`) },
  }) satisfies AgencyQueueRow;

const rows = [
  row("KDR-3", 2, "2028-03-01", "PBG", "Sari"),
  row("KDR-1", -4, "2028-02-20", "REK", "Budi"),
  row("KDR-2", 2, "2028-02-28", "PBG", null),
  row("KDR-4", -4, "2028-02-19", "REK", "Agus"),
];
const view = (raw: Record<string, string>) =>
  agencyQueueView(rows, parseTableParams(AGENCY_QUEUE_TABLE, raw)).map((r) => r.registrationNo);

describe("agencyQueueView", () => {
  it("puts the most overdue first, the longest waiting first among equals", () => {
    expect(view({})).toEqual(["KDR-4", "KDR-1", "KDR-2", "KDR-3"]);
  });
  it("reverses the remaining days on desc", () => {
    expect(view({ sort: "remaining", dir: "desc" })).toEqual(["KDR-3", "KDR-2", "KDR-1", "KDR-4"]);
  });
  it("sorts by applicant with a missing name first and ties by registration number", () => {
    expect(view({ sort: "applicant" })).toEqual(["KDR-2", "KDR-4", "KDR-1", "KDR-3"]);
    expect(view({ sort: "licenseType", dir: "desc" })).toEqual(["KDR-1", "KDR-4", "KDR-2", "KDR-3"]);
  });
  it("searches registration numbers from the start, licence types and applicants anywhere, any case", () => {
    expect(view({ q: "kdr-3" })).toEqual(["KDR-3"]);
    expect(view({ q: "bangunan" })).toEqual(["KDR-2", "KDR-3"]);
    expect(view({ q: "UD" })).toEqual(["KDR-1"]);
    expect(view({ q: "3" })).toEqual([]);
  });
  it("pages the sorted list: page 2 asked of 4 rows by 10 reads the only page, rows 1–4", async () => {
    const state = parseTableParams(AGENCY_QUEUE_TABLE, { page: "2", size: "10" });
    const page = await loadListPage(state, listQueryOf(agencyQueueView(rows, state)));
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1, from: 1, to: 4 });
  });
});
