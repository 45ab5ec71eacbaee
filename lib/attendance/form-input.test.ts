import { describe, expect, it } from "vitest";
import { formFieldErrors, weekHoursFromForm } from "./form-input";

describe("office-hours form fields", () => {
  it("nests the weekday fields and names errors by field again", () => {
    const form = new Map([
      ["h1_start", "07:30"],
      ["h1_end", "16:00"],
      ["h5_start", "07:30"],
    ]);
    const hours = weekHoursFromForm((name) => form.get(name));
    expect(hours["1"]).toEqual({ start: "07:30", end: "16:00" });
    expect(hours["5"]).toEqual({ start: "07:30", end: "" });
    expect(formFieldErrors({ "hours.5.end": "Jam harus berformat JJ:MM", graceMinutes: "x" })).toEqual({
      h5_end: "Jam harus berformat JJ:MM",
      graceMinutes: "x",
    });
  });
});
