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

/**
 * Characters that draw nothing: white space of every kind, default-ignorable code points (zero-width
 * characters, bidi marks, soft hyphen, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0), controls,
 * format characters, and U+2800 BRAILLE PATTERN BLANK (a visible cell, drawn empty).
 */
const UNSEEN = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]/gu;
/** What a line of nothing else shows as nothing: combining marks with no letter to sit on, private-use and unassigned code points. */
const NO_LETTER = /[\p{M}\p{Co}\p{Cn}]/gu;

/** True when a line holds nothing a reader can see: no paragraph, whatever invisible characters it holds. */
export function isBlankLine(line: string): boolean {
  return line.replace(UNSEEN, '').replace(NO_LETTER, '') === '';
}

const CONTROL_NAMES: Record<number, string> = { 0x00: 'NUL', 0x0b: 'LINE TABULATION', 0x0c: 'FORM FEED', 0x1b: 'ESCAPE', 0x7f: 'DELETE', 0x85: 'NEXT LINE', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR' };
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const named = (cp: number) => [hex(cp), CONTROL_NAMES[cp] ?? NAMES[cp]].filter(Boolean).join(' ');

/**
 * Escapes as the characters they stand for: MDX character references (`&#x202e;`, `&#8238;`,
 * `&rlm;`), YAML and JavaScript escapes (`\u202e`, `\U0000202E`, `\u{202E}`, `\x85`): a control
 * hides in them too.
 */
function revealEscapes(line: string): string {
  return line.replace(/&#[xX]0*([0-9a-fA-F]{1,6});|&#0*(\d{1,7});|\\U([0-9a-fA-F]{8})|\\u\{0*([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|&(lrm|rlm);/g, (all, h, d, U, braced, u, x, name) => {
    const hex = h ?? U ?? braced ?? u ?? x;
    const cp = name ? (name === 'lrm' ? 0x200e : 0x200f) : parseInt(hex ?? d, hex ? 16 : 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

const ISOLATE_OPEN = /[\u2066-\u2068]/u;
const BIDI = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

/**
 * What is wrong with one line of a content file (any file: source text, YAML, MDX), or undefined.
 * Refused: bytes that were not UTF-8 (decoded as U+FFFD), control characters but tab (NUL, NEL…),
 * U+2028/U+2029 (some programs break the line there, others do not: a line break is a new line),
 * bidi embeddings and overrides U+202A–U+202E (no name or sentence needs them, and they make the
 * text shown differ from the text stored), an isolate U+2066–U+2068 left open or a U+2069 closing
 * none, and any bidi control inside a number ("6\u200f8").
 */
export function lineProblem(raw: string): string | undefined {
  if (raw.includes('\ufffd')) {
    return `is not UTF-8: a character at character ${raw.indexOf('\ufffd') + 1} could not be read (shown as \ufffd): save the file as UTF-8 in your editor and retype it`;
  }
  const line = revealEscapes(raw);
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u.exec(line);
  if (control) {
    const cp = control[0].codePointAt(0)!;
    const fix = cp === 0x2028 || cp === 0x2029 || cp === 0x85 ? 'press Enter for a new line, or type a space' : 'delete it (retype the text if unsure)';
    return `contains the control character ${named(cp)}${line === raw ? ` at character ${control.index + 1}` : ' (written as an escape)'}, which shows differently in different programs: ${fix}`;
  }
  const embedding = /[\u202a-\u202e]/u.exec(line);
  if (embedding) {
    const cp = embedding[0].codePointAt(0)!;
    return `contains the bidi control ${named(cp)}${line === raw ? ` at character ${embedding.index + 1}` : ''}, which makes the text shown differ from the text stored: delete it (for right-to-left words in a left-to-right sentence, the page sets the direction itself)`;
  }
  const inNumber = new RegExp(`\\p{Nd}[${BIDI}]+\\p{Nd}`, 'u').exec(line);
  if (inNumber) return `has a bidi control (${named(inNumber[0].codePointAt(1)!)}) inside the number ${inNumber[0].replace(new RegExp(`[${BIDI}]`, 'gu'), '')}, which can show its digits reordered: delete it`;
  let open = 0;
  for (const ch of line) {
    if (ISOLATE_OPEN.test(ch)) open++;
    else if (ch === '\u2069' && open-- === 0) return 'has a U+2069 POP DIRECTIONAL ISOLATE that closes no isolate: delete it';
  }
  if (open > 0) return 'has a bidi isolate (U+2066, U+2067 or U+2068) that is never closed on its line: end it with U+2069 POP DIRECTIONAL ISOLATE, or delete it';
  return undefined;
}

/** Text with every line ending as \n: Windows (\r\n), old Mac (\r alone) and mixed files alike. */
export const normaliseLineEndings = (text: string) => text.replace(/\r\n?/g, '\n');
