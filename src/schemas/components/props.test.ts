import { describe, expect, it } from 'vitest';
import { oneOf, propContext } from './props.ts';

const ids = Array.from({ length: 34 }, (_, i) => `actor-${i + 1}`).concat('daniel-orme');
const messageOf = (values: readonly string[], input: unknown) => {
  const r = oneOf(values, 'actor id').safeParse(input);
  return r.success ? undefined : r.error.issues[0].message;
};

describe('oneOf(ids): an id prop known once content is read', () => {
  it('names the nearest id for a slip, not the whole list', () => {
    expect(messageOf(ids, 'danial-orme')).toBe('"danial-orme" is not a known actor id; did you mean `daniel-orme`?');
  });

  it('lists the ids only when there are few, and says none is close when there are many', () => {
    expect(messageOf(['ana-ruiz', 'tomas-berg'], 'harwick')).toBe('"harwick" is not a known actor id; allowed: ana-ruiz, tomas-berg');
    expect(messageOf(ids, 'harwick')).toBe('"harwick" is not a known actor id; none is close: check the spelling');
    expect(messageOf([], 'harwick')).toBe('"harwick" is not a known actor id; allowed: (none defined)');
    expect(messageOf(ids, undefined)).toBe('is required: an actor id');
  });
});

describe('propIssues(): a misspelt prop is one slip, one line', () => {
  it('names the prop meant and drops its "is required" line', async () => {
    const { propIssues } = await import('./props.ts');
    const { componentSchemas } = await import('./index.ts');
    const schema = componentSchemas.Quote({ actors: ['daniel-orme'], articles: ['a'], paragraphs: new Map([['a', 3]]) });
    expect(propIssues('Quote', schema, { speeker: 'daniel-orme', paragraphs: [1] }).issues).toEqual([
      { prop: 'speeker', message: '`speeker` is not a prop of <Quote>: did you mean `speaker`?' },
    ]);
    expect(propIssues('Quote', schema, { colour: 'red', speaker: 'daniel-orme', paragraphs: [1] }).issues).toEqual([
      { prop: 'colour', message: expect.stringMatching(/^not a prop of <Quote>; allowed props: /) },
    ]);
  });
});

describe('propContext', () => {
  const site = {
    actors: new Map([['un', {}], ['red-crescent', {}]]),
    terms: new Map([['aftershock', {}]]),
    sources: new Map([['report', { id: 'report', paragraphs: ['One.', 'Two.', 'Three.'] }]]),
    places: new Map([['kathmandu', {}]]),
  };
  const story = (id: string) => ({
    events: [{ id: `${id}-2`, lane: 'rescue', date: '2015-04-26', loc: { line: 9 } }, { id: `${id}-1`, lane: 'quake', date: '2015-04-25', loc: { line: 1 } }],
    incidents: [],
    articles: ['report'],
  });

  it("puts an explainer's events in time order and names the site's ids and each article's paragraph count", () => {
    const ctx = propContext({ ...site, ...story('nepal') });
    expect(ctx.events).toEqual(['nepal-1', 'nepal-2']);
    expect(ctx.lanes).toEqual(['quake', 'rescue']);
    expect(ctx.actors).toEqual(['un', 'red-crescent']);
    expect(ctx.paragraphs?.get('report')).toBe(3);
  });

  it("shares the site's lists between explainers' contexts instead of copying them for each (a site of thousands)", () => {
    const a = propContext({ ...site, ...story('a') });
    const b = propContext({ ...site, ...story('b') });
    expect(b.actors).toBe(a.actors);
    expect(b.paragraphs).toBe(a.paragraphs);
    expect(b.places).toBe(a.places);
    expect(b.events).not.toEqual(a.events);
  });
});
