import { describe, expect, it } from "vitest";
import { auditDetailLines } from "./detail-text";

const format = { day: (d: string) => `day(${d})`, instant: (at: Date) => `at(${at.toISOString()})` };

describe("auditDetailLines", () => {
  it("writes one line per key, dates through the formatters, lists and objects inline", () => {
    const detail = JSON.stringify({
      firstDay: "2025-01-06",
      importedAt: "2026-12-06T03:15:00.000Z",
      rows: 1250,
      years: [2025, 2026],
      counts: { created: 3, updated: 1 },
      note: null,
    });
    expect(auditDetailLines(detail, format)).toEqual([
      "firstDay: day(2025-01-06)",
      "importedAt: at(2026-12-06T03:15:00.000Z)",
      "rows: 1250",
      "years: 2025, 2026",
      "counts: created 3, updated 1",
      "note: —",
    ]);
  });

  it("shows text that is not a JSON object as stored, and nothing for no detail", () => {
    expect(auditDetailLines("not json {", format)).toEqual(["not json {"]);
    expect(auditDetailLines('"2025-12-06"', format)).toEqual(["day(2025-12-06)"]);
    expect(auditDetailLines(null, format)).toEqual([]);
  });

  it("leaves strings that only look like dates alone", () => {
    expect(auditDetailLines(JSON.stringify({ registrationNo: "2025-12-06/A" }), format)).toEqual([
      "registrationNo: 2025-12-06/A",
    ]);
  });
});
