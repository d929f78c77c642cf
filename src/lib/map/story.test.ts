import { describe, expect, it } from 'vitest';
import { storyPlaceIds, itemsAt, paragraphsNaming } from './story.ts';

describe('storyPlaceIds', () => {
  it("lists each place once: events' places first, then incidents', then the extra ones", () => {
    const events = [{ id: 'a', places: ['homs'] }, { id: 'b' }, { id: 'c', places: ['amman', 'homs'] }];
    const incidents = [{ id: 'x', places: ['damascus', 'homs'] }];
    expect(storyPlaceIds(events, incidents, ['aleppo', 'amman'])).toEqual(['homs', 'amman', 'damascus', 'aleppo']);
  });

  it('finds the items that happened at a place', () => {
    expect(itemsAt('homs', [{ id: 'a', places: ['homs'] }, { id: 'b' }, { id: 'c', places: ['damascus', 'homs'] }]).map((i) => i.id)).toEqual(['a', 'c']);
  });
});

describe('paragraphsNaming', () => {
  const paragraphs = ['AMMAN // The United States…', 'The Syrian regime said…', 'surrounded the northern city of Aleppo.', 'in Syria, and Syria’s'];

  it('finds a name as a whole word, in any case', () => {
    expect(paragraphsNaming('Amman', paragraphs)).toEqual([1]);
    expect(paragraphsNaming('Aleppo', paragraphs)).toEqual([3]);
  });

  it('does not take "Syrian" for "Syria"', () => {
    expect(paragraphsNaming('Syria', paragraphs)).toEqual([4]);
  });

  it('treats a name as text, not a pattern', () => {
    expect(paragraphsNaming('A.*', paragraphs)).toEqual([]);
  });
});
