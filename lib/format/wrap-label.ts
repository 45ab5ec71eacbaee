/**
 * Splits a chart label into lines of at most `maxChars` characters at spaces, so a long licence-type or element
 * name is shown whole over two or three lines instead of being cut or dropped. A single word longer than
 * `maxChars` keeps its own line (never broken mid-word). Pure.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be a positive integer`);
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (word === "") continue;
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}
