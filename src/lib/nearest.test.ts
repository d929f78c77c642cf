import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest';

describe('nearest', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('damascus', 'damascus')).toBe(0);
    expect(editDistance('damscus', 'damascus')).toBe(1);
    expect(editDistance('homs', 'hums')).toBe(1);
  });

  it('puts the likeliest intended id first', () => {
    expect(nearest('damscus', ['amman', 'homs', 'damascus', 'aleppo'])).toEqual(['damascus', 'amman', 'homs']);
  });

  it('prefers an id that contains what was typed', () => {
    expect(nearest('saudi', ['syria', 'saudi-arabia', 'iran'], 1)).toEqual(['saudi-arabia']);
  });
});
