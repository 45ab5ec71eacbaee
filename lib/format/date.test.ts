import { describe, expect, it } from "vitest";
import { formatDateId } from "./date";
import { formatDateId as formatDateIdFromRupiah } from "./rupiah";

describe("formatDateId", () => {
  it.each([
    ["2026-03-05", "05 Mar 2026", "05 Mar 2026"],
    ["2026-05-01", "01 Mei 2026", "01 May 2026"],
    ["2025-08-17", "17 Agu 2025", "17 Aug 2025"],
    ["2026-09-30", "30 Sep 2026", "30 Sep 2026"],
    ["2026-10-10", "10 Okt 2026", "10 Oct 2026"],
    ["2025-12-31", "31 Des 2025", "31 Dec 2025"],
    ["2024-02-29", "29 Feb 2024", "29 Feb 2024"],
    ["2000-02-29", "29 Feb 2000", "29 Feb 2000"],
  ])("%s → %s / %s", (date, indonesian, english) => {
    expect(formatDateId(date, "id")).toBe(indonesian);
    expect(formatDateId(date, "en")).toBe(english);
  });

  it.each(["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "5 Mar 2026", "2026-3-5", ""])(
    "rejects %j",
    (date) => {
      expect(() => formatDateId(date, "id")).toThrow(RangeError);
    },
  );

  it("is also exported from rupiah.ts", () => {
    expect(formatDateIdFromRupiah("2026-03-05", "id")).toBe("05 Mar 2026");
  });
});
