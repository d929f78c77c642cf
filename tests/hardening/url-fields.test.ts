import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';
import { incidentSchema } from '../../src/schemas/figure.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { explainerSchema } from '../../src/schemas/explainer.ts';
import { sourceMetaSchema } from '../../src/schemas/source.ts';
import { safeHref } from '../../src/lib/urls.ts';
import { HOSTILE_URLS, HOSTILE_BUT_VALID_URLS } from './payloads.ts';

const doc = (url: string) => ({ document: 'A public document', date: '2016-02-26', url });
const FM = { title: 'A title', dek: 'A standfirst.', summary: 'A summary.', published: '2016-02-27', sources: ['wire'] };

/** Every place content may hold a URL, with a valid entry that puts `url` there and the field path. */
const URL_FIELDS = [
  {
    where: 'event citation.url',
    schema: eventSchema,
    entry: (url: string) => ({ id: 'e', date: '2016-02-26', lane: 'diplomacy', title: 'A title', description: 'A description', citation: doc(url) }),
    field: 'citation.url',
  },
  {
    where: 'figure reports.0.citation.url',
    schema: incidentSchema,
    entry: (url: string) => ({
      id: 'i',
      label: 'Label',
      place: 'Place',
      date: '2016-02-21',
      reports: [{ killed: { qualifier: 'at-least', value: 1 }, reportedAt: '2016-02-21', citation: doc(url) }],
    }),
    field: 'reports.0.citation.url',
  },
  { where: 'actor links.0.url', schema: actorSchema, entry: (url: string) => ({ id: 'a', name: 'N', kind: 'person', links: [{ label: 'Profile', url }] }), field: 'links.0.url' },
  { where: 'role citation.url (front matter)', schema: explainerSchema, entry: (url: string) => ({ ...FM, roles: { a: { role: 'R', citation: doc(url) } } }), field: 'roles.a.citation.url' },
  { where: 'term note citation.url (front matter)', schema: explainerSchema, entry: (url: string) => ({ ...FM, termNotes: { t: { note: 'A note.', citation: doc(url) } } }), field: 'termNotes.t.citation.url' },
  { where: 'update citation.url (front matter)', schema: explainerSchema, entry: (url: string) => ({ ...FM, updated: '2016-03-01', updates: [{ at: '2016-03-01', kind: 'update', what: 'Added a document.', citation: doc(url) }] }), field: 'updates.0.citation.url' },
  { where: 'source url', schema: sourceMetaSchema, entry: (url: string) => ({ title: 'Title', kind: 'agency-report', outlet: 'O', dateline: 'D', published: '2016-02-21', url }), field: 'url' },
];

describe('URL fields refuse script, data and other non-web URLs, naming the field', () => {
  for (const f of URL_FIELDS) {
    for (const h of HOSTILE_URLS) {
      it(`${f.where} refuses ${h.name} (${JSON.stringify(h.url)})`, () => {
        const r = f.schema.safeParse(f.entry(h.url));
        expect(r.success).toBe(false);
        const paths = r.error!.issues.map((i) => i.path.join('.'));
        expect(paths).toContain(f.field);
        expect(r.error!.issues.find((i) => i.path.join('.') === f.field)!.message).toMatch(/https:\/\//);
      });
    }
    it(`${f.where} accepts an https URL, even one full of markup (it is escaped when rendered)`, () => {
      for (const url of ['https://www.un.org/press/en/2016/sc12261.doc.htm', ...HOSTILE_BUT_VALID_URLS]) {
        expect(f.schema.safeParse(f.entry(url)).success, url).toBe(true);
      }
    });
  }

  it('safeHref never returns a hostile URL, so components cannot render one even if a schema lets it through', () => {
    for (const h of HOSTILE_URLS) expect(safeHref(h.url), h.name).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
  });
});
