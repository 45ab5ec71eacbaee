/**
 * The only return addresses accepted after sign-in: a path on this site. Rejected (→ fallback): anything not
 * starting with one "/", a second "/" or "\" (browsers read "//host" and "/\host" as another host), any backslash or
 * control character (browsers drop tabs and newlines, so "/\t/evil" becomes "//evil"), and anything that resolves
 * to another origin. ASVS 4.0 V5.1.5. The value arrives decoded once (searchParams), so "%5C" is already "\".
 */
export function safeRedirectPath(value: string | null | undefined, fallback = "/staf"): string {
  if (!value || value.length > 2048) return fallback;
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith("//")) return fallback;
  // Encoded separators would be decoded once more by some proxies: refuse them too.
  if (/^\/%(2f|5c)/i.test(value)) return fallback;
  const base = "http://lentera.invalid";
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
