import { describe, expect, it } from 'vitest';
import { invisibleCharacter, invisibleProblem, isBlankLine, normaliseLineEndings } from './text-hygiene';

describe('invisibleCharacter(text)', () => {
  it('finds a right-to-left override that makes "enod" show as "done", with its column and name', () => {
    expect(invisibleCharacter('status: \u202eenod')).toEqual({ column: 9, code: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' });
  });

  it('finds isolates, marks and zero-width characters, and nothing in ordinary text of any script', () => {
    for (const c of ['\u2066', '\u2069', '\u200b', '\u200d', '\u2060', '\ufeff', '\u200f', '\u061c']) expect(invisibleCharacter(`a${c}b`), c).toBeDefined();
    for (const t of ['Ceasefire in Syria – 21 February', 'وقف إطلاق النار', 'Lavrov said “no”', '68 killed']) expect(invisibleCharacter(t)).toBeUndefined();
  });

  it('names the character and says what to do', () => {
    expect(invisibleProblem('0\u202e21')).toBe('contains an invisible U+202E RIGHT-TO-LEFT OVERRIDE at character 2, which changes how the text shows: delete it (retype the text if unsure)');
  });
});

describe('isBlankLine(line)', () => {
  it('is true for a line of spaces, no-break spaces or zero-width characters only', () => {
    for (const l of ['', '   ', '\t', '\u200b', ' \u200b\u00a0 ', '\ufeff', '\u3000']) expect(isBlankLine(l), JSON.stringify(l)).toBe(true);
  });
  it('is false for a line with anything visible', () => {
    for (const l of ['a', ' .', '\u200bx']) expect(isBlankLine(l)).toBe(false);
  });
});

describe('normaliseLineEndings(text)', () => {
  it('turns CR-only, CRLF and mixed endings into \\n', () => {
    expect(normaliseLineEndings('a\rb\r\nc\nd\r\r')).toBe('a\nb\nc\nd\n\n');
  });
});
