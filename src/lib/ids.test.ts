import { describe, expect, it } from 'vitest';
import { claimIsland, headingId, isKitId, type IslandTally } from './ids.ts';

describe('isKitId(id)', () => {
  it('knows the chrome ids and the prefixes of entry anchors and islands', () => {
    for (const id of ['main', 'sources', 'cite-this-page', 'event-munich-deal', 'incident-damascus', 'source-wire-p3', 'ek-timeline2-event-x', 'cc-syria-heading'])
      expect(isKitId(id), id).toBe(true);
  });

  it('leaves ordinary heading slugs alone', () => {
    for (const id of ['what-happens-next', 'events', 'mainland', 'the-toll', 'section-sources']) expect(isKitId(id), id).toBe(false);
  });
});

describe('headingId(slug, used)', () => {
  it('moves a heading that would take a kit id out of the namespace', () => {
    const used = new Set<string>();
    expect(headingId('sources', used)).toBe('section-sources');
    expect(headingId('cite-this-page', used)).toBe('section-cite-this-page');
    expect(headingId('main', used)).toBe('section-main');
    expect(headingId('event-munich-deal', used)).toBe('section-event-munich-deal');
  });

  it('keeps an ordinary slug, and numbers a repeat so no two headings share an id', () => {
    const used = new Set<string>();
    expect(headingId('what-happens-next', used)).toBe('what-happens-next');
    expect(headingId('section-sources', used)).toBe('section-sources');
    expect(headingId('sources', used)).toBe('section-sources-1');
    expect(headingId('sources', used)).toBe('section-sources-2');
    expect([...used]).toEqual(['what-happens-next', 'section-sources', 'section-sources-1', 'section-sources-2']);
  });

  it('gives a heading with no letters (an empty slug) an id outside the namespace', () => {
    expect(headingId('', new Set())).toBe('section-heading');
  });
});

describe('claimIsland(page, kind)', () => {
  it('keeps the plain ids for the first island of a kind and scopes each later one', () => {
    const page: IslandTally = {};
    const first = claimIsland(page, 'timeline');
    const second = claimIsland(page, 'timeline');
    const chart = claimIsland(page, 'chart');
    expect([first.index, second.index, chart.index]).toEqual([1, 2, 1]);
    expect(first.id('event-munich-deal')).toBe('event-munich-deal');
    expect(second.id('event-munich-deal')).toBe('ek-timeline2-event-munich-deal');
    expect(second.id('timeline-syria-view')).not.toBe(first.id('timeline-syria-view'));
    expect(chart.id('cc-syria-heading')).toBe('cc-syria-heading');
    expect(isKitId(second.id('anything'))).toBe(true);
  });

  it('counts per page: another page starts again at the plain ids', () => {
    claimIsland({}, 'timeline');
    expect(claimIsland({}, 'timeline').index).toBe(1);
  });
});
