/**
 * What an explainer's MDX prose refers to through components: paragraphs cited with
 * `<Ref paragraphs={[…]} />` / `<Quote … paragraphs={[…]}>`, speakers of `<Quote speaker="…">` and
 * terms of `<KeyTerms terms={[…]} />`. The Sources section needs these: the ¶ links in the prose
 * point into it, and it must list only what this explainer shows.
 */
export interface ProseRefs {
  paragraphs: { article: string | undefined; paragraph: number }[];
  speakers: string[];
  terms: string[];
}

const TAG = /<(Ref|Quote|KeyTerms)\b([^>]*)>/g;
const quoted = (s: string) => [...s.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);

/** Reads component props written as literals in MDX; `article` is undefined when the default applies. */
export function proseRefs(body: string): ProseRefs {
  const refs: ProseRefs = { paragraphs: [], speakers: [], terms: [] };
  for (const [, tag, attrs] of body.matchAll(TAG)) {
    if (tag === 'KeyTerms') {
      refs.terms.push(...quoted(/\bterms=\{\[([^\]]*)\]\}/.exec(attrs)?.[1] ?? ''));
      continue;
    }
    const article = /\barticle=["']([^"']+)["']/.exec(attrs)?.[1];
    for (const n of (/\bparagraphs=\{\[([\d,\s]*)\]\}/.exec(attrs)?.[1] ?? '').split(',').map(Number)) {
      if (Number.isInteger(n) && n > 0) refs.paragraphs.push({ article, paragraph: n });
    }
    const speaker = /\bspeaker=["']([^"']+)["']/.exec(attrs)?.[1];
    if (tag === 'Quote' && speaker) refs.speakers.push(speaker);
  }
  return refs;
}
