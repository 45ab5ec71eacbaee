import { describe, it, expect } from "vitest";
import { crossSiteRefusal } from "./request-guard";
import { contentSecurityPolicy, securityHeaders } from "./headers";

const PUBLIC = "http://127.0.0.1:3105";
function req(method: string, path: string, headers: Record<string, string>) {
  return { method, url: `http://127.0.0.1:3105${path}`, headers: new Headers({ host: "127.0.0.1:3105", ...headers }) };
}
const code = (r: ReturnType<typeof crossSiteRefusal>) => r?.code ?? "pass";

describe("crossSiteRefusal", () => {
  it.each([
    ["POST", { origin: "http://127.0.0.1:3105", cookie: "s=1", "content-type": "application/json" }, "pass"],
    ["POST", { origin: "http://127.0.0.1:8080", cookie: "s=1" }, "FORBIDDEN"], // another port: same site, other origin
    ["POST", { origin: "http://evil.example" }, "FORBIDDEN"],
    ["POST", { origin: "null", cookie: "s=1" }, "FORBIDDEN"],
    ["DELETE", { "sec-fetch-site": "same-site", cookie: "s=1" }, "FORBIDDEN"],
    ["POST", { "sec-fetch-site": "cross-site" }, "FORBIDDEN"],
    ["POST", { "sec-fetch-site": "same-origin", cookie: "s=1", "content-type": "application/json" }, "pass"],
    ["POST", { "content-type": "text/csv" }, "pass"], // a script without browser headers
    ["POST", { origin: "http://evil.example", authorization: "Bearer lnt_abc" }, "pass"], // scripts with a token
    ["GET", { origin: "http://evil.example", cookie: "s=1" }, "pass"],
    [
      "POST",
      { origin: "http://127.0.0.1:3105", cookie: "s=1", "content-type": "text/plain;charset=UTF-8" },
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    [
      "POST",
      { origin: "http://127.0.0.1:3105", cookie: "s=1", "content-type": "application/x-www-form-urlencoded" },
      "UNSUPPORTED_MEDIA_TYPE",
    ],
  ])("%s /api/v1/applications/import with %j → %s", (method, headers, expected) => {
    expect(code(crossSiteRefusal(req(method, "/api/v1/applications/import", headers), PUBLIC))).toBe(expected);
  });

  it("a same-origin form post to a page (survey, server action) may be form-encoded", () => {
    expect(
      code(
        crossSiteRefusal(
          req("POST", "/survei", {
            origin: PUBLIC,
            cookie: "s=1",
            "content-type": "application/x-www-form-urlencoded",
          }),
          PUBLIC,
        ),
      ),
    ).toBe("pass");
    expect(
      code(
        crossSiteRefusal(
          req("POST", "/survei", {
            origin: "http://127.0.0.1:9999",
            "content-type": "application/x-www-form-urlencoded",
          }),
          PUBLIC,
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("behind a TLS proxy the public URL's host is trusted", () => {
    const r = {
      method: "POST",
      url: "http://10.0.0.2:3000/api/v1/responses",
      headers: new Headers({ host: "10.0.0.2:3000", origin: "https://lentera.kedirikota.go.id" }),
    };
    expect(code(crossSiteRefusal(r, "https://lentera.kedirikota.go.id"))).toBe("pass");
  });
});

describe("security headers", () => {
  it("sends HSTS only for an https public URL and never 'unsafe-eval' in production", () => {
    expect(securityHeaders({ nonce: "n", isHttps: true, isDevelopment: false })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(securityHeaders({ nonce: "n", isHttps: false, isDevelopment: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(contentSecurityPolicy({ nonce: "abc", isDevelopment: false })).toContain(
      "script-src 'self' 'nonce-abc' 'strict-dynamic';",
    );
    expect(contentSecurityPolicy({ nonce: "abc", isDevelopment: false })).not.toContain("unsafe-eval");
  });
});
