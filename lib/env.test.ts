import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv: LENTERA_PUBLIC_URL", () => {
  it("is optional for a demo and in development; the trailing slash is dropped", () => {
    expect(parseEnv({}).LENTERA_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({}, { production: true }).LENTERA_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ LENTERA_DEMO: "0" }).LENTERA_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ LENTERA_PUBLIC_URL: "https://perizinan.kedirikota.go.id/" }).LENTERA_PUBLIC_URL).toBe(
      "https://perizinan.kedirikota.go.id",
    );
    expect(parseEnv({ LENTERA_PUBLIC_URL: "" }).LENTERA_PUBLIC_URL).toBeUndefined();
  });

  it("is required for a real office in production, with a message that says what to set", () => {
    expect(() => parseEnv({ LENTERA_DEMO: "0" }, { production: true })).toThrow(
      /LENTERA_PUBLIC_URL: wajib diisi untuk kantor sungguhan \(LENTERA_DEMO=0\).*https:\/\/perizinan\.kedirikota\.go\.id/,
    );
    expect(() => parseEnv({ LENTERA_DEMO: "0", NODE_ENV: "production" })).toThrow(/LENTERA_PUBLIC_URL/);
    expect(
      parseEnv({ LENTERA_DEMO: "0", LENTERA_PUBLIC_URL: "https://izin.kota.go.id" }, { production: true })
        .LENTERA_PUBLIC_URL,
    ).toBe("https://izin.kota.go.id");
  });

  it.each([
    ["perizinan.kedirikota.go.id", /alamat lengkap/],
    ["ftp://izin.kota.go.id", /http:\/\/ atau https:\/\//],
    ["https://izin.kota.go.id/?a=1", /tanpa \? atau #/],
  ])("refuses %j", (value, message) => {
    expect(() => parseEnv({ LENTERA_PUBLIC_URL: value })).toThrow(message);
  });
});
