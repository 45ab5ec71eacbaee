import { describe, expect, it } from "vitest";
import { declareColumns } from "./columns";

describe("declareColumns", () => {
  it("lists the keys in the given order with their declarations, marking the required ones", () => {
    const columns = declareColumns(["nib", "kbli"] as const, ["kbli"] as const, {
      kbli: { kind: "text", description: { id: "Kode KBLI.", en: "KBLI code." }, example: "10710" },
      nib: { kind: "text", description: { id: "NIB.", en: "NIB." } },
    });
    expect(columns).toEqual([
      { key: "nib", required: false, kind: "text", description: { id: "NIB.", en: "NIB." } },
      {
        key: "kbli",
        required: true,
        kind: "text",
        description: { id: "Kode KBLI.", en: "KBLI code." },
        example: "10710",
      },
    ]);
  });
});
