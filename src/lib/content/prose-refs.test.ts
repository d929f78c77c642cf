import { describe, expect, it } from 'vitest';
import { proseRefs } from './prose-refs';

describe('proseRefs(mdx body)', () => {
  it('finds paragraphs cited by <Ref> and <Quote>, with their article when given', () => {
    const r = proseRefs('A <Ref paragraphs={[1, 12]} /> and <Quote speaker="john-kerry" paragraphs={[4]} article="wire-b">said</Quote>.');
    expect(r.paragraphs).toEqual([
      { article: undefined, paragraph: 1 },
      { article: undefined, paragraph: 12 },
      { article: 'wire-b', paragraph: 4 },
    ]);
    expect(r.speakers).toEqual(['john-kerry']);
  });

  it('finds the terms <KeyTerms> lists', () => {
    expect(proseRefs(`<KeyTerms title="T" terms={['ceasefire', "truce"]} />`).terms).toEqual(['ceasefire', 'truce']);
  });

  it('ignores other components and text', () => {
    expect(proseRefs('<Timeline /> paragraphs={[3]} <Callout title="x">y</Callout>')).toEqual({ paragraphs: [], speakers: [], terms: [] });
  });
});
