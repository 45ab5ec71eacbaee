import { describe, expect, it } from "vitest";
import { applyMinN } from "./min-n";

describe("applyMinN", () => {
  const groups = [
    { key: "L2", label: "Loket 2", n: 29, figures: { ikm: 91.5 } },
    { key: "L1", label: "Loket 1", n: 30, figures: { ikm: 84.25 } },
    { key: "L3", label: "Loket 3", n: 120, figures: { ikm: 87.1 } },
    { key: "L0", label: "Loket 0", n: 0, figures: { ikm: 0 } },
  ];
  it("shows groups with n ≥ 30 (largest first) and hides the others' figures", () => {
    expect(applyMinN(groups, 30)).toEqual([
      { key: "L3", label: "Loket 3", n: 120, isHidden: false, figures: { ikm: 87.1 } },
      { key: "L1", label: "Loket 1", n: 30, isHidden: false, figures: { ikm: 84.25 } },
      { key: "L0", label: "Loket 0", n: 0, isHidden: true, figures: null },
      { key: "L2", label: "Loket 2", n: 29, isHidden: true, figures: null },
    ]);
  });
  it("follows the setting: at minimum 10 Loket 2 (n 29) is shown", () => {
    expect(
      applyMinN(groups, 10)
        .filter((r) => !r.isHidden)
        .map((r) => r.key),
    ).toEqual(["L3", "L1", "L2"]);
  });
});
