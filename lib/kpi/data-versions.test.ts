import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  TRIGGER_MIGRATIONS,
  dataVersionTriggerNames,
  dataVersionTriggerSql,
  dataVersionsOf,
  versionKey,
} from "./data-versions";

const versions = dataVersionsOf([
  { tableName: "Complaint", year: 0, version: 2n },
  { tableName: "Complaint", year: 2025, version: "7" },
  { tableName: "Complaint", year: 2026, version: 3 },
  { tableName: "Holiday", year: 0, version: "5" },
]);

describe("versionKey", () => {
  it("names the whole-table counter and each covered year's counter; a missing row counts as 0", () => {
    expect(versionKey(versions, ["Complaint", "Holiday"], { from: "2025-12-01", to: "2026-01-31" })).toBe(
      "Complaint=2.7.3,Holiday=5",
    );
    expect(versionKey(versions, ["Complaint", "FollowUpAction"], { from: "2024-01-01", to: "2024-12-31" })).toBe(
      "Complaint=2.0,FollowUpAction=0",
    );
  });

  it("changes when a covered year is written and stays when another year is", () => {
    const range = { from: "2026-01-01", to: "2026-06-30" };
    const before = versionKey(versions, ["Complaint"], range);
    const other = new Map(versions).set("Complaint:2025", "8");
    expect(versionKey(other, ["Complaint"], range)).toBe(before);
    const same = new Map(versions).set("Complaint:2026", "4");
    expect(versionKey(same, ["Complaint"], range)).not.toBe(before);
  });
});

describe("the migration's triggers", () => {
  for (const engine of ["sqlite", "postgresql"] as const) {
    for (const [migration, tables] of Object.entries(TRIGGER_MIGRATIONS)) {
      it(`are the generated ones (${engine}, ${migration})`, () => {
        const dir = path.join("prisma", engine, "migrations");
        const folder = readdirSync(dir).find((name) => /^\d+_(.*)$/.exec(name)?.[1] === migration)!;
        const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
        expect(sql).toContain(dataVersionTriggerSql(engine, tables));
      });
    }
    it(`create PostgreSQL's function once (${engine})`, () => {
      const [first, second] = Object.values(TRIGGER_MIGRATIONS).map((tables) => dataVersionTriggerSql(engine, tables));
      expect(first!.includes("CREATE FUNCTION")).toBe(engine === "postgresql");
      expect(second).not.toContain("CREATE FUNCTION");
    });
  }

  it("cover every versioned table on every write", () => {
    // SQLite: insert, update and delete triggers for 22 tables; PostgreSQL: a deferred row trigger and a TRUNCATE
    // trigger for each.
    expect(dataVersionTriggerNames("sqlite")).toHaveLength(66);
    expect(dataVersionTriggerNames("postgresql")).toHaveLength(44);
    expect(dataVersionTriggerNames("sqlite")).toContain("DataVersion_SkmLowAnswerDayStat_delete");
    expect(dataVersionTriggerNames("sqlite")).toContain("DataVersion_SkmDailyAggregate_update");
    expect(dataVersionTriggerNames("postgresql")).toContain("DataVersion_Complaint_truncate");
  });
});
