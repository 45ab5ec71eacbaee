import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translate";
import { AUDIT_ACTIONS, auditActionKey } from "./actions";

/** Every `action: "…"` literal and `audit(actor, "…"` call written under lib/ and app/ (route handlers, actions). */
function actionCodesInSource(dir: string): string[] {
  const codes: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "generated" || name.endsWith(".test.ts")) continue;
    if (statSync(path).isDirectory()) codes.push(...actionCodesInSource(path));
    else if (name.endsWith(".ts")) {
      const text = readFileSync(path, "utf8");
      if (!text.includes("recordAudit") && !text.includes("audit(")) continue;
      for (const match of text.matchAll(/action: (?:locked \? )?"([\w.-]+)"(?: : "([\w.-]+)")?/g))
        codes.push(...match.slice(1).filter(Boolean));
      for (const match of text.matchAll(/await audit\([^,]+, "([\w.-]+)"/g)) codes.push(match[1]);
    }
  }
  return codes;
}

describe("audit action names", () => {
  it("lists every action code the code base records", () => {
    const found = [
      ...actionCodesInSource(join(__dirname, "..")),
      ...actionCodesInSource(join(__dirname, "..", "..", "app")),
    ];
    expect(new Set(found).size).toBeGreaterThan(60);
    const missing = found.filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code));
    expect(missing).toEqual([]);
  });

  it("names every action in Indonesian and English", () => {
    for (const locale of ["id", "en"] as const) {
      const t = createTranslator(locale, "audit");
      const unnamed = AUDIT_ACTIONS.filter((code) => t(auditActionKey(code)).startsWith("audit."));
      expect(unnamed).toEqual([]);
    }
    expect(createTranslator("id", "audit")(auditActionKey("auth.signin.success"))).toBe("Masuk berhasil");
    expect(createTranslator("en", "audit")(auditActionKey("auth.signin.success"))).toBe("Signed in");
  });
});
