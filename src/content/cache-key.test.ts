import { describe, expect, it, vi } from 'vitest';

vi.mock('./site.ts', () => ({ getSiteContent: async () => ({}) }));
const { cacheKeyOf, explainerInputs, shareImageInputs, sourcePageInputs, stableJson } = await import('./cache-key.ts');

type Entry = Parameters<typeof explainerInputs>[0];
type Site = Parameters<typeof explainerInputs>[1];

const entry = (over: Partial<Entry['data']> = {}, body = 'Text. <Actor id="john-kerry" /> and <Term id="ceasefire" />.') =>
  ({ id: 'story', body, data: { title: 'A story', dek: 'Dek', published: '2026-01-01', sources: ['report'], roles: { 'sergei-lavrov': { role: 'minister' } }, updates: [], ...over } }) as unknown as Entry;
const site = (over: Partial<Record<keyof Site, unknown>> = {}) =>
  ({
    sources: new Map([
      ['report', { id: 'report', title: 'The report', paragraphs: ['One.'] }],
      ['other', { id: 'other', title: 'Another report', paragraphs: ['Two.'] }],
    ]),
    events: [
      { id: 'e1', explainer: 'story', title: 'Talks', actors: ['united-states'], places: ['damascus'] },
      { id: 'e2', explainer: 'another', title: 'Elsewhere', actors: ['isil'] },
    ],
    incidents: [{ id: 'i1', explainer: 'story', label: 'Bombing', places: ['homs'] }],
    actors: new Map([
      ['john-kerry', { id: 'john-kerry', name: 'John Kerry' }],
      ['sergei-lavrov', { id: 'sergei-lavrov', name: 'Sergei Lavrov' }],
      ['united-states', { id: 'united-states', name: 'United States' }],
      ['isil', { id: 'isil', name: 'ISIL' }],
    ]),
    glossary: new Map([
      ['ceasefire', { id: 'ceasefire', term: 'ceasefire' }],
      ['truce', { id: 'truce', term: 'truce' }],
    ]),
    places: new Map([
      ['damascus', { id: 'damascus', name: 'Damascus' }],
      ['homs', { id: 'homs', name: 'Homs' }],
      ['aleppo', { id: 'aleppo', name: 'Aleppo' }],
    ]),
    ...over,
  }) as unknown as Site;
const key = (e = entry(), s = site()) => cacheKeyOf(explainerInputs(e, s), 'kit');
/** A copy of one of the site's maps with one entry replaced or added. */
const withEntry = (map: Map<string, unknown>, id: string, value: object) => new Map([...map, [id, value]]) as never;

describe('explainer cache keys', () => {
  it('take in what the explainer uses: its own events and figures, the actors, terms and places it names, its sources', () => {
    const inputs = explainerInputs(entry(), site());
    expect(inputs.events.map((e) => e.id)).toEqual(['e1']);
    expect(inputs.incidents.map((i) => i.id)).toEqual(['i1']);
    expect(inputs.actors.map(([id]) => id)).toEqual(['john-kerry', 'sergei-lavrov', 'united-states']);
    expect(inputs.terms.map(([id]) => id)).toEqual(['ceasefire']);
    expect(inputs.places.map(([id]) => id)).toEqual(['damascus', 'homs']);
    expect(inputs.sources.map((s) => s?.id)).toEqual(['report']);
  });

  it('change when the text, an event, a named actor or term, or a source changes', () => {
    const before = key();
    expect(key(entry({}, 'Other text. <Actor id="john-kerry" />'))).not.toBe(before);
    const s = site();
    s.events[0] = { ...s.events[0], title: 'Talks resumed' };
    expect(key(entry(), s)).not.toBe(before);
    expect(key(entry(), site({ actors: withEntry(site().actors, 'john-kerry', { id: 'john-kerry', name: 'J. Kerry' }) }))).not.toBe(before);
    expect(key(entry(), site({ glossary: withEntry(site().glossary, 'ceasefire', { id: 'ceasefire', term: 'cease-fire' }) }))).not.toBe(before);
    expect(key(entry(), site({ sources: withEntry(site().sources, 'report', { id: 'report', title: 'The report', paragraphs: ['One, corrected.'] }) }))).not.toBe(before);
  });

  it("stay the same when only what the explainer does not use changes: another explainer's events, actors, terms and places it does not name", () => {
    const before = key();
    const s = site({
      actors: withEntry(site().actors, 'isil', { id: 'isil', name: 'Islamic State' }),
      glossary: withEntry(site().glossary, 'truce', { id: 'truce', term: 'a truce' }),
      places: withEntry(site().places, 'aleppo', { id: 'aleppo', name: 'Halab' }),
      sources: withEntry(site().sources, 'other', { id: 'other', title: 'Changed', paragraphs: [] }),
    });
    s.events[1] = { ...s.events[1], title: 'Changed elsewhere' };
    expect(key(entry(), s)).toBe(before);
  });

  it("change for every edition of a story when a translation is added, and a translation's take in its original's events", () => {
    const before = key();
    const translation = { id: 'ar/story', body: 'نص.', data: { title: 'قصة', lang: 'ar', sources: ['report'], translation: { of: 'story' } } } as unknown as Entry;
    const s = { ...site(), explainers: [entry()], translations: [translation] } as unknown as Site;
    expect(key(entry(), s)).not.toBe(before);
    const inputs = explainerInputs(translation, s);
    expect(inputs.events.map((e) => e.id)).toEqual(['e1']);
    expect(inputs.editions.map((e) => e.id)).toEqual(['ar/story', 'story']);
  });

  it("start with the kit's version, so a change to the code changes every key", () => {
    const inputs = explainerInputs(entry(), site());
    expect(cacheKeyOf(inputs, '0.1.0+aaaa')).toMatch(/^0\.1\.0\+aaaa:[0-9a-f]{64}$/);
    expect(cacheKeyOf(inputs, '0.1.0+bbbb')).not.toBe(cacheKeyOf(inputs, '0.1.0+aaaa'));
  });

  it('hash data, not the order its keys were written in', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(stableJson({ a: { c: null, d: [2, 1] }, b: 1 }));
  });
});

describe('share image and source page keys', () => {
  it('the share image changes with the title, dek and dates it draws, not with the text', () => {
    const before = cacheKeyOf(shareImageInputs(entry()), 'kit');
    expect(cacheKeyOf(shareImageInputs(entry({}, 'Another body')), 'kit')).toBe(before);
    expect(cacheKeyOf(shareImageInputs(entry({ title: 'A new title' })), 'kit')).not.toBe(before);
    expect(cacheKeyOf(shareImageInputs(entry({ lang: 'ar' })), 'kit')).not.toBe(before);
    expect(cacheKeyOf(shareImageInputs(entry({ updates: [{ at: '2026-02-01', kind: 'correction', what: 'x' }] } as never)), 'kit')).not.toBe(before);
  });

  it("a source page changes with its article and the explainer's title, not with the explainer's text", () => {
    const k = (e: Entry, s = site()) => cacheKeyOf(sourcePageInputs(e, 'report', s), 'kit');
    const before = k(entry());
    expect(k(entry({}, 'Another body'))).toBe(before);
    expect(k(entry({ title: 'Retitled' }))).not.toBe(before);
    expect(k(entry(), site({ sources: withEntry(site().sources, 'report', { id: 'report', title: 'The report', paragraphs: ['Changed.'] }) }))).not.toBe(before);
  });
});
