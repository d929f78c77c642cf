import { describe, expect, it } from 'vitest';
import { readContent } from './read.ts';
import { lintMdx } from './mdx/lint.ts';
import { formatProblem, inReadingOrder } from './problems.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintContent } from '../../scripts/lint-content.ts';
import { PLACEHOLDERS } from '../../scripts/new.ts';

// The mistakes of a cold editor trial (a newsroom editor writing a trial explainer from the docs
// alone), each reported once, in the first run, one line each.
const FILES = {
  'sources/a.yaml': 'title: Art\nkind: newspaper\noutlet: Us\ndateline: Here\npublished: 2031-02-21\n',
  'sources/a.txt': 'The court opened the trial.\nDaniel Orme said: "I did not see the ledger."\nThe jury retired.\n',
  'actors.yaml': '- id: daniel-orme\n  name: Daniel Orme\n  kind: person\n',
};
const FRONT = '---\ntitle: A trial\ndek: A standfirst of some length.\nsummary: A summary of some length.\npublished: 2031-02-21\nsources: [a]\n---\n';
const TAIL = '\n<WhoIsWho />\n\n<Sources />\n';
const lint = (files: Record<string, string>) => {
  const read = readContent({ dir: 'content', files: new Map(Object.entries({ ...FILES, ...files })) });
  return inReadingOrder([...read.problems, ...lintMdx(read.mdx, read.input)]).map(formatProblem);
};

describe('a cold editor trial: one slip, one line, all in the first run', () => {
  it('a quote cited to a paragraph that does not exist: the paragraph line only, no "has no citation"', () => {
    const body = 'Orme said "I did not see the ledger" <Ref paragraphs={[16]} />.\n' + TAIL;
    expect(lint({ 'explainers/x.mdx': FRONT + body })).toEqual([
      'content/explainers/x.mdx:8 — component "<Ref>", field "paragraphs": paragraph 16 does not exist: article "a" has 3 paragraphs',
    ]);
  });

  it('a misspelt <Quote> prop: one line naming the prop meant', () => {
    const body = '<Quote speeker="daniel-orme" paragraphs={[2]}>\n  I did not see the ledger.\n</Quote>\n' + TAIL;
    expect(lint({ 'explainers/x.mdx': FRONT + body })).toEqual([
      'content/explainers/x.mdx:8 — component "<Quote>", field "speeker": `speeker` is not a prop of <Quote>: did you mean `speaker`?',
    ]);
  });

  it('a YAML slip in the front matter: the body is still checked, quotes included, in the same run', () => {
    const front = FRONT.replace('summary: A summary of some length.\n', 'summary: A summary of some length.\n   tags: [trial]\n');
    const body = 'Orme said "he never saw the ledger" <Ref paragraphs={[2]} />.\n\n<Actor ident="daniel-orme" />\n\n<div>x</div>\n\n[court](javascript:alert(1))\n' + TAIL;
    expect(lint({ 'explainers/x.mdx': front + body })).toEqual([
      'content/explainers/x.mdx:5 — explainer "x", field "(entry)": YAML syntax error: this line is indented more than the field above it: line it up with the other fields of the entry',
      expect.stringMatching(/^content\/explainers\/x\.mdx:9 — quote "text", field "quotation marks": "he never saw the ledger" is not the words/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:11 — component "<Actor>", field "ident": /),
      expect.stringMatching(/^content\/explainers\/x\.mdx:13 — mdx "x", field "<div>": is not allowed/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:15 — mdx "x", field "\(link\)": "javascript:alert\(1\)" is not an address/),
    ]);
  });

  it('a published explainer with a field error and the placeholder dek of `npm run new`: both, and the paraphrase, in one run', () => {
    const root = mkdtempSync(join(tmpdir(), 'editor-trial-'));
    const front = FRONT.replace('dek: A standfirst of some length.', `dek: "${PLACEHOLDERS.dek}"`).replace('published: 2031-02-21', 'published: 21 February 2031').replace('---\n', '---\ndraft: false\n');
    const body = 'Orme said "he never saw the ledger" <Ref paragraphs={[2]} />.\n' + TAIL;
    for (const [path, text] of Object.entries({ ...FILES, 'explainers/x.mdx': front + body })) {
      mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
      writeFileSync(join(root, 'content', path), text);
    }
    expect(lintContent(root).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/explainers\/x\.mdx:4 — explainer "x", field "dek": still has the placeholder text of `npm run new`/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:6 — explainer "x", field "published": /),
      expect.stringMatching(/^content\/explainers\/x\.mdx:9 — quote "text", field "quotation marks": "he never saw the ledger" is not the words/),
    ]);
  });

  it('<br> as HTML writes it: "write <br /> (MDX needs the slash)" at its line, and the file\'s other mistakes too', () => {
    const body = 'The court opened.<br>The jury retired.<br>Then <hr> a break.\n\n<Actor ident="daniel-orme" />\n\n<div>x</div>\n' + TAIL;
    expect(lint({ 'explainers/x.mdx': FRONT + body })).toEqual([
      'content/explainers/x.mdx:8 — mdx "x", field "<br>": write <br /> (MDX needs the slash)',
      'content/explainers/x.mdx:8 — mdx "x", field "<br>": write <br /> (MDX needs the slash)',
      expect.stringMatching(/^content\/explainers\/x\.mdx:8 — mdx "x", field "<hr>": is not allowed in an explainer/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:10 — component "<Actor>", field "ident": /),
      expect.stringMatching(/^content\/explainers\/x\.mdx:12 — mdx "x", field "<div>": is not allowed/),
    ]);
  });

  it('an over-indented line in a list entry names that entry, not "(file)"', () => {
    const events = '- id: orme-testifies\n  lane: court\n  date: 2031-02-20\n    title: Orme testifies\n  description: Orme gives evidence.\n  citation: { article: a, paragraphs: [2] }\n';
    expect(lint({ 'explainers/x.mdx': FRONT + 'Text.\n', 'events/x.yaml': events })).toEqual([
      'content/events/x.yaml:4 — event "orme-testifies", field "(entry)": YAML syntax error: this line is indented more than the field above it: line it up with the other fields of the entry',
    ]);
  });

  it('the first field under a parent indented too far is the line named, not the next field', () => {
    const front = FRONT.replace('sources: [a]\n', 'sources: [a]\nroles:\n  daniel-orme:\n      role: Witness\n    citation: { article: a, paragraphs: [2] }\n');
    expect(lint({ 'explainers/x.mdx': front + 'Text.\n' })).toEqual([
      'content/explainers/x.mdx:9 — explainer "x", field "(entry)": YAML syntax error: this line is indented more than the fields below it: line the fields under "daniel-orme:" up with each other',
    ]);
  });
});
