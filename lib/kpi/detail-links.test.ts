import { describe, expect, it } from "vitest";
import { detailHrefForPeriod } from "./detail-links";
import { parsePeriodKey } from "../periods/periods";

describe("detailHrefForPeriod", () => {
  const year = parsePeriodKey("2026")!;
  it("opens the SKM dashboard for the same calendar period", () => {
    expect(detailHrefForPeriod("/staf/skm", year)).toBe("/staf/skm?kind=year&period=2026");
    expect(detailHrefForPeriod("/staf/skm", parsePeriodKey("2026-Q3")!)).toBe("/staf/skm?kind=quarter&period=2026-Q3");
  });
  it("gives range pages dari/sampai and keeps the anchor", () => {
    expect(detailHrefForPeriod("/staf/waktu-proses#h-agency-section", parsePeriodKey("2026-S1")!)).toBe(
      "/staf/waktu-proses?dari=2026-01-01&sampai=2026-06-30#h-agency-section",
    );
    expect(detailHrefForPeriod("/staf/pengaduan/metrik", year)).toBe(
      "/staf/pengaduan/metrik?dari=2026-01-01&sampai=2026-12-31",
    );
  });
  it("leaves pages without a period picker as they are", () => {
    expect(detailHrefForPeriod("/staf/tindak-lanjut", year)).toBe("/staf/tindak-lanjut");
  });
});
