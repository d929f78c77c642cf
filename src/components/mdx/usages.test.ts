import { describe, expect, it } from 'vitest';
import { findUsages, readLiteral, citedParagraphs, propValues } from './usages';

describe('readLiteral', () => {
  it('reads arrays of numbers and strings, in either quote style', () => {
    expect(readLiteral('[1, 7]')).toEqual([1, 7]);
    expect(readLiteral(`['a', "b",]`)).toEqual(['a', 'b']);
    expect(readLiteral('true')).toBe(true);
    expect(readLiteral('{ a: 1, "b": [2] }')).toEqual({ a: 1, b: [2] });
  });

  it('returns anything that is not a literal as an unevaluated expression, running no code', () => {
    expect(readLiteral('items.map((x) => x)')).toEqual({ expression: 'items.map((x) => x)' });
    expect(readLiteral('[1, two]')).toEqual({ expression: '[1, two]' });
  });
});

describe('findUsages', () => {
  const body = `Intro <Ref paragraphs={[1, 7]} /> and <Term id="mediator">mediators</Term>.

<Timeline events={['a', 'b']} title="Strike" context />

<Quote speaker="ana-ruiz" article="report" paragraphs={[3]}>
  <p>Words</p>
</Quote>
`;

  it('lists each component with its literal props and the line it is on, counting the front matter', () => {
    const { usages, error } = findUsages(body, 10);
    expect(error).toBeUndefined();
    expect(usages).toEqual([
      { component: 'Ref', line: 11, props: { paragraphs: [1, 7] } },
      { component: 'Term', line: 11, props: { id: 'mediator' } },
      { component: 'Timeline', line: 13, props: { events: ['a', 'b'], title: 'Strike', context: true } },
      { component: 'Quote', line: 15, props: { speaker: 'ana-ruiz', article: 'report', paragraphs: [3] } },
    ]);
  });

  it('collects the paragraphs cited by <Ref> and <Quote>, per article', () => {
    const { usages } = findUsages(body);
    const cited = citedParagraphs(usages, 'default-article');
    expect([...cited.get('default-article')!]).toEqual([1, 7]);
    expect([...cited.get('report')!]).toEqual([3]);
    expect(propValues(usages, 'Term', 'id')).toEqual(['mediator']);
  });

  it('reports an MDX syntax error with its line instead of throwing', () => {
    const { error } = findUsages('Fine.\n\n<Ref paragraphs={[1]} \n', 4);
    expect(error).toBeDefined();
    expect(error).toEqual({ line: 7, message: expect.stringMatching(/^Unexpected character after `<`/) });
  });
});
