/**
 * The text of an uploaded log file (pure). Machine logs are ASCII, but some vendor PC software saves its CSV export as
 * UTF-16 with a byte-order mark; without a BOM the file is read as UTF-8.
 */
export function decodeLogFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
