/** Pure: the fingerprint an import is recorded under (issue 12). */
import { createHash } from "node:crypto";

/**
 * SHA-256 (hex) of an import file's text after removing a byte-order mark, normalising line endings to \n and
 * dropping trailing newlines: the same file saved again by a spreadsheet on another system has the same hash.
 */
export function importContentHash(text: string): string {
  const normalised = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "");
  return createHash("sha256").update(normalised, "utf8").digest("hex");
}
