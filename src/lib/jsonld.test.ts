import { describe, it, expect } from 'vitest';
import { newsArticle, serializeJsonLd } from './jsonld.ts';

const input = {
  title: 'A provisional ceasefire for Syria',
  description: 'What was agreed.',
  url: 'https://example.org/syria/',
  image: 'https://example.org/og/syria.png',
  published: '2016-02-21',
  author: 'Explainer desk',
  siteName: 'News Explainers',
  siteUrl: 'https://example.org/',
  lang: 'en',
  keywords: ['syria', 'ceasefire'],
};

describe('serializeJsonLd(data)', () => {
  it('cannot be broken out of by </script> in a title', () => {
    const json = serializeJsonLd(newsArticle({ ...input, title: 'Evil</script><script>alert(1)</script>' }));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('escapes <!-- and & and the JS line separators', () => {
    const json = serializeJsonLd({ a: '<!-- x & y \u2028 \u2029' });
    expect(json).toBe('{"a":"\\u003c!-- x \\u0026 y \\u2028 \\u2029"}');
  });

  it('round-trips: JSON.parse gives back exactly the original strings', () => {
    const data = newsArticle({ ...input, title: 'A </script> & <b>"quoted"</b> title' });
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('newsArticle(input)', () => {
  it('is a schema.org NewsArticle with headline, dates, author, publisher and image', () => {
    const a = newsArticle(input);
    expect(a).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.title,
      datePublished: '2016-02-21',
      dateModified: '2016-02-21',
      image: [input.image],
      author: [{ '@type': 'Organization', name: 'Explainer desk' }],
      publisher: { '@type': 'Organization', name: 'News Explainers' },
      mainEntityOfPage: { '@id': input.url },
      keywords: 'syria, ceasefire',
    });
  });

  it('gives the update as dateModified', () => {
    expect(newsArticle({ ...input, updated: '2016-02-25' }).dateModified).toBe('2016-02-25');
  });
});

describe('newsArticle(input) with an updates log', () => {
  const updates = [
    { at: '2016-02-23', kind: 'update' as const, what: 'Added the joint statement of 22 February.' },
    { at: '2016-02-25T10:30Z', kind: 'correction' as const, what: 'The chart note no longer calls the total rounded.', was: 'is 7 lower: it is a rounded headline figure' },
  ];

  it('gives the latest update as dateModified, keeping its time', () => {
    expect(newsArticle({ ...input, updated: '2016-02-25', updates }).dateModified).toBe('2016-02-25T10:30Z');
  });

  it('lists each correction, not each update, as a CorrectionComment with the old wording kept', () => {
    const a = newsArticle({ ...input, updated: '2016-02-25', updates });
    expect(a.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2016-02-25T10:30Z',
        text: 'The chart note no longer calls the total rounded. Before: is 7 lower: it is a rounded headline figure',
      },
    ]);
  });

  it('has no correction property when nothing was corrected', () => {
    expect(newsArticle({ ...input, updates: updates.slice(0, 1) })).not.toHaveProperty('correction');
  });
});
