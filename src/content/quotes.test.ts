import { describe, expect, it } from 'vitest';
import { readFolder } from './folder-fs.ts';
import { readContent } from './read.ts';
import { formatProblem } from './problems.ts';
import { ROOT } from '../../tests/helpers/content-fixture.ts';

// The quote check as the build and the lint run it (the one reader), on the seed with one passage
// added to its explainer, just before its first section heading.
const SEED = readFolder(ROOT, 'content');
const MDX = 'explainers/syria-ceasefire-2016.mdx';
const FILE = `content/${MDX}`;
const withText = (mdx: string, edit: (text: string) => string = (t) => t.replace('\n## ', `\n${mdx}\n\n## `)) => {
  const files = new Map(SEED.files);
  files.set(MDX, edit(files.get(MDX)!));
  const lineOf = files.get(MDX)!.split('\n').indexOf(mdx.split('\n')[0]) + 1;
  return { messages: readContent({ ...SEED, files }).problems.map(formatProblem), line: lineOf };
};
const at = (line: number, rest: string) => `${FILE}:${line} — quote ${rest}`;

describe('quotes that span paragraphs', () => {
  it('refuses a quotation opened in one paragraph of the explainer and closed in the next', () => {
    const { messages, line } = withText('Kerry said the deal was "not yet\n\ndone" <Ref paragraphs={[3]} />.');
    expect(messages).toEqual([
      at(line, `"text", field "quotation marks": the quotation opened here ("not yet") is not closed in the same paragraph, so its words cannot be checked: a quote lies within one paragraph; close it here, and quote the next paragraph's words on their own`),
    ]);
  });

  it('refuses one quotation stitched from two paragraphs of the source, naming both', () => {
    const { messages, line } = withText('Kerry said "not yet done. The modalities for a cessation of hostilities are now being completed" <Ref paragraphs={[3, 4]} />.');
    expect(messages).toEqual([
      at(line, `"text", field "quotation marks": "not yet done. The modalities for a cessation of hostilities are now being completed" is not in one paragraph: its words are in ¶3 and ¶4; quote each paragraph's words on their own, each with its quotation marks`),
    ]);
  });

  it('accepts a <Quote> whose paragraphs each quote one cited paragraph, and two sentences of one paragraph', () => {
    expect(withText('<Quote speaker="john-kerry" paragraphs={[3, 4]}>\n  <p>not yet done</p>\n  <p>We are closer to a ceasefire today than we have been.</p>\n</Quote>').messages).toEqual([]);
    expect(withText('Kerry said: "The modalities for a cessation of hostilities are now being completed. We are closer to a ceasefire today than we have been" <Ref paragraphs={[4]} />.').messages).toEqual([]);
  });
});

describe('blockquotes are quotations', () => {
  it('checks a blockquote without quotation marks against the paragraphs it cites, with its speaker', () => {
    expect(withText('> We are closer to a ceasefire today than we have been. <Ref paragraphs={[4]} />\n>\n> — <Actor id="john-kerry" />').messages).toEqual([]);
    const fake = withText('> Totally invented words of the secretary <Ref paragraphs={[4]} />\n>\n> — <Actor id="john-kerry" />');
    expect(fake.messages).toEqual([at(fake.line, `"> blockquote", field "children": "Totally invented words of the secretary" is not the words of the cited paragraphs (¶4); nearest passage: ¶4 "The modalities for a cessation of"`)]);
  });

  it('asks a blockquote for its citation and its speaker', () => {
    const uncited = withText('> We are closer to a ceasefire today than we have been.\n>\n> — Kerry');
    expect(uncited.messages).toEqual([at(uncited.line, `"> blockquote", field "children": a blockquote is a quotation: cite the paragraph that holds its words with <Ref paragraphs={[n]} /> inside it (or write it as text, without >)`)]);
    const anonymous = withText('> We are closer to a ceasefire today than we have been. <Ref paragraphs={[4]} />');
    expect(anonymous.messages).toEqual([at(anonymous.line, `"> blockquote", field "speaker": a blockquote is a quotation: name its speaker on a last line, e.g. "— <Actor id="john-kerry" />"`)]);
  });

  it('cites a blockquote’s quotation with the blockquote’s <Ref>, and refuses a paragraph of it left unquoted', () => {
    const { messages, line } = withText('> "We are closer to a ceasefire today than we have been," Kerry said.\n>\n> Words never said by anyone <Ref paragraphs={[4]} />');
    expect(messages).toEqual([
      at(line + 2, `"> blockquote", field "children": "Words never said by anyone" is in a blockquote, which marks a quotation, but is not in quotation marks: quote the speaker's words, or take this paragraph out of the blockquote`),
    ]);
  });
});

