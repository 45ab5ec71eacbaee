import { describe, expect, it } from "vitest";
import { noteRecord, readNoteData } from "./note-data";

describe("complaint workflow notes as structured data", () => {
  it("stores a step as checked JSON and reads it back", () => {
    const record = noteRecord(
      "extension",
      { event: "extended", from: "2026-12-21", to: "2026-12-28", days: 5, reason: "cek lapangan: luar kota" },
      "cek lapangan: luar kota",
    );
    expect(record).toEqual({
      kind: "extension",
      body: "cek lapangan: luar kota",
      data: '{"event":"extended","from":"2026-12-21","to":"2026-12-28","days":5,"reason":"cek lapangan: luar kota"}',
    });
    expect(readNoteData(record.data)).toEqual({
      event: "extended",
      from: "2026-12-21",
      to: "2026-12-28",
      days: 5,
      reason: "cek lapangan: luar kota",
    });
  });

  it("refuses to store a step that breaks the schema", () => {
    expect(() =>
      noteRecord("status", { event: "verifiedOurs", category: "x", days: 5, deadline: "28-12-2026" }),
    ).toThrow();
  });

  it("reads the JSON PostgreSQL writes (spaces after separators) and the plain steps", () => {
    expect(readNoteData('{"event" : "assigned", "name" : "Budi Petugas"}')).toEqual({
      event: "assigned",
      name: "Budi Petugas",
    });
    expect(readNoteData('{"event":"closed"}')).toEqual({ event: "closed" });
  });

  it("gives null for a free note, broken JSON or an unknown step, so the body is shown as written", () => {
    expect(readNoteData(null)).toBeNull();
    expect(readNoteData("assigned:Budi")).toBeNull();
    expect(readNoteData('{"event":"reopened"}')).toBeNull();
    expect(readNoteData('{"event":"verifiedOurs","category":"x","days":"5","deadline":"2026-12-28"}')).toBeNull();
  });
});
