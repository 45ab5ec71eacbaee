import { describe, expect, it } from "vitest";
import { ZCompensationRecord } from "./schemas";

const base = {
  occurredOn: "2026-05-02",
  component: "fee",
  shortfall: "Biaya fotokopi di luar tarif",
  kind: "refund",
  offered: "Biaya dikembalikan",
};

describe("compensation register input", () => {
  it("an amount is optional whole rupiah; blank means none", () => {
    expect(ZCompensationRecord.parse({ ...base, amount: "15000" })).toMatchObject({ amount: 15000, status: "offered" });
    expect(ZCompensationRecord.parse({ ...base, amount: "" }).amount).toBeUndefined();
    expect(ZCompensationRecord.safeParse({ ...base, amount: "12.5" }).success).toBe(false);
    expect(ZCompensationRecord.safeParse({ ...base, amount: "-1" }).success).toBe(false);
  });
  it("names what is missing", () => {
    const result = ZCompensationRecord.safeParse({
      occurredOn: "2026-02-30",
      component: "x",
      kind: "refund",
      shortfall: "",
      offered: "",
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["occurredOn", "component", "shortfall", "offered"]));
  });
});
