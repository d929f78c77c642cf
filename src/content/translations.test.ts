import { describe, expect, it } from 'vitest';
import { readFolder } from './folder-fs.ts';
import { readContent, type ContentFolder } from './read.ts';
import { formatProblem } from './problems.ts';
import { lintMdx } from './mdx/lint.ts';
import { ROOT } from '../../tests/helpers/content-fixture.ts';

const AR_EVENTS = 'ar/events/syria-ceasefire-2016.yaml';
const AR_EXPLAINER = 'ar/explainers/syria-ceasefire-2016.mdx';

/** The seed content with some files edited (path inside content/ → new text, or null to delete). */
function seedWith(edits: Record<string, ((text: string) => string) | null> = {}): ContentFolder {
  const folder = readFolder(ROOT, 'content');
  const files = new Map(folder.files);
  for (const [path, edit] of Object.entries(edits)) {
    if (edit === null) files.delete(path);
    else files.set(path, edit(files.get(path) ?? ''));
  }
  return { dir: folder.dir, files };
}
const messages = (folder: ContentFolder) => {
  const r = readContent(folder);
  return [...r.problems, ...lintMdx(r.mdx, r.input)].map(formatProblem);
};
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('readContent: translations in content/<lang>/', () => {
  it('reads the Arabic edition of the seed with no problems, as /ar/<slug> of its original', () => {
    const folder = seedWith();
    expect(messages(folder)).toEqual([]);
    const { entries } = readContent(folder);
    const ar = entries.explainers.find((e) => e.id === 'ar/syria-ceasefire-2016')!;
    expect(ar.data.lang).toBe('ar');
    expect(ar.data.translation).toMatchObject({ of: 'syria-ceasefire-2016', from: '2026-12-01', originalVersion: '2026-12-01' });
  });

  it('keeps the original’s ids, dates and citations: a translation holds words only', () => {
    const { entries } = readContent(seedWith());
    const original = entries.explainers.find((e) => e.id === 'syria-ceasefire-2016')!;
    const ar = entries.explainers.find((e) => e.id === 'ar/syria-ceasefire-2016')!;
    expect(ar.data.sources).toEqual(original.data.sources);
    expect(ar.data.roles['john-kerry']).toEqual({ ...original.data.roles['john-kerry'], role: 'وزير الخارجية الأمريكي' });
    expect(ar.data.updates.map((u) => [u.at, u.kind, u.citation])).toEqual(original.data.updates.map((u) => [u.at, u.kind, u.citation]));
    const event = entries.events.find((e) => e.id === 'kerry-announces')!;
    expect(event.date).toBe('2016-02-21');
    expect(event.i18n?.ar).toMatchObject({ title: 'كيري يعلن اتفاقًا أمريكيًا روسيًا مبدئيًا', quote: { text: 'نحن اليوم أقرب إلى وقف لإطلاق النار مما كنّا عليه.' } });
    expect(entries.actors.find((a) => a.id === 'isil')?.i18n?.ar).toEqual({ name: 'تنظيم الدولة الإسلامية' });
  });

  it('refuses an untranslated event with file:line, so no English reaches the Arabic page', () => {
    const out = messages(seedWith({ [AR_EVENTS]: (t) => t.replace(/- id: aid-shipments[\s\S]*?(?=- id: deadline-passes)/, '') }));
    expect(out).toEqual([
      'content/ar/events/syria-ceasefire-2016.yaml:1 — event "aid-shipments", field "(entry)": has no Arabic translation: add "- id: aid-shipments" with its title and description in Arabic (the original is content/events/syria-ceasefire-2016.yaml:14); a page in Arabic never shows the original\'s words',
    ]);
  });

  it('refuses a translated event the original does not have, at its line, suggesting the id', () => {
    const folder = seedWith({ [AR_EVENTS]: (t) => t.replace('- id: aid-shipments', '- id: aid-shipment') });
    const text = folder.files.get(AR_EVENTS)!;
    expect(messages(folder)).toContain(
      `content/ar/events/syria-ceasefire-2016.yaml:${lineOf(text, '- id: aid-shipment')} — event "aid-shipment", field "id": is not an event of the original: remove it or fix the id (did you mean aid-shipments?)`,
    );
  });

  it('refuses a date in a translation: dates are the original’s', () => {
    const folder = seedWith({ [AR_EVENTS]: (t) => t.replace('- id: munich-deal\n', '- id: munich-deal\n  date: 2016-02-13\n') });
    expect(messages(folder)).toEqual([
      'content/ar/events/syria-ceasefire-2016.yaml:4 — event "munich-deal", field "date": is the original\'s, not translated: a translation gives words only (id, title, label, description, quote); remove it',
    ]);
  });

  it('names a role, a lane and a quote the translation misses, and a version of the original it does not have', () => {
    const folder = seedWith({
      [AR_EXPLAINER]: (t) => t.replace(/ {2}sana:\n {4}role: .*\n/, '').replace('  violence: العنف\n', '').replace('translatedFrom: 2026-12-01', 'translatedFrom: 2026-11-30'),
      [AR_EVENTS]: (t) => t.replace('  quote: { text: آلية وشروط }\n', ''),
    });
    const out = messages(folder);
    expect(out).toContain('content/ar/explainers/syria-ceasefire-2016.mdx:7 — explainer "ar/syria-ceasefire-2016", field "translatedFrom": must be a version of the original: a day it was published or updated (2026-11-27, 2026-12-01); the current one is 2026-12-01');
    expect(out).toContainEqual(expect.stringMatching(/field "roles": misses the role of "sana" \(content\/explainers\/syria-ceasefire-2016\.mdx:\d+\): translate it here/));
    expect(out).toContainEqual(expect.stringMatching(/field "lanes": misses the lane "violence" of the timeline/));
    expect(out).toContainEqual(expect.stringMatching(/event "lavrov-kerry-call-2", field "quote": misses the quote/));
    expect(out).toHaveLength(4);
  });

  it('asks for the Arabic name of every shared actor the edition names', () => {
    const out = messages(seedWith({ 'ar/actors.yaml': (t) => t.replace('- id: iran\n  name: إيران\n', '') }));
    expect(out).toEqual([expect.stringMatching(/^content\/ar\/actors\.yaml:1 — actor "iran", field "\(entry\)": has no Arabic translation: add "- id: iran" with its name in Arabic \(the original is content\/actors\.yaml:\d+\)/)]);
  });

  it('refuses a translation of an explainer that does not exist, and a language folder field that disagrees', () => {
    const folder = seedWith({ 'ar/explainers/no-such-story.mdx': () => '---\ntranslatedFrom: 2026-12-01\ntitle: عنوان تجريبي طويل\ndek: مقدمة تجريبية طويلة بما يكفي\nsummary: ملخص تجريبي طويل بما يكفي\npublished: 2026-12-01\n---\n\nنص.\n' });
    expect(messages(folder)).toContain('content/ar/explainers/no-such-story.mdx:2 — explainer "ar/no-such-story", field "translationOf": "no-such-story" is not an explainer in content/explainers/: a translation is named after its original (known: syria-ceasefire-2016)');
    const wrongLang = seedWith({ [AR_EXPLAINER]: (t) => t.replace('lang: ar', 'lang: fa') });
    expect(messages(wrongLang)).toContainEqual(expect.stringContaining('field "lang": is "fa" but the file is in content/ar/'));
  });

  it('refuses translationOf in an original explainer, saying where a translation goes', () => {
    const out = messages(seedWith({ 'explainers/syria-ceasefire-2016.mdx': (t) => t.replace('sources: [', 'translationOf: x\nsources: [') }));
    expect(out).toContainEqual(expect.stringContaining('field "translationOf": a translation goes in content/<lang>/explainers/<slug of the original>.mdx'));
  });
});
