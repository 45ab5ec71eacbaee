import { describe, expect, it } from "vitest";
import { sqlDayList, withMonthRollUps, type RollUp } from "./month-roll-up-sql";

const ROLL_UP: RollUp = { day: "XDayStat", month: "XMonthStat", keys: ["k"], values: ["n", "v"] };
const squash = (statements: string[]) => statements.map((sql) => sql.replace(/\s+/g, " ").trim());

describe("sqlDayList", () => {
  it("quotes each day once and refuses anything that is not a day", () => {
    expect(sqlDayList(["2026-01-02", "2026-01-03", "2026-01-02"])).toBe("'2026-01-02', '2026-01-03'");
    expect(() => sqlDayList(["2026-01-02'; DROP TABLE x; --"])).toThrow(RangeError);
  });
});

describe("withMonthRollUps", () => {
  it("wraps the day statements: subtract the days' old rows, recount, add the new rows, drop emptied months", () => {
    expect(squash(withMonthRollUps([ROLL_UP], ["2026-01-31", "2026-02-01"], ["RECOUNT"]))).toEqual([
      `INSERT INTO "XMonthStat" ("month", "k", "n", "v") SELECT substr(d."day", 1, 7), d."k", -SUM(d."n"), -SUM(d."v") FROM "XDayStat" d WHERE d."day" IN ('2026-01-31', '2026-02-01') GROUP BY substr(d."day", 1, 7), d."k" ORDER BY 1, 2 ON CONFLICT ("month", "k") DO UPDATE SET "n" = "XMonthStat"."n" + excluded."n", "v" = "XMonthStat"."v" + excluded."v"`,
      "RECOUNT",
      `INSERT INTO "XMonthStat" ("month", "k", "n", "v") SELECT substr(d."day", 1, 7), d."k", SUM(d."n"), SUM(d."v") FROM "XDayStat" d WHERE d."day" IN ('2026-01-31', '2026-02-01') GROUP BY substr(d."day", 1, 7), d."k" ORDER BY 1, 2 ON CONFLICT ("month", "k") DO UPDATE SET "n" = "XMonthStat"."n" + excluded."n", "v" = "XMonthStat"."v" + excluded."v"`,
      `DELETE FROM "XMonthStat" WHERE "month" IN ('2026-01', '2026-02') AND "n" = 0`,
    ]);
  });

  it("for all days rebuilds the months from the days after the recount", () => {
    expect(squash(withMonthRollUps([ROLL_UP], "all", ["RECOUNT"]))).toEqual([
      "RECOUNT",
      `DELETE FROM "XMonthStat"`,
      `INSERT INTO "XMonthStat" ("month", "k", "n", "v") SELECT substr(d."day", 1, 7), d."k", SUM(d."n"), SUM(d."v") FROM "XDayStat" d WHERE 1 = 1 GROUP BY substr(d."day", 1, 7), d."k" ORDER BY 1, 2`,
    ]);
  });

  it("does nothing without days or statements, and refuses a malformed day", () => {
    expect(withMonthRollUps([ROLL_UP], [], ["RECOUNT"])).toEqual([]);
    expect(withMonthRollUps([ROLL_UP], ["2026-01-31"], [])).toEqual([]);
    expect(() => withMonthRollUps([ROLL_UP], ["2026-13-01"], ["RECOUNT"])).toThrow(RangeError);
  });
});
