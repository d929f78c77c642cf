import { describe, expect, it } from 'vitest';
import { readContent } from './read.ts';
import { lintMdx } from './mdx/lint.ts';
import { formatProblem, inReadingOrder } from './problems.ts';
import { parseDocument, LineCounter } from 'yaml';
import { syntaxProblem } from './yaml.ts';

const SOURCE = { 'sources/a.yaml': 'title: Art\nkind: newspaper\noutlet: Us\ndateline: Here\npublished: 2031-02-21\n', 'sources/a.txt': 'One.\nTwo.\nThree.\n' };
const event = (id: string, extra = '') => `- id: ${id}\n  lane: court\n  date: 2031-02-20\n  title: The court sits\n  description: The court sits for the day.\n${extra}  citation: { article: a, paragraphs: [1] }\n`;
const lint = (files: Record<string, string>) => {
  const read = readContent({ dir: 'content', files: new Map(Object.entries(files)) });
  return inReadingOrder([...read.problems, ...lintMdx(read.mdx, read.input)]).map(formatProblem);
};

describe('every mistake in one pass (npm run check and the build)', () => {
  it('reads the other entries of a list whose one entry is broken YAML, and names the line to change', () => {
    const events = event('opens') + '- id: broken\n  lane: court\n  title: "An unclosed quote\n  description: Broken.\n' + event('verdict').replace('paragraphs: [1]', 'paragraphs: [9]');
    const mdx = '---\ntitle: A trial\ndek: A standfirst of some length.\nsummary: A summary of some length.\npublished: 2031-02-21\nsources: [a]\n---\nText.\n';
    expect(lint({ ...SOURCE, 'explainers/x.mdx': mdx, 'events/x.yaml': events })).toEqual([
      'content/events/x.yaml:9 — event "broken", field "(entry)": YAML syntax error: the quote (") opened on this line is never closed: add the closing " at the end of the value',
      'content/events/x.yaml:16 — event "verdict", field "citation.paragraphs.0": paragraph 9 does not exist: article "a" has 3 paragraphs',
    ]);
  });

  it('reports an entry\'s wrong date and its wrong paragraph together, and the MDX body of an explainer whose front matter is wrong', () => {
    const events = event('opens').replace('2031-02-20', '2031-02-30').replace('paragraphs: [1]', 'paragraphs: [26]');
    const mdx = '---\ntitle: A trial\ndek: A standfirst of some length.\npublished: 2031-02-21\nsources: [a]\n---\nText <Timline />.\n\n<Ref paragraphs={[7]} />\n\n<Sources />\n';
    const messages = lint({ ...SOURCE, 'explainers/x.mdx': mdx, 'events/x.yaml': events });
    expect(messages).toEqual([
      expect.stringMatching(/^content\/explainers\/x\.mdx:\d — explainer "x", field "summary": is required/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:7 — component "<Timline>", field "\(component\)": there is no component <Timline>/),
      expect.stringMatching(/^content\/explainers\/x\.mdx:9 — component "<Ref>", field "paragraphs": paragraph 7 does not exist/),
      expect.stringMatching(/^content\/events\/x\.yaml:3 — event "opens", field "date": 2031-02-30 is not a real day/),
      expect.stringMatching(/^content\/events\/x\.yaml:6 — event "opens", field "citation\.paragraphs\.0": paragraph 26 does not exist/),
    ]);
  });
});

describe('a published page with an empty data component (npm run check and the build alike)', () => {
  const page = (extra: string) => `---\ntitle: A trial\ndek: A standfirst of some length.\nsummary: A summary of some length.\npublished: 2031-02-21\nsources: [a]\n${extra}---\nText.\n\n<Timeline />\n\n<CasualtyChart />\n`;
  it('names the component, its line and the file to fill, for a published page only', () => {
    expect(lint({ ...SOURCE, 'explainers/x.mdx': page(''), 'events/x.yaml': event('opens') })).toEqual([
      'content/explainers/x.mdx:12 — component "<CasualtyChart>", field "(content)": the content file figures/x.yaml lists no incidents. Add incidents (each with its citation), or remove <CasualtyChart /> from the explainer.',
    ]);
    expect(lint({ ...SOURCE, 'explainers/x.mdx': page('draft: true\n') })).toEqual([]);
  });
  it('names the explainer a component draws from: its own file when it names another explainer', () => {
    const mdx = page('').replace('<Timeline />', '<Timeline explainer="y" />').replace('\n<CasualtyChart />\n', '');
    const other = page('').replace('<Timeline />', '').replace('<CasualtyChart />', '');
    expect(lint({ ...SOURCE, 'explainers/x.mdx': mdx, 'explainers/y.mdx': other, 'events/x.yaml': event('opens') })).toEqual([
      'content/explainers/x.mdx:10 — component "<Timeline>", field "(content)": the content file events/y.yaml lists no events. Add events (each with its citation), or remove <Timeline /> from the explainer.',
    ]);
  });
});

describe('syntaxProblem(): the YAML parser\'s errors in an editor\'s words', () => {
  const said = (text: string) => {
    const e = parseDocument(text, { lineCounter: new LineCounter() }).errors[0];
    return syntaxProblem(e.code, e.message, e.linePos?.[0]?.line ?? 1, text);
  };
  it('points at the over-indented line, not the one before', () => {
    expect(said('- id: a\n  title: A\n   description: B\n')).toEqual({ line: 3, message: 'this line is indented more than the field above it: line it up with the other fields of the entry' });
  });
  it('says to quote a value holding ": "', () => {
    expect(said('- id: a\n  title: Kerry: a deal\n').message).toMatch(/put the whole value in quotes/);
  });
  it('says a line is indented less than its entry', () => {
    expect(said('- id: a\n  title: A\n description: B\n')).toMatchObject({ line: 3, message: expect.stringMatching(/indented less/) });
  });
  it('names a tab', () => {
    expect(said('- id: a\n\ttitle: A\n')).toMatchObject({ line: 2, message: expect.stringMatching(/tab/) });
  });
  it('points at the line where an unclosed quote opens', () => {
    expect(said('- id: a\n  title: "A\n  description: B\n- id: b\n')).toMatchObject({ line: 2 });
  });
});
