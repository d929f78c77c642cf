/**
 * Splits an agency report into numbered paragraphs: one paragraph per non-empty line, as wires
 * deliver them. A closing credit line starting with "*" (e.g. "* Agencies") is not a paragraph.
 */
export function parseSourceText(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  while (lines.length && /^\*\s/.test(lines[lines.length - 1])) lines.pop();
  return lines;
}
