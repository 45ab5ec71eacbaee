import { describe, expect, it } from "vitest";
import { drawnTrendPoints } from "./trend-points";

describe("drawnTrendPoints", () => {
  const points = [
    { key: "2026-Q3", label: "Triwulan III 2026", labelEn: "Q3 2026", ikm: 87.36 },
    { key: "2026-Q4", label: "Triwulan IV 2026", labelEn: "Q4 2026", ikm: null },
  ];

  it("links each period to the dashboard with the same filters and marks the running one", () => {
    const drawn = drawnTrendPoints(points, {
      today: "2026-12-06",
      en: false,
      trendKind: "quarter",
      filters: { questionnaire: "SKM-2017", licenseType: "IUI", counter: undefined },
    });
    expect(drawn).toEqual([
      {
        label: "Triwulan III 2026",
        ikm: 87.36,
        partial: false,
        href: "/staf/skm?questionnaire=SKM-2017&licenseType=IUI&kind=quarter&period=2026-Q3",
        name: "Triwulan III 2026",
        linkLabel: "Triwulan III 2026: IKM 87,36 — buka rincian",
      },
      {
        label: "Triwulan IV 2026 *",
        ikm: null,
        partial: true,
        href: "/staf/skm?questionnaire=SKM-2017&licenseType=IUI&kind=quarter&period=2026-Q4",
        name: "Triwulan IV 2026",
        linkLabel: "Triwulan IV 2026 — buka rincian",
      },
    ]);
  });

  it("uses the English label for English readers; a finished quarter is not partial on its last day + 1", () => {
    const [q3] = drawnTrendPoints(points, { today: "2026-10-01", en: true, trendKind: "quarter", filters: {} });
    expect(q3).toMatchObject({ label: "Q3 2026", partial: false, href: "/staf/skm?kind=quarter&period=2026-Q3" });
    expect(q3?.linkLabel).toBe("Q3 2026: IKM 87.36 — open details");
  });
});
