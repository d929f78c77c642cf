import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../tests/helpers/clean-env.ts';
import { formatProblem } from '../src/content/problems.ts';
import { lintContent } from './lint-content.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = 'tests/fixtures/site/content';
const SLUG = 'fixture-harbour-strike';
const MDX = `content/explainers/${SLUG}.mdx`;

/** The fixture site's content in a temp project, with the explainer's body replaced. */
function projectWithBody(body: string, extra?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  cpSync(join(ROOT, FIXTURE), join(dir, 'content'), { recursive: true });
  const file = join(dir, MDX);
  const text = readFileSync(file, 'utf-8');
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text)![0];
  writeFileSync(file, fm + body);
  extra?.(dir);
  return dir;
}

function lint(dir: string): string[] {
  return lintContent(dir).map(formatProblem);
}

// The body's first line: the line after the fixture explainer's front matter.
const L = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(join(ROOT, FIXTURE, 'explainers', `${SLUG}.mdx`), 'utf-8'))![0].split('\n').length;
const cases: { rule: string; body: string; expected: string }[] = [
  {
    rule: 'an <Actor> id that does not exist',
    body: 'The director <Actor id="ana-ruis" /> spoke.\n\n<WhoIsWho />\n',
    expected: `${MDX}:${L} — component "<Actor>", field "id": "ana-ruis" is not a known actor id (content/actors.yaml or content/actors/*.yaml); did you mean \`ana-ruiz\`?`,
  },
  {
    rule: 'an <Actor> without an id',
    body: '\n<Actor>the director</Actor>\n\n<WhoIsWho />\n',
    expected: `${MDX}:${L + 1} — component "<Actor>", field "id": is required`,
  },
  {
    rule: 'a <Term> id that does not exist',
    body: 'A <Term id="mediater">mediator</Term> chairs.\n',
    expected: `${MDX}:${L} — component "<Term>", field "id": "mediater" is not a known glossary term id`,
  },
  {
    rule: 'a <Timeline> referring to events that do not exist',
    body: '\n\n<Timeline events={["strike-begins", "strike-ends"]} />\n',
    expected: `${MDX}:${L + 2} — component "<Timeline>", field "events.1": "strike-ends" is not a known event id; allowed: crane-collapse, strike-begins, talks-resume`,
  },
  {
    rule: 'a <Ref> to a paragraph the article does not have',
    body: 'Workers struck <Ref paragraphs={[1, 9]} />.\n\n<Sources />\n',
    expected: `${MDX}:${L} — component "<Ref>", field "paragraphs": paragraph 9 does not exist: article "fixture-harbour-report" has 5 paragraphs`,
  },
  {
    rule: 'a <Quote> to a paragraph the article does not have',
    body: '<Quote speaker="ana-ruiz" paragraphs={[6]}>\n  <p>Regrettable.</p>\n</Quote>\n\n<WhoIsWho />\n\n<Sources />\n',
    expected: `${MDX}:${L} — component "<Quote>", field "paragraphs": paragraph 6 does not exist`,
  },
  {
    rule: 'a <Quote> speaker that does not exist',
    body: '<Quote speaker="ana" paragraphs={[3]}>\n  <p>Regrettable.</p>\n</Quote>\n\n<WhoIsWho />\n\n<Sources />\n',
    expected: `${MDX}:${L} — component "<Quote>", field "speaker": "ana" is not a known actor id`,
  },
  {
    rule: 'a <Ref> to an article the explainer does not list',
    body: 'Workers struck <Ref article="other-report" paragraphs={[1]} />.\n\n<Sources />\n',
    expected: `${MDX}:${L} — component "<Ref>", field "article": "other-report" is not a known source article of this explainer (front matter "sources"); allowed: fixture-harbour-report`,
  },
  {
    rule: 'a <CasualtyChart> incident that does not exist',
    body: '<CasualtyChart incidents={["crane"]} />\n',
    expected: `${MDX}:${L} — component "<CasualtyChart>", field "incidents.0": "crane" is not a known incident id; did you mean \`crane-collapse\`?`,
  },
  {
    rule: 'a component pointing at a draft explainer (the build leaves drafts out)',
    body: 'Text.\n\n<Timeline explainer="fixture-editors-draft" />\n',
    expected: `${MDX}:${L + 2} — component "<Timeline>", field "explainer": "fixture-editors-draft" is a draft (draft: true), left out of the built site: publish it first, or point at a published explainer`,
  },
  {
    rule: 'a component that does not exist',
    body: 'Text.\n\n<Timline />\n',
    expected: `${MDX}:${L + 2} — component "<Timline>", field "(component)": there is no component <Timline>; available:`,
  },
  {
    rule: 'citations with no <Sources /> on the page',
    body: 'Workers struck <Ref paragraphs={[1]} />.\n',
    expected: `${MDX}:${L} — component "<Ref>", field "(page)": the page cites paragraphs but has no <Sources />`,
  },
  {
    rule: 'names linked to "Who\'s who" with no <WhoIsWho /> on the page',
    body: 'Text.\n\n<Actor id="ana-ruiz" />\n',
    expected: `${MDX}:${L + 2} — component "<Actor>", field "(page)": the page links names to "Who's who" but has no <WhoIsWho />`,
  },
  {
    rule: 'an MDX syntax error',
    body: 'Text.\n\n<Ref paragraphs={[1]}\n',
    expected: `${MDX}:${L + 2} — mdx "${SLUG}", field "(entry)": MDX syntax error: Unexpected character after \`<\``,
  },
  // The quote check (fixture ¶3: Ana Ruiz said the strike was "regrettable but not unexpected" and
  // that ferries would keep running).
  {
    rule: 'a paraphrase presented as a quote (reported speech in the cited paragraph)',
    body: 'Text.\n\nAna Ruiz said ferries would "keep running" <Ref paragraphs={[3]} />.\n\n<Sources />\n',
    expected: `${MDX}:${L + 2} — quote "text", field "quotation marks": paraphrase presented as a quote: "keep running" is reported speech in ¶3, not words in quotation marks`,
  },
  {
    rule: 'a quote without a speaker',
    body: 'The strike was "regrettable but not unexpected" <Ref paragraphs={[3]} />.\n\n<Sources />\n',
    expected: `${MDX}:${L} — quote "text", field "quotation marks": "regrettable but not unexpected" names no speaker: say who said it in the same sentence`,
  },
  {
    rule: 'a quote that is not the cited paragraph\'s words, with the nearest passage',
    body: 'Ana Ruiz called the strike\n"regrettable and unexpected" <Ref paragraphs={[3]} />.\n\n<Sources />\n',
    expected: `${MDX}:${L + 1} — quote "text", field "quotation marks": "regrettable and unexpected" is not the words of the cited paragraphs (¶3); nearest passage: ¶3 "regrettable but not unexpected"`,
  },
  {
    rule: 'a <Quote> whose words are not in the paragraph it cites',
    body: 'Text.\n\n<Quote speaker="ana-ruiz" paragraphs={[1]}>\n  <p>Regrettable but not unexpected.</p>\n</Quote>\n\n<Sources />\n',
    expected: `${MDX}:${L + 2} — quote "<Quote>", field "children": "Regrettable but not unexpected." is not the words of the cited paragraphs (¶1)`,
  },
];

