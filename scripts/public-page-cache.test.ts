import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { cacheKeyOf, createPublicPageCache, renderEntry, toEntry } from "./public-page-cache.mjs";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("cacheKeyOf", () => {
  it("caches the public pages per language (Bahasa Indonesia without or with an unknown cookie)", () => {
    expect(cacheKeyOf(get("/"))).toBe("id /");
    expect(cacheKeyOf(get("/layanan/PBG", { cookie: "lentera-locale=en" }))).toBe("en /layanan/PBG");
    expect(cacheKeyOf(get("/laporan", { cookie: "a=b; lentera-locale=fr" }))).toBe("id /laporan");
    expect(cacheKeyOf(get("/laporan/skm/2026-Q3?versi=2"))).toBe("id /laporan/skm/2026-Q3?versi=2");
    expect(cacheKeyOf(get("/laporan/skm/2026-Q3/gambar"))).toBe("id /laporan/skm/2026-Q3/gambar");
  });

  it("leaves to Next: staff sessions, client navigation, other paths, other queries, other methods", () => {
    expect(cacheKeyOf(get("/", { cookie: "next-auth.session-token=x" }))).toBeNull();
    expect(cacheKeyOf(get("/", { cookie: "__Secure-next-auth.session-token.0=x" }))).toBeNull();
    expect(cacheKeyOf(get("/layanan", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(get("/staf"))).toBeNull();
    expect(cacheKeyOf(get("/survei"))).toBeNull();
    expect(cacheKeyOf(get("/laporan?tahun=2025"))).toBeNull();
    expect(cacheKeyOf(get("/laporan/skm/2026-Q3?versi=0"))).toBeNull();
    expect(cacheKeyOf({ method: "POST", url: "/", headers: {} })).toBeNull();
  });
});

describe("stored pages keep a fresh nonce per answer", () => {
  const nonce = "QUJDREVGR0hJSktMTU5PUA==";
  const html = `<html><script nonce="${nonce}">a()</script><script src="/x.js" nonce="${nonce}"></script>{"nonce":"${nonce}"}${"x".repeat(2000)}</html>`;
  const captured = {
    statusCode: 200,
    headers: {
      "content-security-policy": `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      "content-type": "text/html; charset=utf-8",
      date: "Sun, 06 Dec 2026 00:00:00 GMT",
      "x-lentera-page-cache": "miss",
    },
    body: Buffer.from(html),
  };

  it("replaces every occurrence in the body and the CSP header; per-connection headers are not replayed", () => {
    const entry = toEntry(captured, 0);
    expect(entry.parts).toHaveLength(4);
    const answer = renderEntry(entry, { nonce: "bmV3LW5vbmNlLWZvci10ZXN0" });
    expect(answer.body.toString()).toBe(html.replaceAll(nonce, "bmV3LW5vbmNlLWZvci10ZXN0"));
    const headers = Object.fromEntries(answer.headers);
    expect(headers["content-security-policy"]).toBe(
      "default-src 'self'; script-src 'self' 'nonce-bmV3LW5vbmNlLWZvci10ZXN0' 'strict-dynamic'",
    );
    expect(headers.date).toBeUndefined();
    expect(headers["x-lentera-page-cache"]).toBe("hit");
    expect(headers["content-length"]).toBe(String(answer.body.length));
  });

  it("two answers never share a nonce; gzip when accepted", () => {
    const entry = toEntry(captured, 0);
    const a = renderEntry(entry);
    const b = renderEntry(entry, { acceptEncoding: "gzip, br" });
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Object.fromEntries(b.headers)["content-encoding"]).toBe("gzip");
    expect(gunzipSync(b.body).toString()).toBe(html.replaceAll(nonce, b.nonce));
  });

  it("a render that began before a clear is not stored; errors and Set-Cookie answers never are", () => {
    const cache = createPublicPageCache({ maxAgeMs: 1000 });
    const generation = cache.generation;
    cache.clear();
    expect(cache.store("id /", generation, captured, 0)).toBeNull();
    expect(cache.store("id /", cache.generation, { ...captured, statusCode: 404 }, 0)).toBeNull();
    expect(
      cache.store("id /", cache.generation, { ...captured, headers: { ...captured.headers, "set-cookie": "a=b" } }, 0),
    ).toBeNull();
    expect(cache.store("id /", cache.generation, captured, 0)).not.toBeNull();
    expect(cache.lookup("id /", 999)).not.toBeNull();
    expect(cache.lookup("id /", 1000)).toBeNull(); // older than maxAgeMs
  });
});
