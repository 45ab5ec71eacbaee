import { describe, it, expect } from "vitest";
import { MESSAGES } from "./index";
import { createTranslator } from "../translate";

function keys(tree: unknown, prefix = ""): string[] {
  if (typeof tree === "string") return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("Bahasa Indonesia and English have exactly the same keys in every namespace", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    for (const ns of Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[]) {
      expect(keys(MESSAGES.en[ns]).sort(), ns).toEqual(keys(MESSAGES.id[ns]).sort());
    }
  });

  it("fills placeholders and falls back visibly for a missing key", () => {
    const t = createTranslator("id", "portal");
    expect(t("daysValue", { days: 5 })).toBe("5 hari kerja");
    expect(createTranslator("en", "portal")("daysValue", { days: 5 })).toBe("5 working days");
    expect(t("no.such.key")).toBe("portal.no.such.key");
  });
});
