// In-memory figures for the unit and snapshot tests: the seed's tolls and invented revisions.
import type { IncidentInput } from '../../src/lib/casualties/reports.ts';
import type { SourceInfo } from '../../src/lib/format.ts';

const art = (paragraphs: number[]) => ({ kind: 'article' as const, article: 'wire', paragraphs });

export const SOURCES: SourceInfo[] = [{ id: 'wire', title: 'Wire report', kind: 'agency-report', outlet: 'Agencies', dateline: 'Amman', published: '2016-02-21' }];

export const SEED: IncidentInput[] = [
  {
    id: 'damascus-bombings', kind: 'incident', label: 'Damascus bombings', place: 'Damascus', date: '2016-02-21',
    reports: [{ killed: { qualifier: 'at-least', value: 68 }, stated: 'at least 68 people', reportedAt: '2016-02-21', citation: art([7]) }],
  },
  {
    id: 'homs-bombings', kind: 'incident', label: 'Homs bombings', place: 'Homs', date: '2016-02-21',
    reports: [{ killed: { qualifier: 'at-least', value: 59 }, stated: 'at least 59 people died', reportedAt: '2016-02-21', citation: art([7]) }],
  },
  {
    id: 'damascus-homs-total', kind: 'total', by: 'attack', label: 'Damascus and Homs together', place: 'Damascus and Homs', date: '2016-02-21',
    parts: ['damascus-bombings', 'homs-bombings'],
    reports: [{ killed: { qualifier: 'more-than', value: 120 }, stated: 'more than 120 people', reportedAt: '2016-02-21', citation: art([1]) }],
  },
];

/** The seed with invented later reports: Damascus revised twice, Homs once into a range. */
export const REVISED: IncidentInput[] = [
  {
    ...SEED[0],
    reports: [
      ...SEED[0].reports,
      { killed: { qualifier: 'at-least', value: 83 }, reportedAt: '2016-02-22T09:30:00Z', citation: art([2]) },
      { killed: { qualifier: 'about', value: 90 }, reportedAt: '2016-02-24T18:00+02:00', citation: { kind: 'document', document: 'Monitor update', date: '2016-02-24', url: 'https://example.org/update' } },
    ],
  },
  {
    ...SEED[1],
    reports: [...SEED[1].reports, { killed: { qualifier: 'range', low: 57, high: 64 }, reportedAt: '2016-02-23', citation: art([3]) }],
  },
  SEED[2],
];

export const EXACT: IncidentInput = {
  id: 'crash', kind: 'incident', label: 'A crash', place: 'Portvale', date: '2030-03-03',
  reports: [{ killed: { qualifier: 'exactly', value: 4 }, reportedAt: '2030-03-04', citation: art([5]) }],
};
