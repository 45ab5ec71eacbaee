/**
 * Every security header Lentera sends, from this one place (applied by proxy.ts to every response).
 * ASVS 4.0 V14.4. The CSP allows scripts only with this response's nonce (Next adds it to its own scripts, the
 * kiosk page to its inline script) and scripts those load ('strict-dynamic'); styles may be inline because React
 * style attributes and recharts' SVG styling are attributes, which nonces cannot cover. The service worker and
 * fetch/IndexedDB traffic of the kiosk stay on this origin.
 */
export type SecurityHeaderOptions = { nonce: string; isHttps: boolean; isDevelopment: boolean };

export function contentSecurityPolicy({
  nonce,
  isDevelopment,
}: Pick<SecurityHeaderOptions, "nonce" | "isDevelopment">): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the development server's hot reload, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Nothing in Lentera uses these browser features; the kiosk needs none of them either.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.isHttps) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/** A fresh nonce per response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
