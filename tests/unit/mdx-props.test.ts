import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';
import * as components from '../../src/components/mdx/index.ts';
import { registerExplainerData } from '../../src/components/mdx/context.ts';
import { guideData, GUIDE_SLUG } from '../../src/pages/guide/_data.ts';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { lintMdx } from '../../src/content/mdx/lint.ts';

// Components render in Astro's container with the guide's example data (a storm in Harwick),
// registered as if it were the explainer content/explainers/props-test.mdx.
const FILE = 'content/explainers/props-test.mdx';
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
  registerExplainerData('props-test', { ...guideData([]), file: FILE });
});

type Name = keyof typeof components;
const render = (name: Name, props: Record<string, unknown>, children?: string) =>
  container.renderToString(components[name] as never, { props, locals: { explainer: 'props-test' }, slots: children ? { default: children } : {} });

/** The error a component throws for these props, or a failure if it renders. */
async function errorOf(name: Name, props: Record<string, unknown>, children?: string): Promise<string> {
  try {
    await render(name, props, children);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`<${name}> rendered with invalid props ${JSON.stringify(props)}`);
}

const cases: { name: Name; props: Record<string, unknown>; children?: string; message: string }[] = [
  { name: 'Ref', props: {}, message: '<Ref> prop "paragraphs": is required: the paragraph numbers, e.g. paragraphs={[1, 7]}' },
  { name: 'Ref', props: { paragraphs: [2, 40] }, message: '<Ref> prop "paragraphs": paragraph 40 does not exist: article "guide-example-report" has 6 paragraphs' },
  { name: 'Ref', props: { paragraphs: '2' }, message: '<Ref> prop "paragraphs": must be a list of paragraph numbers, e.g. {[1, 7]}' },
  { name: 'Ref', props: { paragraphs: [1], article: 'other' }, message: '<Ref> prop "article": "other" is not a known source article of this explainer (front matter "sources"); allowed: guide-example-report' },
  { name: 'Actor', props: { id: 'tomas' }, message: '<Actor> prop "id": "tomas" is not a known actor id (content/actors.yaml or content/actors/*.yaml); did you mean `tomas-berg`?' },
  { name: 'Actor', props: {}, message: '<Actor> prop "id": is required: an actor id (content/actors.yaml or content/actors/*.yaml); allowed: tomas-berg' },
  { name: 'Term', props: { id: 'amber' }, children: 'amber', message: '<Term> prop "id": "amber" is not a known glossary term id (content/glossary.yaml or content/glossary/*.yaml); did you mean `amber-warning`?' },
  { name: 'Quote', props: { speaker: 'berg', paragraphs: [3] }, children: '<p>Words</p>', message: '<Quote> prop "speaker": "berg" is not a known actor id' },
  { name: 'Quote', props: { speaker: 'tomas-berg', paragraphs: [3] }, message: '<Quote> prop "children": is required: the quoted words between <Quote …> and </Quote>' },
  { name: 'Quote', props: { speaker: 'tomas-berg' }, children: '<p>Words</p>', message: '<Quote> prop "paragraphs": is required: the paragraphs that carry the quote, e.g. paragraphs={[4]}' },
  { name: 'Callout', props: { tone: 'warning', title: 'Note' }, message: '<Callout> prop "tone": must be one of: note, open-question, context' },
  { name: 'Callout', props: {}, message: '<Callout> prop "title": is required: a short heading for the box, e.g. title="Still open"' },
  { name: 'KeyFacts', props: { asOf: '12 January 2032' }, children: '<ul><li>x</li></ul>', message: '<KeyFacts> prop "asOf": must be a real date written YYYY-MM-DD, e.g. 2016-02-21' },
  { name: 'KeyFacts', props: {}, message: '<KeyFacts> prop "children": is required: write 3 to 5 facts as a list between <KeyFacts> and </KeyFacts>, each ending in its citation, e.g. <Ref paragraphs={[1]} />' },
  { name: 'KeyTerms', props: { terms: ['amber-warning', 'gale'] }, message: '<KeyTerms> prop "terms.1": "gale" is not a known glossary term id' },
  { name: 'WhoIsWho', props: { colour: 'red' }, message: '<WhoIsWho> prop "colour": not a prop of <WhoIsWho>; allowed props: title, explainer' },
  { name: 'Sources', props: { title: '' }, message: '<Sources> prop "title": must not be empty' },
  { name: 'Sources', props: { explainer: 'nope' }, message: '<Sources> prop "explainer": "nope" is not a known explainer' },
  { name: 'TeacherNotes', props: { questions: ['Why did it flood?'] }, message: '<TeacherNotes> prop "goals": is required: what students should be able to do, e.g. goals={["Tell a truce from a ceasefire"]}' },
  { name: 'TeacherNotes', props: { goals: ['Read a warning.'], questions: 'Why?' }, message: '<TeacherNotes> prop "questions": must be a list of sentences, e.g. questions={["…", "…"]}' },
  { name: 'TeacherNotes', props: { goals: ['Read a warning.'], questions: ['Why did it flood?'], vocabulary: ['amber'] }, message: '<TeacherNotes> prop "vocabulary.0": "amber" is not a known glossary term id (content/glossary.yaml or content/glossary/*.yaml); did you mean `amber-warning`?' },
  // Timeline and CasualtyChart belong to their own modules; their errors must name the file and the allowed values too.
  { name: 'Timeline', props: { events: ['storm-arrives', 'storm-leaves'] }, message: '<Timeline> prop "events.1": "storm-leaves" is not a known event id; allowed: storm-arrives, seafront-wall, second-storm, national-plan' },
  { name: 'CasualtyChart', props: { incidents: ['pier'] }, message: '<CasualtyChart> prop "incidents.0": "pier" is not a known incident id; allowed: seafront-wall' },
  { name: 'LocatorMap', props: { places: ['harwik'] }, message: '<LocatorMap> prop "places.0": "harwik" is not a known place id (content/places.yaml); did you mean `harwick`?' },
];

