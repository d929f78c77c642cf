import { describe, expect, it } from 'vitest';
import { readContent } from './read.ts';
import { lintMdx } from './mdx/lint.ts';
import { formatProblem, inReadingOrder } from './problems.ts';

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
});
