import { describe, expect, it } from "vitest";
import { auditDetailLines, auditText } from "./detail-text";

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

describe("auditText", () => {
  it("reads ISO days inside text as days in words and leaves instants and other numbers alone", () => {
    const day = (iso: string) => `<${iso.slice(8, 10)}/${iso.slice(5, 7)}>`;
    expect(auditText("2026-01-01..2026-03-31", { day })).toBe("<01/01>..<31/03>");
    expect(auditText("2026-08-17", { day })).toBe("<17/08>");
    expect(auditText("KDR-20260105-000123 2026-12-06T03:00:00Z", { day })).toBe(
      "KDR-20260105-000123 2026-12-06T03:00:00Z",
    );
  });
});
