import { describe, expect, it } from "vitest";
import { fieldBinder } from "./field-binding";

describe("fieldBinder", () => {
  const labels = { name: "Nama", phone: "Telepon", channel: undefined };

  it("gives a field its label, its name, the value typed before and its error", () => {
    const bind = fieldBinder(labels, { name: "Sari", phone: "0812" }, { phone: "Nomor tidak valid" });
    expect(bind("name")).toEqual({ label: "Nama", name: "name", defaultValue: "Sari", error: undefined });
    expect(bind("phone")).toEqual({
      label: "Telepon",
      name: "phone",
      defaultValue: "0812",
      error: "Nomor tidak valid",
    });
  });

  it("shows the fallback only when nothing was typed, and an empty label for a missing one", () => {
    expect(fieldBinder(labels, undefined, undefined)("channel", "web")).toEqual({
      label: "",
      name: "channel",
      defaultValue: "web",
      error: undefined,
    });
    expect(fieldBinder(labels, { channel: "" }, undefined)("channel", "web").defaultValue).toBe("");
  });
});
