import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, projectCopy } from '../helpers/project-copy.ts';

/** The 1-based line of the first line of `text` holding `needle`. */
const lineOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is in the file`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
};

// One copy of the seed with a mistake of each kind an editor makes, in YAML and in MDX, built once:
// the build must stop before any page is written and name every one of them, in one pass.
describe('astro build with malformed content', () => {
  it('fails in one pass, naming file and line, entry and field of every mistake: YAML values, cross-references, quotes and component props', () => {
    const dir = projectCopy();
    writeFileSync(
      join(dir, 'content/events/syria-ceasefire-2016.yaml'),
      `- id: impossible-date
  date: 2016-02-30
  lane: diplomacy
  title: An event on a day that does not exist
  description: February 2016 had 29 days.
  citation: { article: 2016-02-21-amman-syria-ceasefire, paragraphs: [9] }
- id: unknown-actor
  date: 2016-02-12
  lane: diplomacy
  title: An event naming nobody we know
  description: The actor id is misspelt.
  actors: [united-states, jon-kerry]
  citation: { article: 2016-02-21-amman-syria-ceasefire, paragraphs: [9] }
- id: no-citation
  date: 2016-02-12
  lane: diplomacy
  title: An event without a source
  description: Nothing says where this comes from.
- id: script-url
  date: 2016-02-26
  lane: diplomacy
  title: A context event with a script for a link
  description: The URL is not a web address.
  citation: { document: Resolution 2268, date: 2016-02-26, url: "javascript:alert(1)" }
`,
    );
    const file = join(dir, 'content/explainers/syria-ceasefire-2016.mdx');
    // ¶2 is the reporter's paraphrase: "The truce could begin in the next few days, Mr Kerry said".
    const mdx = readFileSync(file, 'utf-8')
      .replace('Kerry said the truce could begin in the next few days', 'Kerry said the truce could begin "in the next few days"')
      .replace('<CasualtyChart />', "<CasualtyChart incidents={['damascus-bombing']} />")
      .replace('<Callout tone="context"', '<Callout tone="question"')
      .replace('\n## ', '\nAsked by <Actor id="jon-kerry" />.\n\n## ');
    writeFileSync(file, mdx);

    const { status, output } = astro(dir, ['build']);
    expect(status).not.toBe(0);
    const events = 'content/events/syria-ceasefire-2016.yaml';
    const explainer = 'content/explainers/syria-ceasefire-2016.mdx';
    expect(output).toContain(`${events}:2 — event "impossible-date", field "date": 2016-02-30 is not a real day (the month has no day 30)`);
    expect(output).toContain(`${events}:12 — event "unknown-actor", field "actors.1": unknown actor "jon-kerry": add it to content/actors.yaml or fix the id; did you mean \`john-kerry\`?`);
    expect(output).toContain(`${events}:14 — event "no-citation", field "citation": is required`);
    expect(output).toContain(`${events}:24 — event "script-url", field "citation.url"`);
    expect(output).toContain(
      `${explainer}:${lineOf(mdx, 'Kerry said the truce could begin "in')} — quote "text", field "quotation marks": paraphrase presented as a quote: "in the next few days" is reported speech in ¶2`,
    );
    expect(output).toMatch(
      new RegExp(`${explainer}:${lineOf(mdx, '<CasualtyChart incidents')} — component "<CasualtyChart>", field "incidents\\.0": "damascus-bombing" is not a known incident id; did you mean \`damascus-bombings\`\\?`),
    );
    expect(output).toContain(`${explainer}:${lineOf(mdx, '<Callout tone="question"')} — component "<Callout>", field "tone": must be one of: note, open-question, context`);
    expect(output).toMatch(new RegExp(`${explainer}:${lineOf(mdx, '<Actor id="jon-kerry"')} — component "<Actor>", field "id": "jon-kerry" is not a known actor id \\(content/actors\\.yaml or content/actors/\\*\\.yaml\\); did you mean \`john-kerry\`\\?`));
    // Before any page: nothing built, no stack trace.
    expect(output).not.toContain('[build] Complete!');
    expect(output).not.toMatch(/^\s+at /m);
  }, 180_000);
});
