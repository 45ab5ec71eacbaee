/**
 * A download's file name from words people read: "Tren IKM" + "Triwulan II 2026" → "tren-ikm-triwulan-ii-2026".
 * Accents are dropped, anything but letters and digits becomes one hyphen, at most 80 characters; never empty.
 */
export function fileNameFrom(...parts: readonly (string | undefined)[]): string {
  const slug = parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "grafik";
}
