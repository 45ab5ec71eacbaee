// An in-memory cache of the public pages in front of Next's request handler (scripts/serve.mjs). Plain JavaScript:
// the server process runs without a TypeScript loader.
//
// What is cached: GET of `/`, `/layanan`, `/layanan/<code>`, `/laporan`, `/laporan/skm/<period>` (also `?versi=N`)
// and its share image `/laporan/skm/<period>/gambar`, answered 200 without Set-Cookie, per language (the
// `lentera-locale` cookie). Never cached: requests with a staff session cookie (the header shows the staff menu),
// client-side navigation and prefetch requests (RSC), anything else.
//
// The CSP nonce stays per response: the page is stored cut at every occurrence of the nonce it was rendered with
// (script attributes and the RSC payload) and each answer joins the pieces with a fresh nonce, which its CSP header
// names too.
//
// Refreshed when what the pages show changes: lib/publication/public-cache.ts (afterPublicContentChanged: every
// publication, standard and licence-type edit, office settings) calls `clear()` through the global below. A render that
// started before a clear is not stored. Entries also expire after `maxAgeMs`, which bounds how long a change made by
// another process (a CLI command) stays unseen.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";

export const PUBLIC_PAGE_CACHE = Symbol.for("lentera.publicPageCache");
export const CACHE_HEADER = "x-lentera-page-cache";

const PAGES = [
  /^\/$/,
  /^\/layanan$/,
  /^\/layanan\/[^/]+$/,
  /^\/laporan$/,
  /^\/laporan\/skm\/[^/]+$/,
  /^\/laporan\/skm\/[^/]+\/gambar$/,
];
const REPORT_VERSION = /^\/laporan\/skm\/[^/]+$/;
const LOCALES = ["id", "en"];
const LOCALE_COOKIE = "lentera-locale";
const SESSION_COOKIE = /next-auth\.session-token(\.\d+)?$/;
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
const DROPPED_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  CACHE_HEADER,
]);

/**
 * The cache key of a request (`<locale> <path>[?versi=N]`), or null when the request must go to Next.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 */
export function cacheKeyOf(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = new URL(req.url ?? "/", "http://localhost");
  if (!PAGES.some((page) => page.test(url.pathname))) return null;
  if (url.search && !(REPORT_VERSION.test(url.pathname) && /^\?versi=[1-9]\d{0,5}$/.test(url.search))) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  let locale = "id";
  for (const part of String(req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    const name = part.slice(0, eq < 0 ? undefined : eq).trim();
    if (SESSION_COOKIE.test(name)) return null;
    if (name === LOCALE_COOKIE && eq >= 0 && LOCALES.includes(part.slice(eq + 1).trim()))
      locale = part.slice(eq + 1).trim();
  }
  return `${locale} ${url.pathname}${url.search}`;
}

/** The stored form of a rendered page: body cut at its nonce, headers without per-connection ones. */
export function toEntry({ statusCode, headers, body }, now) {
  const csp = String(headers["content-security-policy"] ?? "");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? null;
  const parts = [];
  if (nonce) {
    const needle = Buffer.from(nonce);
    let from = 0;
    for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
      parts.push(body.subarray(from, at));
      from = at + needle.length;
    }
    parts.push(body.subarray(from));
  } else parts.push(body);
  const kept = Object.entries(headers).filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase()));
  return { statusCode, headers: kept, nonce, parts, storedAt: now };
}

