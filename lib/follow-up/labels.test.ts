import { describe, expect, it } from "vitest";
import { basisLabel } from "./labels";

describe("follow-up basis labels", () => {
  it("names the element, complaint category or stage in the reader's language", () => {
    expect(basisLabel("element", "U1", "id")).toBe("U1 Persyaratan");
    expect(basisLabel("element", "U1", "en")).toBe("U1 Requirements");
    expect(basisLabel("complaint_category", "behaviour", "id")).toBe("Kategori pengaduan: Perilaku petugas");
    expect(basisLabel("stage", "verifikasi", "id")).toBe("Tahap proses: Verifikasi berkas");
  });
});
