import { describe, expect, it } from "vitest";
import { defaultTableState, parseTableParams, type TTableConfig } from "./schemas";

const config: TTableConfig<"dueDate" | "applicant"> = {
  sorts: ["dueDate", "applicant"],
  defaultSort: "dueDate",
  defaultDirection: "asc",
};

describe("parseTableParams", () => {
  it("reads a complete, valid query string", () => {
    expect(
      parseTableParams(config, { q: "  KDR-2026 ", sort: "applicant", dir: "desc", page: "3", size: "50" }),
    ).toEqual({ q: "KDR-2026", sort: "applicant", dir: "desc", page: 3, size: 50 });
  });

  it("gives the defaults for an empty query string", () => {
    expect(defaultTableState(config)).toEqual({ q: "", sort: "dueDate", dir: "asc", page: 1, size: 20 });
    expect(defaultTableState({ ...config, defaultSize: 50 }).size).toBe(50);
  });

  it.each([
    ["unknown sort column", { sort: "password" }, { sort: "dueDate" }],
    ["unknown direction", { dir: "up" }, { dir: "asc" }],
    ["page that is not a number", { page: "abc" }, { page: 1 }],
    ["page zero", { page: "0" }, { page: 1 }],
    ["negative page", { page: "-4" }, { page: 1 }],
    ["fractional page", { page: "2.5" }, { page: 1 }],
    ["page beyond the limit", { page: "100001" }, { page: 1 }],
    ["size not offered", { size: "7" }, { size: 20 }],
    ["size of a million", { size: "1000000" }, { size: 20 }],
  ])("falls back on a %s", (_name, raw, expected) => {
    expect(parseTableParams(config, raw)).toMatchObject(expected);
  });

  it("takes the first of repeated values and cuts long search text to 100 characters", () => {
    const state = parseTableParams(config, { page: ["2", "9"], q: "x".repeat(150) });
    expect(state.page).toBe(2);
    expect(state.q).toHaveLength(100);
  });
});
