import { describe, expect, it } from 'vitest';
import { tickWords } from './tick-words.ts';

describe('tickWords', () => {
  it('writes a tick in the page language, line by line', () => {
    expect(tickWords({ date: '2016-02-12T00:00:00Z', label: ['12 Feb', '2016'] }, 'en')).toEqual(['12 Feb', '2016']);
    expect(tickWords({ date: '2016-02-12T09:30:00Z', label: ['09:30'] }, 'ar')).toEqual(['09:30']);
    expect(tickWords({ date: '2016-03-01T00:00:00Z', label: ['Mar'] }, 'ar')).toEqual(['مارس']);
  });

  it('writes the day alone after a month is named', () => {
    expect(tickWords({ date: '2016-02-13T00:00:00Z', label: ['13 Feb'] }, 'ar', { dayOnly: true })).toEqual(['13']);
  });

  it('starts a right-to-left line of digits and words with a right-to-left mark, so its digits show on the right', () => {
    const [line] = tickWords({ date: '2016-02-11T00:00:00Z', label: ['11 Feb'] }, 'ar');
    expect(line.startsWith('\u200F')).toBe(true);
    expect(line.slice(1)).toBe(new Intl.DateTimeFormat('ar-u-nu-latn', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date('2016-02-11T00:00:00Z')));
    // Left-to-right languages, and lines of digits only, are left as they are.
    expect(tickWords({ date: '2016-02-11T00:00:00Z', label: ['11 Feb'] }, 'en')[0]).toBe('11 Feb');
    expect(tickWords({ date: '2016-02-11T00:00:00Z', label: ['2016'] }, 'ar')[0]).not.toContain('\u200F');
  });
});
