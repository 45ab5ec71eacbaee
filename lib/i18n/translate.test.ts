import { describe, expect, it } from "vitest";
import { createTranslator, textsFor } from "./translate";

describe("textsFor", () => {
  it("gives each key its text under the prefix", () => {
    const t = (key: string) => `<${key}>`;
    expect(textsFor(t, "users", ["name", "email"])).toEqual({ name: "<users.name>", email: "<users.email>" });
  });

  it("reads the real messages of a namespace in the chosen language", () => {
    expect(textsFor(createTranslator("id", "survey"), "staff", ["revoke", "revokeYes"])).toEqual({
      revoke: "Cabut",
      revokeYes: "Ya, cabut kiosk",
    });
  });
});
