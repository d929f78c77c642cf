import { isBlankLine, normaliseLineEndings } from '../lib/text-hygiene.ts';

/**
 * Splits an agency report into numbered paragraphs: one paragraph per non-empty line, as wires
 * deliver them. A closing credit line starting with "*" (e.g. "* Agencies") is not a paragraph.
 */
export function parseSourceText(text: string): string[] {
  const lines = normaliseLineEndings(text.replace(/^\uFEFF/, ''))
    .split('\n')
    // A line of spaces or invisible characters only (U+200B…) is no paragraph: it would shift every ¶ after it.
    .filter((l) => !isBlankLine(l))
    .map((l) => l.trim());
  while (lines.length && /^\*\s/.test(lines[lines.length - 1])) lines.pop();
  return lines;
}
