import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuote, nearestPassage, normalise, proseQuotes, quoteMessage, quotedPassages, speakerNames, type CitedParagraph, type ProseBlock } from './quote-check.ts';
import { parseSourceText } from '../content/source-text.ts';

// The seed's source article, as the explainer cites it.
const ARTICLE = parseSourceText(readFileSync(join(import.meta.dirname, '../../content/sources/2016-02-21-amman-syria-ceasefire.txt'), 'utf-8'));
const cite = (...ns: number[]): CitedParagraph[] => ns.map((n) => ({ n, text: ARTICLE[n - 1] }));

describe('normalise(text)', () => {
  it('makes quotation marks, dashes and spaces uniform', () => {
    expect(normalise('“We’re  ready” — he\nsaid')).toBe(`"We're ready" - he said`);
  });
});

describe('quotedPassages(paragraph)', () => {
  it('finds the words between curly or straight quotation marks', () => {
    expect(quotedPassages(ARTICLE[3]).map((p) => p.text)).toEqual(['The modalities for a cessation of hostilities are now being completed,', 'We are closer to a ceasefire today than we have been.']);
    expect(quotedPassages('He said "no" twice').map((p) => p.text)).toEqual(['no']);
  });
});

describe('checkQuote(quote, cited paragraphs)', () => {
  it('accepts words the cited paragraph quotes, verbatim', () => {
    expect(checkQuote('not yet done', cite(3))).toEqual({ ok: true });
    expect(checkQuote('the modality and conditions', cite(6))).toEqual({ ok: true });
  });

  it('accepts a quote of several sentences that the paragraph quotes with "he said" between them', () => {
    expect(checkQuote('The modalities for a cessation of hostilities are now being completed. We are closer to a ceasefire today than we have been.', cite(4))).toEqual({ ok: true });
    expect(checkQuote('We announced that we’re ready. It’s about preventing other countries, especially Turkey, from sending more recruits, more terrorists, more armaments, or any kind of logistical support to those terrorists.', cite(10))).toEqual({ ok: true });
  });

  it('ignores typography: straight or curly quotation marks and apostrophes, dashes, line breaks', () => {
    expect(checkQuote("We announced that\nwe're ready", cite(10))).toEqual({ ok: true });
  });

  it('refuses words the paragraph gives as reported speech: paraphrase presented as a quote', () => {
    const verdict = checkQuote('in the next few days', cite(2));
    expect(verdict).toEqual({ ok: false, reason: 'paraphrase', paragraph: 2 });
    expect(quoteMessage('in the next few days', verdict as Exclude<typeof verdict, { ok: true }>, [2])).toMatch(/^paraphrase presented as a quote: "in the next few days" is reported speech in ¶2/);
  });

  it('refuses words that are not in the cited paragraphs, naming the nearest passage', () => {
    const verdict = checkQuote('We are closer to a truce today', cite(4));
    expect(verdict).toEqual({ ok: false, reason: 'not-found', nearest: { paragraph: 4, passage: 'We are closer to a ceasefire today' } });
    expect(quoteMessage('We are closer to a truce today', verdict as Exclude<typeof verdict, { ok: true }>, [4])).toBe(
      '"We are closer to a truce today" is not the words of the cited paragraphs (¶4); nearest passage: ¶4 "We are closer to a ceasefire today"',
    );
  });

  it('refuses a quote whose words are quoted in another paragraph than the one cited', () => {
    expect(checkQuote('not yet done', cite(4))).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('refuses a quote with no cited paragraph', () => {
    expect(checkQuote('not yet done', [])).toEqual({ ok: false, reason: 'no-citation' });
  });
});

describe('quotedPassages(text) in every quotation style', () => {
  const inner = (t: string) => quotedPassages(t).map((q) => q.text);
  it('reads British single quotes, guillemets both ways, German, CJK, full-width and spaced straight quotes', () => {
    expect(inner('Kerry said ‘we will bomb them all’ today')).toEqual(['we will bomb them all']);
    expect(inner("Kerry said 'we will bomb them all' today")).toEqual(['we will bomb them all']);
    expect(inner('Er sagte »wir bomben« und ‹nie›, „heute”, „morgen“ und ‚bald‘')).toEqual(['wir bomben', 'nie', 'heute', 'morgen', 'bald']);
    expect(inner('他说「我们会」和『全部』，〝明天〟')).toEqual(['我们会', '全部', '明天']);
    expect(inner('He said ＂we will＂ and " we will bomb " then')).toEqual(['we will', ' we will bomb ']);
    expect(inner('Il a dit « nous bombarderons » hier')).toEqual([' nous bombarderons ']);
  });
  it('takes no apostrophe for a quotation mark', () => {
    expect(inner("Kerry's aides and the dogs' owners")).toEqual([]);
    expect(inner('Kerry’s aides said ‘the talks won’t end’ today')).toEqual(['the talks won’t end']);
    expect(inner('He said ‘stop!’ twice')).toEqual(['stop!']);
  });
  it('refuses a fabricated quote in any of these styles', () => {
    const cited = [{ n: 1, text: 'Kerry said: “We are closer to a ceasefire today.”' }];
    for (const t of ['‘we will bomb them all’', '»we will bomb them all«', '„we will bomb them all”', '「we will bomb them all」', '‹we will bomb them all›', '＂we will bomb them all＂', '" we will bomb them all "']) {
      const [q] = quotedPassages(`Kerry said ${t} today`);
      expect(q, t).toBeDefined();
      expect(checkQuote(q.text, cited).ok, t).toBe(false);
    }
  });
});

describe('nearestPassage(quote, paragraphs)', () => {
  it('finds a 300-word misquote in a 4,000-word paragraph with near-linear work', () => {
    // A paragraph of 4,000 distinct-ish words; the quote is 300 of them from the middle, one changed.
    const vocabulary = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}`);
    const text = Array.from({ length: 4000 }, (_, i) => vocabulary[(i * 7919) % vocabulary.length]).join(' ');
    const all = text.split(' ');
    const passage = all.slice(2000, 2300);
    const quote = passage.map((w, i) => (i === 150 ? 'changed' : w)).join(' ');
    const work = { comparisons: 0 };
    expect(nearestPassage(quote, [{ n: 3, text }], work)).toEqual({ paragraph: 3, passage: passage.join(' ') });
    // Scoring every window word by word would take 3 × 4,000 × 300² ≈ 10⁹ comparisons.
    expect(work.comparisons).toBeLessThan(3_000_000);
  });

  it('gives no nearest passage for a quote longer than 400 words (the message still names the cited ¶)', () => {
    const long = Array.from({ length: 401 }, (_, i) => `w${i}`).join(' ');
    const work = { comparisons: 0 };
    expect(nearestPassage(long, [{ n: 1, text: long }], work)).toBeUndefined();
    expect(work.comparisons).toBe(0);
  });
});

describe('proseQuotes(block, names)', () => {
  const names = speakerNames([{ name: 'John Kerry', kind: 'person' }, { name: 'Russian foreign ministry', kind: 'organisation' }, { name: 'High Negotiations Committee (HNC)', kind: 'group' }]);
  const text = (t: string, line = 10) => ({ kind: 'text' as const, text: t, line });
  const ref = (...paragraphs: number[]) => ({ kind: 'ref' as const, paragraphs });

  it('finds each quote with the citation of its own sentence and its line', () => {
    const block: ProseBlock = {
      pieces: [text('The agreement was provisional. Kerry declined to give details,\nsaying it was "not yet done" '), ref(3), text('. The Russian foreign ministry spoke of "the modality and conditions" ', 12), ref(6), text('.', 12)],
    };
    expect(proseQuotes(block, names)).toEqual([
      { text: 'not yet done', line: 11, citations: [{ paragraphs: [3] }], hasSpeaker: true },
      { text: 'the modality and conditions', line: 12, citations: [{ paragraphs: [6] }], hasSpeaker: true },
    ]);
  });

  it('takes the block’s citations when the quote’s sentence has none', () => {
    const block: ProseBlock = { pieces: [text('Kerry said it was “not yet done”. He said more '), ref(3, 4), text('.')] };
    expect(proseQuotes(block, names)[0].citations).toEqual([{ paragraphs: [3, 4] }]);
  });

  it('knows a sentence that names nobody: a quote without a speaker', () => {
    const block: ProseBlock = { pieces: [text('The deal was “not yet done” '), ref(3), text('.')] };
    expect(proseQuotes(block, names)[0].hasSpeaker).toBe(false);
  });

  it('counts an <Actor> in the sentence, or an abbreviation of a name, as the speaker', () => {
    const actor: ProseBlock = { pieces: [{ kind: 'actor', id: 'john-kerry', text: 'the secretary' }, text(' said it was “not yet done” '), ref(3)] };
    expect(proseQuotes(actor, names)[0].hasSpeaker).toBe(true);
    const hnc: ProseBlock = { pieces: [text('The HNC wanted “guarantees” '), ref(8)] };
    expect(proseQuotes(hnc, names)[0].hasSpeaker).toBe(true);
  });
});

describe('speakerNames(actors)', () => {
  it('matches a name written with a no-break space, a soft hyphen or an isolate, in the name or in the text', () => {
    const names = speakerNames([{ name: 'John\u00a0Kerry\u00ad', kind: 'person' }, { name: 'Sergei \u2066Lavrov\u2069', kind: 'person' }]);
    expect(names).toEqual(['John Kerry', 'Kerry', 'Sergei Lavrov', 'Lavrov']);
    const said = (t: string) => proseQuotes({ pieces: [{ kind: 'text', text: t, line: 1 }] }, names)[0].hasSpeaker;
    expect(said('John Kerry said it was “not yet done”.')).toBe(true);
    expect(said('John\u00a0Ker\u00adry said it was “not yet done”.')).toBe(true);
    expect(said('Sergei Lavrov said it was “not yet done”.')).toBe(true);
  });

  it('gives the name, the name without its abbreviation, the abbreviation and a person’s surname', () => {
    expect(speakerNames([{ name: 'Bashar Al Assad', kind: 'person' }, { name: 'High Negotiations Committee (HNC)', kind: 'group' }])).toEqual([
      'Bashar Al Assad',
      'Assad',
      'High Negotiations Committee (HNC)',
      'High Negotiations Committee',
      'HNC',
    ]);
  });
});
