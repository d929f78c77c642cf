import { describe, expect, it } from 'vitest';
import { oneOf } from './props.ts';

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
