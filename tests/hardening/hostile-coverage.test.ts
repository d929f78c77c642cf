import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { incidentSchema, figureReportSchema } from '../../src/schemas/figure.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { sourceMetaSchema } from '../../src/schemas/source.ts';
import { explainerSchema } from '../../src/schemas/explainer.ts';
import { documentCitationSchema, isCalendarDate } from '../../src/schemas/common.ts';
import { isSafeHttpUrl } from '../../src/lib/content-url.ts';
import { ROOT } from '../helpers/content-fixture.ts';
import { MARK, HOSTILE_BUT_VALID_URLS } from './payloads.ts';

const SITE = 'tests/fixtures/site/content';
const loaded = readContentDir(ROOT, SITE);
const hostile = <T extends { id: string }>(list: T[]) => list.filter((x) => x.id.startsWith('hostile'));

/** Strings an editor cannot make hostile because the schema constrains their form. */
const constrained = (key: string, v: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) ||
  isCalendarDate(v) ||
  isCalendarDate(v.slice(0, 10)) ||
  (key === 'lang' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v));

/** Every string leaf of a value, with its dotted path. */
function strings(value: unknown, path = ''): { path: string; key: string; value: string }[] {
  if (typeof value === 'string') return [{ path, key: path.split('.').at(-1) ?? '', value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'loc' || k === 'explainer' ? [] : strings(v, path ? `${path}.${k}` : k)));
  return [];
}

/** Top-level keys of a zod object schema (through refinements), but for fields marked as moved elsewhere. */
const keysOf = (schema: unknown) =>
  Object.entries((schema as { shape: Record<string, { description?: string }> }).shape)
    .filter(([, field]) => field.description !== 'moved')
    .map(([k]) => k);

const sourceMeta = parseYaml(readFileSync(join(ROOT, SITE, 'sources/hostile-wire.yaml'), 'utf-8'));
const frontmatter = parseYaml(splitFrontmatter(readFileSync(join(ROOT, SITE, 'explainers/hostile.mdx'), 'utf-8')).yaml ?? '') as Record<string, unknown>;

const groups = [
  { what: 'events', schema: eventSchema, entries: loaded.input.events.filter((e) => e.explainer === 'hostile') },
  { what: 'incidents', schema: incidentSchema, entries: loaded.input.incidents.filter((e) => e.explainer === 'hostile') },
  { what: 'actors', schema: actorSchema, entries: hostile(loaded.input.actors) },
  { what: 'glossary terms', schema: glossaryTermSchema, entries: hostile(loaded.input.glossary) },
  { what: 'source metadata', schema: sourceMetaSchema, entries: [sourceMeta] },
  { what: 'explainer front matter', schema: explainerSchema, entries: [frontmatter] },
];

describe('the hostile fixture explainer (tests/fixtures/site/content/*/hostile*)', () => {
  it('is valid content: the build accepts it, so the pages render it', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    for (const g of groups) expect(g.entries.length, g.what).toBeGreaterThan(0);
  });

  for (const g of groups) {
    it(`puts an XSS payload in every free-text string of its ${g.what}`, () => {
      const leaves = g.entries.flatMap((e) => strings(e));
      const free = leaves.filter((l) => !constrained(l.key, l.value) && l.key !== 'url');
      expect(free.length).toBeGreaterThan(0);
      for (const l of free) {
        expect(l.value.startsWith(MARK), `${g.what} ${l.path} starts with ${MARK}`).toBe(true);
        expect(/[<>"']/.test(l.value), `${g.what} ${l.path} carries markup`).toBe(true);
      }
      for (const l of leaves.filter((x) => x.key === 'url')) {
        expect(HOSTILE_BUT_VALID_URLS, `${g.what} ${l.path}`).toContain(l.value);
        expect(isSafeHttpUrl(l.value)).toBe(true);
      }
    });

    it(`sets every field its ${g.what} schema knows at least once`, () => {
      const used = new Set(g.entries.flatMap((e) => Object.keys(e as object)));
      expect(keysOf(g.schema).filter((k) => !used.has(k) && k !== 'draft' && k !== 'lang' && k !== 'kind')).toEqual([]);
    });
  }

  it('uses every optional text field of reports and document citations', () => {
    const reports = loaded.input.incidents.filter((e) => e.explainer === 'hostile').flatMap((i) => i.reports);
    const used = new Set(reports.flatMap((r) => Object.keys(r)));
    expect(keysOf(figureReportSchema).filter((k) => !used.has(k))).toEqual([]);
    const docs = strings(loaded.input).filter((l) => /\.citation\.document$/.test(l.path));
    expect(docs.length).toBeGreaterThan(0);
    // Document citations: of events, and of the roles, term notes and updates in the front matter.
    const hostileFm = loaded.input.explainers.find((e) => e.id === 'hostile')!;
    const citations = [
      ...loaded.input.events.map((e) => e.citation),
      ...[...Object.values(hostileFm.roles ?? {}), ...Object.values(hostileFm.termNotes ?? {}), ...(hostileFm.updates ?? [])].map((x) => x.citation),
    ];
    const docKeys = new Set(citations.flatMap((c) => ('document' in c ? Object.keys(c).filter((k) => k !== 'kind') : [])));
    expect(keysOf(documentCitationSchema).filter((k) => !docKeys.has(k))).toEqual([]);
  });

  it('has its source article paragraphs hostile too', () => {
    const source = loaded.input.sources.find((s) => s.id === 'hostile-wire')!;
    expect(source.paragraphs.length).toBeGreaterThan(5);
    for (const p of source.paragraphs) expect(p.startsWith(MARK)).toBe(true);
  });
});
