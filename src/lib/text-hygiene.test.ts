import { describe, expect, it } from 'vitest';
import { invisibleCharacter, invisibleProblem, isBlankLine, lineProblem, normaliseLineEndings } from './text-hygiene.ts';

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

describe('isBlankLine(line), by Unicode property', () => {
  it('is true for a line of fillers, blanks, soft hyphens, controls or separators only', () => {
    for (const l of ['\u3164', '\u115f\u1160', '\u2800', '\u00ad', '\u0000', '\u0085', '\uffa0', '\u180e', '\u2062', '\u2028', ' \u3000 ']) expect(isBlankLine(l), JSON.stringify(l)).toBe(true);
  });
  it('is false once a visible character is there, in any script', () => {
    for (const l of ['\u3164가', '\u00ad-', '⠁', '·', 'وقف']) expect(isBlankLine(l), l).toBe(false);
  });
});

describe('lineProblem(line)', () => {
  it('accepts ordinary text of any script, tabs, and balanced isolates around words', () => {
    for (const l of ['Kerry said “we are ready”.', '\tindented', 'وقف إطلاق النار', 'He said \u2067وقف\u2069 twice', 'the \u200fmark', '68 killed']) expect(lineProblem(l), l).toBeUndefined();
  });
  it('refuses NUL, NEL and other controls but tab, naming the character', () => {
    expect(lineProblem('a\u0000b')).toBe('contains the control character U+0000 NUL at character 2, which shows differently in different programs: delete it (retype the text if unsure)');
    expect(lineProblem('a\u0085b')).toMatch(/^contains the control character U\+0085 NEXT LINE at character 2, .*: press Enter for a new line/);
    for (const c of ['\u0001', '\u000b', '\u000c', '\u001b', '\u007f', '\u0090', '\u009f']) expect(lineProblem(`x${c}`), JSON.stringify(c)).toMatch(/^contains the control character/);
  });
  it('refuses U+2028 and U+2029 inside a line: a new line is a line break', () => {
    expect(lineProblem('two.\u2028Charlie')).toMatch(/^contains the control character U\+2028 LINE SEPARATOR at character 5, .*press Enter for a new line, or type a space$/);
    expect(lineProblem('two.\u2029Charlie')).toMatch(/U\+2029 PARAGRAPH SEPARATOR/);
  });
  it('refuses a character that was not UTF-8 (decoded as U+FFFD)', () => {
    expect(lineProblem('caf\ufffd')).toMatch(/^is not UTF-8: .* at character 4 .*save the file as UTF-8/);
  });
  it('refuses every bidi embedding and override, literal or written as an entity or escape', () => {
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e']) expect(lineProblem(`\u202e${c}enod`), JSON.stringify(c)).toMatch(/^contains the bidi control U\+202[A-E] /);
    for (const l of ['&#x202e;enod', '&#X202E;enod', '&#8238;enod', 'stated: "\\u202eenod"']) expect(lineProblem(l), l).toMatch(/^contains the bidi control U\+202E RIGHT-TO-LEFT OVERRIDE, /);
  });
  it('refuses a digit run with any bidi control inside', () => {
    for (const c of ['\u200e', '\u200f', '\u061c', '\u2066', '\u2069']) expect(lineProblem(`at least 6${c}8 people`), JSON.stringify(c)).toMatch(/^has a bidi control \(U\+[0-9A-F]{4}.*\) inside the number 68, /);
    expect(lineProblem('at least 6&lrm;8')).toMatch(/inside the number 68/);
  });
  it('refuses an isolate left open, and a pop that closes none', () => {
    expect(lineProblem('He said \u2067وقف twice')).toMatch(/^has a bidi isolate .* never closed/);
    expect(lineProblem('He said &#x2068;وقف twice')).toMatch(/^has a bidi isolate .* never closed/);
    expect(lineProblem('وقف\u2069 twice')).toMatch(/^has a U\+2069 POP DIRECTIONAL ISOLATE that closes no isolate/);
  });
});
