import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, projectCopy } from '../helpers/project-copy';

const build = (dir: string) => astro(dir, ['build']);

describe('astro build with malformed content', () => {
  it('fails, naming file and line, entry and field of every mistake in the file', () => {
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
  actors: [jon-kerry]
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
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/syria-ceasefire-2016.yaml:2 — event "impossible-date", field "date": must be a real date');
    expect(output).toContain('content/events/syria-ceasefire-2016.yaml:14 — event "no-citation", field "citation": is required');
    expect(output).toContain('content/events/syria-ceasefire-2016.yaml:24 — event "script-url", field "citation.url"');
    expect(output).not.toContain('[build] Complete!');
  }, 120_000);

  it('fails on a cross-reference: an unknown actor id, naming file, line, entry and field', () => {
    const dir = projectCopy();
    writeFileSync(
      join(dir, 'content/events/syria-ceasefire-2016.yaml'),
      `- id: unknown-actor
  date: 2016-02-12
  lane: diplomacy
  title: An event naming nobody we know
  description: The actor id is misspelt.
  actors: [united-states, jon-kerry]
  citation: { article: 2016-02-21-amman-syria-ceasefire, paragraphs: [9] }
`,
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/syria-ceasefire-2016.yaml:6 — event "unknown-actor", field "actors.1": unknown actor "jon-kerry"');
  }, 120_000);

  it('fails on a paraphrase presented as a quote, with file:line and the paragraph that reports the words', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/explainers/syria-ceasefire-2016.mdx');
    const text = readFileSync(file, 'utf-8');
    const sentence = 'Kerry said the truce could begin in the next few days';
    const line = text.slice(0, text.indexOf(sentence)).split('\n').length;
    // ¶2 is the reporter's paraphrase: "The truce could begin in the next few days, Mr Kerry said".
    writeFileSync(file, text.replace(sentence, 'Kerry said the truce could begin "in the next few days"'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/explainers/syria-ceasefire-2016.mdx:${line} — quote "text", field "quotation marks": paraphrase presented as a quote: "in the next few days" is reported speech in ¶2`,
    );
  }, 120_000);
});
