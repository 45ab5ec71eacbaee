import { describe, expect, it } from "vitest";
import { canOpen, navFor } from "./navigation";

describe("canOpen", () => {
  it.each([
    ["PLANNER", "/staf/permohonan/KDR-20261021-006937", false],
    ["LEADERSHIP", "/staf/permohonan/KDR-20261021-006937", true],
    ["OFFICER", "/staf/permohonan/KDR-20261021-006937?tab=1", true],
    ["LEADERSHIP", "/staf/pengaduan", false],
    ["LEADERSHIP", "/staf/pengaduan/12", false],
    ["LEADERSHIP", "/staf/pengaduan/metrik", true],
    ["OFFICER", "/staf/pengaduan/12", true],
    ["LEADERSHIP", "/staf/permohonan/baru", false],
    ["OFFICER", "/staf/permohonan/baru", true],
    ["PLANNER", "/staf/investasi/realisasi/input?project=1", true],
    ["LEADERSHIP", "/staf/investasi/realisasi/input", false],
    ["LEADERSHIP", "/staf/investasi/realisasi", true],
    ["PLANNER", "/staf/investasi/target", false],
    ["PLANNER", "/staf", true],
    ["PLANNER", "/laporan/skm/2026-Q2", true],
  ] as const)("%s → %s: %s", (role, href, expected) => {
    expect(canOpen(role, href)).toBe(expected);
  });

  it("agrees with the menu: every entry a role sees, it may open", () => {
    for (const role of ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"] as const) {
      for (const item of navFor(role)) expect(canOpen(role, item.href)).toBe(true);
    }
  });
});