/** One answer from an entry: a fresh nonce in the body and in the CSP header; gzip when the client accepts it. */
export function renderEntry(entry, { acceptEncoding = "", nonce = randomBytes(16).toString("base64") } = {}) {
  const pieces = [];
  const nonceBytes = Buffer.from(nonce);
  entry.parts.forEach((part, i) => {
    if (i > 0) pieces.push(nonceBytes);
    pieces.push(part);
  });
  let body = Buffer.concat(pieces);
  const headers = entry.headers.map(([name, value]) =>
    entry.nonce && name.toLowerCase() === "content-security-policy"
      ? [name, String(value).replaceAll(`'nonce-${entry.nonce}'`, `'nonce-${nonce}'`)]
      : [name, value],
  );
  const isText = /^text\//.test(String(entry.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? ""));
  if (isText && body.length > 1024 && /\bgzip\b/.test(acceptEncoding)) {
    body = gzipSync(body, { level: 4 });
    headers.push(["content-encoding", "gzip"]);
  }
  headers.push(["content-length", String(body.length)], [CACHE_HEADER, "hit"]);
  return { statusCode: entry.statusCode, headers, body, nonce };
}

export function createPublicPageCache({ maxAgeMs = 60_000, maxEntries = 500 } = {}) {
  const entries = new Map();
  const pending = new Map();
  let generation = 0;
  return {
    get generation() {
      return generation;
    },
    lookup(key, now = Date.now()) {
      const entry = entries.get(key);
      if (entry && now - entry.storedAt < maxAgeMs) return entry;
      if (entry) entries.delete(key);
      return null;
    },
    pending: (key) => pending.get(key) ?? null,
    setPending(key, promise) {
      pending.set(key, promise);
      promise.finally(() => {
        if (pending.get(key) === promise) pending.delete(key);
      });
    },
    /** Keeps a capture when it is a cacheable answer rendered since the last clear. */
    store(key, renderedInGeneration, captured, now = Date.now()) {
      if (renderedInGeneration !== generation) return null;
      if (captured.statusCode !== 200 || captured.headers["set-cookie"] || captured.headers["content-encoding"])
        return null;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      const entry = toEntry(captured, now);
      entries.set(key, entry);
      return entry;
    },
    clear() {
      generation += 1;
      entries.clear();
      pending.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** Collects what Next writes to `res` (it still reaches the client) and resolves when the answer is complete. */
function captureResponse(res) {
  const chunks = [];
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function")
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
  };
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, encoding, callback) => {
    keep(chunk, typeof encoding === "string" ? encoding : undefined);
    return write(chunk, encoding, callback);
  };
  res.end = (chunk, encoding, callback) => {
    keep(chunk, typeof encoding === "string" ? encoding : undefined);
    return end(chunk, encoding, callback);
  };
  return new Promise((resolve) => {
    res.once("finish", () =>
      resolve({ statusCode: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }),
    );
    res.once("close", () => resolve(null));
  });
}

function send(req, res, entry) {
  const answer = renderEntry(entry, { acceptEncoding: String(req.headers["accept-encoding"] ?? "") });
  res.writeHead(answer.statusCode, answer.headers);
  res.end(req.method === "HEAD" ? undefined : answer.body);
}

/**
 * Wraps a Node request handler (Next's) with the cache; `globalThis[PUBLIC_PAGE_CACHE]` is the cache, so the
 * application's afterPublicContentChanged() clears it.
 */
export function withPublicPageCache(handle, options) {
  const cache = createPublicPageCache(options);
  globalThis[PUBLIC_PAGE_CACHE] = cache;
  return async (req, res) => {
    const key = cacheKeyOf(req);
    if (!key) return handle(req, res);
    const hit = cache.lookup(key);
    if (hit) return send(req, res, hit);
    const rendering = cache.pending(key);
    if (rendering) {
      const entry = await rendering;
      if (entry) return send(req, res, entry);
      return handle(req, res);
    }
    if (req.method !== "GET") return handle(req, res);
    const generation = cache.generation;
    delete req.headers["accept-encoding"]; // stored uncompressed; hits are compressed per answer
    const captured = captureResponse(res);
    cache.setPending(
      key,
      captured.then((c) => (c ? cache.store(key, generation, c) : null)),
    );
    res.setHeader(CACHE_HEADER, "miss");
    return handle(req, res);
  };
}
