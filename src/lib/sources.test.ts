import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, sourceKindLabel, sourceLine } from './sources';

describe('sourceLine names a source by its kind and outlet, never as an agency report by default', () => {
  it('with a dateline', () => {
    expect(sourceLine({ kind: 'agency-report', outlet: 'Agencies', dateline: 'Amman', published: '2016-02-21' })).toBe('Agency report (Agencies), Amman, 21 February 2016');
  });
  it('without one', () => {
    expect(sourceLine({ kind: 'newspaper', outlet: 'The Fixture Herald', published: '2031-11-08' })).toBe('Newspaper report (The Fixture Herald), 8 November 2031');
  });
  it('every kind has its words', () => {
    for (const kind of SOURCE_KINDS) expect(sourceKindLabel(kind)).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
    expect(sourceKindLabel('broadcaster')).toBe('Broadcast report');
  });
});
