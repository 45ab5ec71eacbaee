import { describe, it, expect } from "vitest";
import { getDb, perEngine, type DbArgs } from "@/lib/db/client";

// lib/db/client.ts: one Db type both engines' clients satisfy (no cast); groupBy/aggregate per engine.
const engine = process.env.TEST_DB === "postgresql" ? "postgresql" : "sqlite";
const which = { sqlite: () => "sqlite", postgresql: () => "postgresql" };

describe("perEngine", () => {
  it("picks the client's own engine, on the client and inside an interactive transaction", async () => {
    const db = getDb();
    expect(perEngine(db, which)).toBe(engine);
    expect(await db.$transaction(async (tx) => perEngine(tx, which))).toBe(engine);
  });

  it("runs a typed groupBy on either engine with the same rows", async () => {
    const args = {
      by: ["active"],
      _count: { _all: true },
      orderBy: { active: "asc" },
    } satisfies DbArgs.LicenseTypeGroupByArgs;
    const rows = await perEngine(getDb(), {
      sqlite: (c) => c.licenseType.groupBy(args),
      postgresql: (c) => c.licenseType.groupBy(args),
    });
    const total = await getDb().licenseType.count();
    expect(rows.reduce((sum, row) => sum + row._count._all, 0)).toBe(total);
  });
});
