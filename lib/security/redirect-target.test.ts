import { describe, it, expect } from "vitest";
import { safeRedirectPath } from "./redirect-target";

// The open-redirect forms from issue 14 item 4, as they arrive after one URL decoding (searchParams).
describe("safeRedirectPath", () => {
  it.each([
    ["/\\evil.example/phish", "/staf"], // ?callbackUrl=/%5Cevil.example/phish
    ["/\t/evil.example", "/staf"], // ?callbackUrl=/%09/evil.example
    ["/\\\\evil.example", "/staf"], // ?callbackUrl=/%5C%5Cevil.example
    ["//evil.example/x", "/staf"],
    ["/\n/evil.example", "/staf"],
    ["https://evil.example/", "/staf"],
    ["javascript:alert(1)", "/staf"],
    ["evil.example", "/staf"],
    ["/%2F/evil.example", "/staf"],
    ["/%5Cevil.example", "/staf"],
    ["", "/staf"],
  ])("refuses %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    ["/staf/permohonan?status=late#list", "/staf/permohonan?status=late#list"],
    ["/dashboard", "/dashboard"],
    ["/staf/../dashboard", "/dashboard"],
  ])("keeps the same-site path %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it("every accepted value resolves to this site on any base", () => {
    for (const v of ["/a", "/a/b?c=d", "/\\x", "//x", "/\t/x"]) {
      expect(new URL(safeRedirectPath(v), "https://lentera.kedirikota.go.id").host).toBe("lentera.kedirikota.go.id");
    }
  });
});
