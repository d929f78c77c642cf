import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest.ts';

describe('nearest', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('damascus', 'damascus')).toBe(0);
    expect(editDistance('damscus', 'damascus')).toBe(1);
    expect(editDistance('homs', 'hums')).toBe(1);
  });

  it('puts the likeliest intended id first', () => {
    expect(nearest('damscus', ['amman', 'homs', 'damascus', 'aleppo', 'damasco'])).toEqual(['damascus']);
    expect(nearest('danial-orme', ['ana-ruiz', 'daniel-orme', 'daniel-ormes'])).toEqual(['daniel-orme', 'daniel-ormes']);
  });

  it('suggests nothing far away by edit distance: a different word is noise, not a slip', () => {
    expect(nearest('harwick', ['munich', 'syria', 'amman'])).toEqual([]);
    expect(nearest('exit-pol', ['exit-poll', 'turnout', 'results'])).toEqual(['exit-poll']);
  });

  it('prefers an id that contains what was typed', () => {
    expect(nearest('saudi', ['syria', 'saudi-arabia', 'iran'], 1)).toEqual(['saudi-arabia']);
  });
});
