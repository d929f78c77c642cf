/**
 * Characters that change what a reader sees without being seen: bidirectional controls, which
 * reorder text ("enod" shown as "done", "021" as "120"), and zero-width characters, which make a
 * line that looks empty count as a paragraph or two equal-looking ids differ.
 */
const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/** The first invisible control character in `text`, with its column (1-based) and Unicode name. */
export function invisibleCharacter(text: string): { column: number; code: string; name: string } | undefined {
  const m = INVISIBLE.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  return { column: m.index + 1, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, name: NAMES[cp] };
}

/** The message for a field that holds one: where it is and what to do. */
export function invisibleProblem(text: string): string | undefined {
  const c = invisibleCharacter(text);
  return c && `contains an invisible ${c.code} ${c.name} at character ${c.column}, which changes how the text shows: delete it (retype the text if unsure)`;
}

/** True when a line holds nothing a reader can see: only spaces (any kind) and invisible characters. */
export function isBlankLine(line: string): boolean {
  return line.replace(/[\s\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu, '') === '';
}

/** Text with every line ending as \n: Windows (\r\n), old Mac (\r alone) and mixed files alike. */
export const normaliseLineEndings = (text: string) => text.replace(/\r\n?/g, '\n');
