import { describe, expect, it } from 'vitest';
import { parseDay } from './day.ts';

describe('parseDay(text)', () => {
  it('reads a YYYY-MM-DD day as midnight UTC', () => {
    expect(parseDay('2016-02-21')).toBe(Date.UTC(2016, 1, 21));
    expect(parseDay('2016-02-29')).toBe(Date.UTC(2016, 1, 29));
  });

  it('refuses days that do not exist and other forms', () => {
    for (const bad of ['2016-02-30', '2015-02-29', '2016-13-01', '2016-2-21', '2016-02-21T10:00Z', ' 2016-02-21', '21/02/2016']) expect(parseDay(bad), bad).toBeUndefined();
  });

  it('keeps a year below 100 as written, not as 19xx', () => {
    expect(new Date(parseDay('0016-02-21')!).getUTCFullYear()).toBe(16);
  });
});
