import { describe, expect, it } from 'vitest';
import { readContentDir } from './folder-fs.ts';
import { readContent } from './read.ts';
import { formatProblem } from './problems.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, invalidFixtures, contentWith } from '../../tests/helpers/content-fixture.ts';

describe('readContent(content/)', () => {
  it('accepts the seed explainer content with no problems', () => {
    const { problems, entries } = readContentDir(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.events.length).toBe(15);
    expect(entries.incidents.map((i) => i.id)).toEqual(['damascus-bombings', 'homs-bombings', 'damascus-homs-total']);
    expect(entries.sources[0].data.paragraphs).toHaveLength(12);
    expect(entries.explainers.map((e) => [e.id, e.data.published])).toEqual([['syria-ceasefire-2016', '2026-11-27'], ['ar/syria-ceasefire-2016', '2026-12-01']]);
  });

  describe('names file, line, entry and field for every rule (tests/fixtures/invalid/)', () => {
    for (const fixture of invalidFixtures()) {
      it(`${fixture.name}: ${fixture.expect.message}`, () => {
        const { problems } = readContentDir(contentWith(fixture));
        const messages = problems.map(formatProblem);
        const { where, entry, field, message } = fixture.expect;
        const match = messages.find((m) => m.startsWith(`${where} — ${entry}, ${field}: `) && m.includes(message));
        expect(match, `expected a problem like «${where} — ${entry}, ${field}: …${message}…» among:\n${messages.join('\n')}`).toBeDefined();
      });
    }
  });

  describe('docs/editing.md explains every message of tests/fixtures/invalid/', () => {
    const docs = readFileSync(join(ROOT, 'docs/editing.md'), 'utf-8');
    for (const fixture of invalidFixtures()) {
      it(fixture.name, () => {
        // The fixed part of the message: without quoted values, numbers and paths.
        const fixed = fixture.expect.message
          .split(/"[^"]*"|\b\d+\b|content\/\S+|\([^)]*\)|: |; fields.*$/)
          .map((part) => part.trim())
          .sort((a, b) => b.length - a.length)[0];
        expect(docs).toContain(fixed);
      });
    }
  });

  const folder = (files: Record<string, string>) => ({ dir: 'content', files: new Map(Object.entries(files)) });

  it('reports one problem for an empty source text, not one per citation of it', () => {
    const seed = readContentDir(ROOT);
    expect(seed.problems).toEqual([]);
    const { problems } = readContentDir(contentWith(invalidFixtures().find((f) => f.name === 'source-empty-text.yaml')!));
    expect(problems.map(formatProblem)).toEqual([
      'content/sources/2016-02-21-amman-syria-ceasefire.txt:1 — source "2016-02-21-amman-syria-ceasefire", field "(file)": the article text is empty: paste the article, one paragraph per line',
    ]);
  });

  it('keeps an unquoted front-matter date as the text written: no YAML timestamp, no time zone shift', () => {
    const mdx = '---\ntitle: A title\ndek: A standfirst of some length.\nsummary: A summary of some length.\npublished: 2016-02-21\nsources: [a]\n---\nText.\n';
    const { entries, problems } = readContent(folder({ 'explainers/x.mdx': mdx, 'sources/a.yaml': 'title: Art\nkind: newspaper\noutlet: Us\ndateline: Here\npublished: 2016-02-21\n', 'sources/a.txt': 'One.\n' }));
    expect(problems).toEqual([]);
    expect(entries.explainers[0].data.published).toBe('2016-02-21');
    expect(entries.explainers[0].bodyLine).toBe(8);
  });

  it('refuses a file the kit would not read, naming where it should go', () => {
    const { problems } = readContent(folder({ 'actor.yaml': '[]\n', 'events/sub/x.yaml': '[]\n', 'explainers/x.md': 'x' }));
    expect(problems.map(formatProblem)).toEqual([
      'content/actor.yaml — file "actor.yaml", field "(file)": is not read by the kit: content goes in explainers/, events/, figures/, sources/, actors/, glossary/, places/, actors.yaml, glossary.yaml or places.yaml',
      'content/explainers/x.md — explainer "x", field "(file)": is not read: an explainer is an .mdx file, e.g. x.mdx',
      'content/events/sub/x.yaml — event "sub/x", field "(file)": is in a sub-folder, which the kit does not read: move it to content/events/x.yaml',
    ]);
  });

  it('refuses a citation of a source the explainer does not list, so no citation is shown nowhere', () => {
    const src = (title: string) => `title: ${title}\nkind: newspaper\noutlet: Us\ndateline: Here\npublished: 2016-02-21\n`;
    const mdx = '---\ntitle: A title\ndek: A standfirst of some length.\nsummary: A summary of some length.\npublished: 2016-02-21\nsources: [a]\nroles:\n  kim:\n    role: Mayor\n    citation: { article: b, paragraphs: [1] }\n---\nText.\n';
    const events = '- id: vote\n  lane: politics\n  date: 2016-02-20\n  title: The council votes\n  description: The council votes on the plan.\n  citation: { article: b, paragraphs: [1] }\n';
    const { problems } = readContent(
      folder({
        'explainers/x.mdx': mdx,
        'events/x.yaml': events,
        'actors.yaml': '- id: kim\n  name: Kim Lee\n  kind: person\n',
        'sources/a.yaml': src('Art'),
        'sources/a.txt': 'One.\n',
        'sources/b.yaml': src('Other'),
        'sources/b.txt': 'Two.\n',
      }),
    );
    const messages = problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/explainers\/x\.mdx:10 — explainer "x", field "roles\.kim\.citation\.article": cites "b", which content\/explainers\/x\.mdx does not list in its front matter "sources": add it there$/),
      expect.stringMatching(/^content\/events\/x\.yaml:6 — event "vote", field "citation\.article": cites "b", which content\/explainers\/x\.mdx does not list/),
    ]);
  });
});