describe('quotes in components’ text props', () => {
  it('checks a quote in a <Callout> title against what the box’s body cites', () => {
    const { messages, line } = withText('<Callout title="Kerry said it was “totally finished”">Body text <Ref paragraphs={[3]} /></Callout>');
    expect(messages).toEqual([at(line, `"<Callout>", field "title": "totally finished" is not the words of the cited paragraphs (¶3)`)]);
    expect(withText('<Callout title="Kerry: “not yet done”">Body text <Ref paragraphs={[3]} /></Callout>').messages).toEqual([]);
  });

  it('checks a quote in a <KeyFacts> item against that item’s citation', () => {
    const line = SEED.files.get(MDX)!.split('\n').findIndex((l) => l.includes('though it was "not yet done"')) + 1;
    const { messages } = withText('', (t) => t.replace('though it was "not yet done"', 'though it was "all but signed"'));
    expect(messages).toEqual([at(line, `"text", field "quotation marks": "all but signed" is not the words of the cited paragraphs (¶1, ¶3)`)]);
  });

  it('checks a <KeyFacts> title and a <Quote> role against their citations', () => {
    const title = withText('', (t) => t.replace('<KeyFacts>', '<KeyFacts title="Kerry: “it is all settled”">'));
    expect(title.messages).toEqual([`${FILE}:${SEED.files.get(MDX)!.split('\n').indexOf('<KeyFacts>') + 1} — quote "<KeyFacts>", field "title": "it is all settled" is not the words of the cited paragraphs (¶1, ¶3, ¶7, ¶6, ¶9); nearest passage: ¶9 "long as it is"`]);
    const role = withText('<Quote speaker="john-kerry" paragraphs={[4]} role="who said “I invented this”">\n  <p>We are closer to a ceasefire today than we have been.</p>\n</Quote>');
    expect(role.messages).toEqual([at(role.line, `"<Quote>", field "role": "I invented this" is not the words of the cited paragraphs (¶4)`)]);
  });

  it('checks an attributed quote in a prop of a component that cites nothing against the explainer’s articles; a mention in quotation marks passes', () => {
    const fake = withText('', (t) => t.replace('the deal was “not yet done”', 'the deal was “totally sealed”'));
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatch(/^content\/explainers\/syria-ceasefire-2016\.mdx:\d+ — quote "<TeacherNotes>", field "questions\.0": "totally sealed" is not the words of the cited paragraphs \(¶1, ¶2/);
    expect(withText('', (t) => t.replace('<Timeline title="How it unfolded"', '<Timeline title="How the “truce” unfolded"')).messages).toEqual([]);
  });

  it('checks a quote with a component inside it on its words', () => {
    const { messages, line } = withText('Kerry said "totally <Actor id="john-kerry" /> invented words" <Ref paragraphs={[4]} />.');
    expect(messages).toEqual([at(line, `"text", field "quotation marks": "totally invented words" is not the words of the cited paragraphs (¶4)`)]);
  });
});

describe('a quote cited to the wrong paragraph', () => {
  it('says which paragraph of the article holds the words, instead of a nearest passage', () => {
    // "not yet done" is Kerry's, in ¶3; cited to ¶4.
    const { messages, line } = withText('Kerry said the deal was "not yet done" <Ref paragraphs={[4]} />.');
    expect(messages).toEqual([at(line, `"text", field "quotation marks": "not yet done" is not the words of the cited paragraphs (¶4): they are in ¶3 of the same article; cite ¶3`)]);
  });
});
