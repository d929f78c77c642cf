import { describe, expect, it } from 'vitest';
import { editionsOf, localize } from './editions.ts';

describe('localize(entry, lang)', () => {
  const event = { id: 'e', date: '2016-02-21', title: 'Kerry announces', label: 'Kerry', description: 'He says.', citation: { article: 'a', paragraphs: [1] }, quote: { text: 'We are closer', speaker: 'john-kerry' }, i18n: { ar: { title: 'كيري يعلن', description: 'يقول.', quote: { text: 'نحن أقرب' } } } };
  it('takes the words of the language and keeps the date, citation and speaker', () => {
    const ar = localize(event, 'ar', 'event');
    expect(ar).toMatchObject({ id: 'e', date: '2016-02-21', title: 'كيري يعلن', citation: { article: 'a', paragraphs: [1] }, quote: { text: 'نحن أقرب', speaker: 'john-kerry' } });
  });
  it('never falls back to the original’s label', () => {
    expect(localize(event, 'ar', 'event').label).toBeUndefined();
  });
  it('throws, naming the entry, when it has no words in the language', () => {
    expect(() => localize(event, 'fr', 'event')).toThrow('The event "e" has no words in "fr"');
  });
});

describe('editionsOf(site, id)', () => {
  const site = {
    explainers: [{ id: 'story', data: {} }],
    translations: [{ id: 'ar/story', data: { translation: { of: 'story' } } }],
  };
  it('gives the original and its translations, from either edition', () => {
    expect(editionsOf(site, 'story').map((e) => e.id)).toEqual(['story', 'ar/story']);
    expect(editionsOf(site, 'ar/story').map((e) => e.id)).toEqual(['story', 'ar/story']);
  });
});
