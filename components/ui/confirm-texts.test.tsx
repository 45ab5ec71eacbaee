import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { confirmTexts } from "./confirm-texts";

describe("confirmTexts", () => {
  it("reads the button, the question and the confirming button from one key", () => {
    const t = (key: string) => `[${key}]`;
    expect(confirmTexts(t, "staff.revoke")).toEqual({
      label: "[staff.revoke]",
      question: "[staff.revokeConfirm]",
      confirmLabel: "[staff.revokeYes]",
    });
  });

  it("finds all three texts of the kiosk revocation in both languages", () => {
    for (const locale of ["id", "en"] as const) {
      const texts = confirmTexts(createTranslator(locale, "survey"), "staff.revoke");
      for (const text of Object.values(texts)) expect(text).not.toMatch(/^survey\./);
    }
  });
});
