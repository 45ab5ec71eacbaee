import { describe, expect, it } from "vitest";
import { createApplicationRowValidator } from "./import-rows";
import { APPLICATION_IMPORT_COLUMNS } from "./import-columns";
import { mapColumns } from "../spreadsheet/columns";
import { base, cal, refs } from "./import-rows.fixtures";

describe("createApplicationRowValidator (streaming import)", () => {
  const validator = (maxErrors?: number) => createApplicationRowValidator(refs, cal, "2026-04-01", { maxErrors });
  const numbered = (n: number) => ({ ...base, registrationNo: `KDR-2026-${String(n).padStart(6, "0")}` });

  it("finds duplicates across separately fed batches, naming the first line, even when that line was invalid", () => {
    const v = validator();
    const fed: (string | null)[] = [];
    const feed = (...rows: Record<string, string>[]) =>
      rows.forEach((row) => fed.push(v.next(row)?.registrationNo ?? null));
    feed(numbered(1), numbered(2), { ...numbered(3), feeCharged: "-1" }); // lines 2–4
    feed(numbered(4), numbered(5)); // lines 5–6
    feed(numbered(2), numbered(3), numbered(6), numbered(1)); // lines 7–10
    expect(fed).toEqual([
      "KDR-2026-000001",
      "KDR-2026-000002",
      null,
      "KDR-2026-000004",
      "KDR-2026-000005",
      null,
      null,
      "KDR-2026-000006",
      null,
    ]);
    expect(v.summary()).toEqual({
      rows: 9,
      validRows: 5,
      invalidRows: 4,
      errorCount: 4,
      errors: [
        { line: 4, column: "feeCharged", message: "Biaya tidak boleh negatif." },
        {
          line: 7,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000002 ganda dalam berkas (sudah di baris 3).",
        },
        {
          line: 8,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000003 ganda dalam berkas (sudah di baris 4).",
        },
        {
          line: 10,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000001 ganda dalam berkas (sudah di baris 2).",
        },
      ],
    });
  });

  it("keeps only the first maxErrors errors but counts every error and invalid row", () => {
    const v = validator(3);
    v.next(numbered(1)); // line 2, valid
    // Lines 3–6: two errors each (unknown licence type and negative fee) → 8 errors on 4 rows.
    for (let n = 2; n <= 5; n += 1) v.next({ ...numbered(n), licenseType: "XYZ", feeCharged: "-1" });
    v.next(numbered(1)); // line 7: duplicate of line 2 → 9th error
    const summary = v.summary();
    expect(summary).toMatchObject({ rows: 6, validRows: 1, invalidRows: 5, errorCount: 9 });
    expect(summary.errors).toEqual([
      { line: 3, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." },
      { line: 3, column: "feeCharged", message: "Biaya tidak boleh negatif." },
      { line: 4, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." },
    ]);
  });

  it("gives the same verdicts when the same rows are fed to a second validator (the import's two passes)", () => {
    const rows = [numbered(1), { ...numbered(2), kelurahan: "Atlantis" }, numbered(3), numbered(1)];
    const first = validator(0);
    const second = validator(0);
    expect(rows.map((row) => first.next(row)?.line ?? null)).toEqual([2, null, 4, null]);
    expect(rows.map((row) => second.next(row)?.line ?? null)).toEqual([2, null, 4, null]);
    expect(second.summary()).toEqual({ rows: 4, validRows: 2, invalidRows: 2, errorCount: 2, errors: [] });
  });
});

describe("header mapping", () => {
  it("matches canonical names loosely and applies the chosen mapping", () => {
    const mapped = mapColumns(["Registration No", "jenis_izin", "licenseType", "status"], APPLICATION_IMPORT_COLUMNS, {
      jenis_izin: "licenseType",
    });
    expect(Object.fromEntries(mapped.byHeader)).toEqual({
      "Registration No": "registrationNo",
      jenis_izin: "licenseType",
      status: "status",
    });
    expect(mapped.ignored).toEqual(["licenseType"]);
    expect(mapped.missingRequired).toEqual([
      "applicantName",
      "applicantKind",
      "kecamatan",
      "kelurahan",
      "submittedAt",
      "completedAt",
      "feeCharged",
      "counter",
    ]);
  });
});
