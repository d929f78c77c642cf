import { describe, it, expect } from 'vitest';
import { mdxPlainText, countWords, readingMinutes } from './reading-time';

describe('mdxPlainText(body)', () => {
  it('keeps the prose and drops components, expressions and link targets', () => {
    const text = mdxPlainText('## Heading\n\nKerry said <Ref paragraphs={[1, 2]} /> it was [not done](https://x.org/a-b).\n\n<Timeline title="x" />');
    expect(text).not.toMatch(/Ref|Timeline|https|paragraphs/);
    expect(countWords(text)).toBe(7); // Heading Kerry said it was not done
  });

  it('keeps text inside components such as quotes', () => {
    expect(countWords(mdxPlainText('<Quote speaker="a" paragraphs={[4]}>\n  <p>We are closer today.</p>\n</Quote>'))).toBe(4);
  });
});

describe('countWords(text)', () => {
  it('counts contractions and hyphenated words once', () => {
    expect(countWords('It’s a long-running, well-known truce — isn\'t it?')).toBe(7);
  });
});

describe('readingMinutes(words)', () => {
  it('rounds to whole minutes at 220 words a minute, never below 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
    expect(readingMinutes(1210)).toBe(6);
  });
});
