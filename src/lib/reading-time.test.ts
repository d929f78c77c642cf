import { describe, it, expect } from 'vitest';
import { countWords, readingMinutes } from './reading-time.ts';

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
