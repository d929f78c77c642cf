import { describe, expect, it } from 'vitest';
import { decodeReferences, linkProblem } from './content-url.ts';
import { HOSTILE_URLS } from '../../tests/hardening/payloads.ts';

/** The link variants of the red-team pass (issue 15) and the classic filter evasions. */
const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'java&NewLine;script:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#106avascript:alert(1)',
  '&amp;#106;avascript:alert(1)',
  'javascript&nbsp;:alert(1)',
  'java\u200bscript:alert(1)',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example/',
  'https:evil.example',
  'https://',
  'mailto:',
  'blob:https://example.org/x',
  'jav&unknown;ascript:alert(1)',
  '',
];

const ALLOWED = [
  'https://example.org/report?id=1&amp;page=2',
  'http://example.org/',
  'https://example.org/#section',
  'mailto:desk@example-news.org',
  '/syria-ceasefire-2016/',
  '/javascript:alert(1)',
  './notes/',
  '../other/',
  'guide/',
  '#event-munich-deal',
  '#',
];

describe('linkProblem(url)', () => {
  for (const url of REFUSED) {
    it(`refuses ${JSON.stringify(url)}`, () => expect(linkProblem(url)).toBeTypeOf('string'));
  }
  for (const url of ALLOWED) {
    it(`allows ${JSON.stringify(url)}`, () => expect(linkProblem(url)).toBeUndefined());
  }

  it('refuses every hostile URL of the hardening payloads except a plain path on this site', () => {
    for (const { name, url } of HOSTILE_URLS) expect([name, linkProblem(url) === undefined]).toEqual([name, name === 'relative path']);
  });

  it('refuses a web address written without https:// (it would ship as a broken path on this site), saying what to write', () => {
    expect(linkProblem('www.example.org/results')).toBe('is a web address without its https://, which would lead to a missing page of this site: write https://www.example.org/results');
    expect(linkProblem('example.org')).toMatch(/write https:\/\/example\.org$/);
    expect(linkProblem('news.bbc.co.uk/world')).toMatch(/write https:\/\/news\.bbc\.co\.uk\/world$/);
    for (const path of ['guide/', 'notes/index.html', 'report.pdf', './www.example.org/', 'organisation/']) expect([path, linkProblem(path)]).toEqual([path, undefined]);
  });

  it('says what is wrong and what to write instead', () => {
    expect(linkProblem('JaVaScRiPt:alert(1)')).toBe('uses javascript:, which is not allowed: write https://…, http://…, mailto:…, a path on this site (/…) or a #fragment');
    expect(linkProblem('//evil.example/')).toMatch(/^starts with \/\/ .*write the full address, https:\/\//);
    expect(linkProblem('jav&#x09;ascript:alert(1)')).toMatch(/tab/);
  });
});

describe('decodeReferences(text)', () => {
  it('decodes numeric references with or without the semicolon, nested ones, and the names that hide a scheme', () => {
    expect(decodeReferences('&#106;&#x61;v&#97a&colon;&amp;#47;').text).toBe('javaa:/');
    expect(decodeReferences('?id=1&amp;page=2').text).toBe('?id=1&page=2');
  });
  it('reports a named reference it does not know instead of guessing', () => {
    expect(decodeReferences('a&unknown;b')).toEqual({ text: 'a&unknown;b', unknown: '&unknown;' });
  });
});
