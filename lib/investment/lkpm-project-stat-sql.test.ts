import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lkpmProjectRecountSql, lkpmProjectRefreshSql, lkpmProjectTriggerSql } from "./lkpm-project-stat-sql";

describe("LkpmProjectStat SQL", () => {
  it("refreshes each named project once: drop its row, insert it again if it still can owe reports", () => {
    const [drop, insert] = lkpmProjectRefreshSql(['OLD."id"', 'NEW."id"', 'NEW."id"']);
    expect(drop).toBe(`DELETE FROM "LkpmProjectStat" WHERE "applicationId" IN (OLD."id", NEW."id")`);
    expect(insert).toContain(`WHERE (a."id" IN (OLD."id", NEW."id")) AND a."status" = 'issued'`);
    expect(insert).toContain(
      `ON CONFLICT ("applicationId") DO UPDATE SET "registrationNo" = excluded."registrationNo"`,
    );
  });

  it("has one trigger per table and event (PostgreSQL: one function per table), application ones only for projects that can owe reports", () => {
    expect(lkpmProjectTriggerSql("sqlite").match(/CREATE TRIGGER/g)).toHaveLength(6);
    expect(lkpmProjectTriggerSql("sqlite")).toContain(
      `CREATE TRIGGER "InvestmentRealisation_lkpm_update" AFTER UPDATE OF "applicationId", "periodKind", "realisedInvestment" ON "InvestmentRealisation"`,
    );
    const pg = lkpmProjectTriggerSql("postgresql");
    expect(pg.match(/CREATE TRIGGER/g)).toHaveLength(6);
    expect(pg).toContain(
      `CREATE TRIGGER "Application_lkpm_delete" AFTER DELETE ON "Application"\n  FOR EACH ROW WHEN (OLD."status" = 'issued' AND OLD."investmentValue" > 0 AND OLD."finishedDay" IS NOT NULL AND OLD."scale" IN ('kecil', 'menengah', 'besar')) EXECUTE FUNCTION "application_to_lkpm_project"();`,
    );
    expect(pg.match(/CREATE FUNCTION/g)).toHaveLength(2);
    // Prisma's runner splits at every semicolon: none inside the function bodies.
    expect(pg.split("\n").filter((line) => line.endsWith(";") && !line.startsWith("  FOR EACH ROW"))).toEqual([
      "';",
      "';",
    ]);
  });

  for (const engine of ["sqlite", "postgresql"] as const) {
    it(`is what the migration creates and back-fills (${engine})`, () => {
      const dir = path.join("prisma", engine, "migrations");
      const folder = readdirSync(dir).find((name) => name.endsWith("_lkpm_project_stat"))!;
      const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
      expect(sql).toContain(lkpmProjectTriggerSql(engine));
      expect(sql).toContain(`${lkpmProjectRecountSql()[1]};`);
    });
  }
});