describe('MDX component props', () => {
  it('every component of the barrel has a prop-validation case', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(Object.keys(components)));
  });

  for (const c of cases) {
    it(`<${c.name} ${JSON.stringify(c.props)}> fails naming the component, the MDX file, the prop and what is allowed`, async () => {
      const message = await errorOf(c.name, c.props, c.children);
      expect(message.startsWith(`Invalid props for <${c.name}> in ${FILE}:\n  • `), message).toBe(true);
      expect(message).toContain(c.message);
    });
  }

  it('the same components render with valid props', async () => {
    expect(await render('Actor', { id: 'tomas-berg' })).toContain('href="#actor-tomas-berg"');
    expect(await render('Ref', { paragraphs: [1, 6] })).toContain('href="#source-guide-example-report-p6"');
    expect(await render('Callout', { title: 'Still open', tone: 'open-question' }, '<p>x</p>')).toContain('Open question: Still open');
  });
});

/** The case written in MDX, as an editor would: every value as a literal. */
const asMdx = (c: (typeof cases)[number]) => {
  const props = Object.entries(c.props).map(([k, v]) => `${k}={${JSON.stringify(v)}}`).join(' ');
  return c.children ? `<${c.name} ${props}>\n${c.children}\n</${c.name}>\n` : `<${c.name} ${props} />\n`;
};

describe('the content lint on the same props', () => {
  const guide = readContentDir(ROOT, 'src/pages/guide/_content');
  // The lint reads the explainer's data by its slug: the guide's example explainer.
  const lint = (mdx: string) => lintMdx([{ id: GUIDE_SLUG, file: FILE, text: mdx }], guide.input).filter((p) => p.field !== '(page)');

  for (const c of cases) {
    it(`<${c.name} ${JSON.stringify(c.props)}> gets the component's own message, with its line`, () => {
      const [prop, message] = /^<\w+> prop "([^"]*)": (.*)$/.exec(c.message)!.slice(1);
      const problems = lint(`Some text.\n\n${asMdx(c)}`);
      const found = problems.find((p) => p.field === prop && p.message.startsWith(message));
      expect(found, `expected «${prop}: ${message}» among ${JSON.stringify(problems)}`).toMatchObject({ file: FILE, line: 3, entry: `<${c.name}>` });
    });
  }
});

describe('docs/editing.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/editing.md'), 'utf-8');
  for (const c of cases) {
    it(`lists the <${c.name}> message «${c.message}»`, () => {
      // The fixed part of the message: without the quoted values, numbers and lists of allowed ids.
      const fixed = c.message
        .replace(/^<\w+> prop "[^"]*": /, '')
        .split(/<[A-Z]\w*>|"[^"]*"|\b\d+\b|allowed: .*$|did you mean .*$|allowed props: .*$|\(content\/[^)]*\)/)
        .map((s) => s.trim())
        .sort((a, b) => b.length - a.length)[0];
      expect(docs).toContain(fixed);
    });
  }
});
