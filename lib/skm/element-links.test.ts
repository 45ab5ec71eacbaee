import { describe, expect, it } from "vitest";
import { elementBarLink, elementNrr, skmDrillQuery } from "./element-links";
import { elementParamSchema } from "./schemas";

const query = [
  ["kind", "quarter"],
  ["period", "2026-Q3"],
  ["questionnaire", "SKM-2017"],
  ["licenseType", "PBG"],
  ["counter", undefined],
  ["channel", ""],
] as const;

describe("elementBarLink", () => {
  it("opens the element's detail for the same period and filters, named by its NRR", () => {
    expect(elementBarLink(query, { code: "U3", label: "U3 Waktu penyelesaian", nrr: 3.2751 }, "NRR", "id")).toEqual({
      href: "/staf/skm?kind=quarter&period=2026-Q3&questionnaire=SKM-2017&licenseType=PBG&unsur=U3#unsur",
      name: "U3 Waktu penyelesaian: NRR 3,28 — buka rincian",
    });
  });
  it("keeps a custom range and speaks English to English readers", () => {
    const custom = [
      ["dari", "2026-01-15"],
      ["sampai", "2026-03-10"],
    ] as const;
    expect(elementBarLink(custom, { code: "U9", label: "U9 Facilities", nrr: 3 }, "NRR", "en")).toEqual({
      href: "/staf/skm?dari=2026-01-15&sampai=2026-03-10&unsur=U9#unsur",
      name: "U9 Facilities: NRR 3.00 — open details",
    });
  });
});

describe("elementParamSchema", () => {
  const schema = elementParamSchema(["U1", "U2", "U3"]);
  it("reads a known code, the first of repeated values, and nothing for absent or empty", () => {
    expect(schema.parse("U2")).toBe("U2");
    expect(schema.parse(["U3", "U1"])).toBe("U3");
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse("")).toBeUndefined();
  });
  it("refuses an unknown code naming the codes it may take", () => {
    const result = schema.safeParse("U10");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("unsur harus salah satu dari U1, U2, U3.");
  });
});

describe("elementNrr", () => {
  it("is Σ answers ÷ answers to four decimals, null without answers", () => {
    expect(elementNrr(1310, 400)).toBe(3.275);
    expect(elementNrr(10, 3)).toBe(3.3333);
    expect(elementNrr(0, 0)).toBeNull();
  });
});

describe("skmDrillQuery", () => {
  const period = { key: "2026-Q3", from: "2026-07-01", to: "2026-09-30" };
  it("keeps a calendar period by kind and key, and the set filters", () => {
    const query = skmDrillQuery({ kind: "quarter", period, questionnaire: "SKM-2017", counter: "L2" });
    expect(elementBarLink(query, { code: "U1", label: "U1", nrr: null }, "NRR", "id").href).toBe(
      "/staf/skm?kind=quarter&period=2026-Q3&questionnaire=SKM-2017&counter=L2&unsur=U1#unsur",
    );
  });
  it("keeps a custom range by its days", () => {
    const query = skmDrillQuery({ kind: "custom", period, questionnaire: "IKM-2004", channel: "kiosk" });
    expect(query).toEqual([
      ["dari", "2026-07-01"],
      ["sampai", "2026-09-30"],
      ["questionnaire", "IKM-2004"],
      ["licenseType", undefined],
      ["counter", undefined],
      ["channel", "kiosk"],
    ]);
  });
});
