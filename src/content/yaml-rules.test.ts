import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { yamlRuleProblems } from './yaml-rules.ts';

const problems = (text: string) => {
  const lc = new LineCounter();
  return yamlRuleProblems(parseDocument(text, { lineCounter: lc }), lc);
};

describe('yamlRuleProblems(doc)', () => {
  it('refuses an alias bomb in one line, before anything is expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    expect(problems(bomb)).toEqual([
      { line: 1, message: 'YAML anchors and aliases such as &a are not allowed in content (and 29 more in this file): write each value out in full', fatal: true },
    ]);
  });

  it('refuses numbers not written in plain decimal digits, naming them as written', () => {
    expect(problems('- value: 0x44\n- value: 1e3\n- value: +5\n- value: .inf\n- value: 0o17\n')).toEqual([
      { line: 1, message: 'the number 0x44 must be written in plain decimal digits, e.g. 68' },
      { line: 2, message: 'the number 1e3 must be written in plain decimal digits, e.g. 68' },
      { line: 3, message: 'the number +5 must be written in plain decimal digits, e.g. 68' },
      { line: 4, message: 'the number .inf must be written in plain decimal digits, e.g. 68' },
      { line: 5, message: 'the number 0o17 must be written in plain decimal digits, e.g. 68' },
    ]);
  });

  it('refuses a count or a paragraph number written with a decimal point (68.0 would be read as 68), not a coordinate', () => {
    expect(problems('- killed: { qualifier: at-least, value: 68.0 }\n  citation: { article: a, paragraphs: [7.0] }\n  coordinates: { lat: 31.95, lon: 36.0 }\n')).toEqual([
      { line: 1, message: '"value" is a whole number: write 68, not 68.0' },
      { line: 2, message: '"paragraphs" is a whole number: write 7, not 7.0' },
    ]);
  });

  it('accepts plain content: decimal numbers, dates and text', () => {
    expect(problems('- id: a\n  value: 68\n  low: 0\n  date: 2016-02-21\n  title: "0x44 in a title is text"\n  paragraphs: [7, 12]\n')).toEqual([]);
  });

  it('refuses bidi marks and zero-width characters in ids, numbers and titles, not in prose', () => {
    expect(problems('- id: "talks\u200b-resume"\n  title: "Status: \u200fenod\u200f"\n  description: "Said \u200fمرحبا\u200f in Arabic"\n  killed: { value: "\u200d21" }\n  actors: ["a\u2066b\u2069"]\n')).toEqual([
      { line: 1, message: '"id" contains an invisible U+200B ZERO WIDTH SPACE at character 6, which changes how the text shows: delete it (retype the text if unsure)' },
      { line: 2, message: '"title" contains an invisible U+200F RIGHT-TO-LEFT MARK at character 9, which changes how the text shows: delete it (retype the text if unsure)' },
      { line: 4, message: '"value" contains an invisible U+200D ZERO WIDTH JOINER at character 1, which changes how the text shows: delete it (retype the text if unsure)' },
      { line: 5, message: '"actors" contains an invisible U+2066 LEFT-TO-RIGHT ISOLATE at character 2, which changes how the text shows: delete it (retype the text if unsure)' },
    ]);
  });

  it('leaves an override or embedding to the check every content file gets (reported once, src/content/file-hygiene.ts)', () => {
    expect(problems('- title: "Status: \u202eenod"\n  killed: { value: "\u202e021" }\n')).toEqual([]);
  });
});
