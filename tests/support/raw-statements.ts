import { vi } from "vitest";
import { getDb } from "@/lib/db/client";

/**
 * How many raw SQL statements `read` sends through the shared client: the roll-up reads are raw SQL, so a read whose
 * figures are kept (lib/kpi/versioned-cache-queries.ts) sends fewer than the same read afresh.
 */
export async function rawStatements(read: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(getDb(), "$queryRaw");
  try {
    await read();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