describe('content lint (npm run check)', () => {
  it('passes the seed content and the fixture site', () => {
    expect(lintContent(ROOT).map(formatProblem)).toEqual([]);
    expect(lintContent(ROOT, FIXTURE).map(formatProblem)).toEqual([]);
    expect(lintContent(ROOT, 'src/pages/guide/_content').map(formatProblem)).toEqual([]);
  });

  for (const c of cases) {
    it(`fails with file and line on ${c.rule}`, () => {
      const messages = lint(projectWithBody(c.body));
      expect(messages.find((m) => m.startsWith(c.expected)), `expected «${c.expected}…» among:\n${messages.join('\n')}`).toBeDefined();
    });
  }

  it('fails with file and line on an event without a citation', () => {
    const dir = projectWithBody('Text.\n', (d) =>
      writeFileSync(join(d, `content/events/${SLUG}.yaml`), '- id: no-source\n  date: 2030-03-04\n  lane: labour\n  title: An event from nowhere\n  description: Nothing says where this comes from.\n'),
    );
    expect(lint(dir)).toContain(`content/events/${SLUG}.yaml:1 — event "no-source", field "citation": is required: { article: <source id>, paragraphs: [n, …] } or { document: "<title>", date: YYYY-MM-DD, url?: https://… }`);
  });

  it('fails with file and line on a figure without a citation', () => {
    const dir = projectWithBody('Text.\n', (d) =>
      writeFileSync(
        join(d, `content/figures/${SLUG}.yaml`),
        '- id: crane-collapse\n  label: Crane collapse\n  place: Portvale\n  date: 2030-03-03\n  reports:\n    - killed: { qualifier: at-least, value: 2 }\n      reportedAt: 2030-03-04\n',
      ),
    );
    expect(lint(dir).find((m) => m.startsWith(`content/figures/${SLUG}.yaml:6 — incident "crane-collapse", field "reports.0.citation": is required`))).toBeDefined();
  });

  it('as a command, prints every problem and exits 1; exits 0 on good content', () => {
    const bad = projectWithBody('The director <Actor id="ana-ruis" /> spoke.\n\n<WhoIsWho />\n');
    const env = cleanEnv();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts')], { cwd: bad, encoding: 'utf-8', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${MDX}:${L} — component "<Actor>", field "id": "ana-ruis" is not a known actor id`);
    const good = spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts')], { cwd: ROOT, encoding: 'utf-8', env });
    expect(good.stdout + good.stderr).toContain('content/ is fine');
    expect(good.status).toBe(0);
  }, 60_000);
});

/** The longest fixed part of a message (quoted values, numbers and lists of ids left out). */
function stem(message: string): string {
  return message
    .replace(/^.*?field "[^"]*": /, '')
    .split(/<[A-Z]\w*>|"[^"]*"|\b\d+\b|allowed: .*$|did you mean .*$|available: .*$|\(content\/[^)]*\)|content\/\S+/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0];
}

describe('docs/editing.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/editing.md'), 'utf-8');
  for (const c of cases.filter((c) => !c.rule.includes('syntax'))) {
    it(`has the message for ${c.rule} in its table`, () => {
      expect(docs).toContain(stem(c.expected));
    });
  }
});
