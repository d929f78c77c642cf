import { describe, it, expect } from 'vitest';
import { apa, mla, chicago, citations, type CiteInput } from './cite.ts';

const page: CiteInput = {
  title: 'A provisional ceasefire for Syria, on a day of deadly bombings',
  author: 'Explainer desk',
  siteName: 'News Explainers',
  published: '2016-02-21',
  url: 'https://explainers.example.org/syria-ceasefire-2016/',
};

describe('apa(page)', () => {
  it('gives author, (year, month day), italic title, site and URL', () => {
    const c = apa(page);
    expect(c.text).toBe(
      'Explainer desk. (2016, February 21). A provisional ceasefire for Syria, on a day of deadly bombings. News Explainers. https://explainers.example.org/syria-ceasefire-2016/',
    );
    expect(c.parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['A provisional ceasefire for Syria, on a day of deadly bombings.']);
  });

  it('uses the date of the last update when there is one', () => {
    expect(apa({ ...page, updated: '2016-03-01' }).text).toContain('(2016, March 1)');
  });

  it('does not add a period after a title that ends in a question mark', () => {
    expect(apa({ ...page, title: 'Will the truce hold?' }).text).toContain('Will the truce hold? News Explainers.');
  });
});

describe('mla(page)', () => {
  it('gives author, "title." in quotes, italic site, day abbreviated-month year, URL without scheme', () => {
    const c = mla(page);
    expect(c.text).toBe(
      'Explainer desk. “A provisional ceasefire for Syria, on a day of deadly bombings.” News Explainers, 21 Feb. 2016, explainers.example.org/syria-ceasefire-2016/.',
    );
    expect(c.parts.find((p) => p.italic)?.text).toBe('News Explainers');
  });

  it('writes short months in full and September as "Sept."', () => {
    expect(mla({ ...page, published: '2016-06-05' }).text).toContain('5 June 2016');
    expect(mla({ ...page, published: '2016-09-30' }).text).toContain('30 Sept. 2016');
  });

  it('turns double quotes inside the title into single quotes', () => {
    expect(mla({ ...page, title: 'Why "terrorist" is a disputed word' }).text).toContain("“Why 'terrorist' is a disputed word.”");
  });
});

describe('chicago(page)', () => {
  it('gives author, "title." in quotes, site, Month Day, Year and URL', () => {
    expect(chicago(page).text).toBe(
      'Explainer desk. “A provisional ceasefire for Syria, on a day of deadly bombings.” News Explainers. February 21, 2016. https://explainers.example.org/syria-ceasefire-2016/.',
    );
  });

  it('adds "Last modified" when the page was updated', () => {
    expect(chicago({ ...page, updated: '2016-02-23' }).text).toContain('Published February 21, 2016. Last modified February 23, 2016.');
  });

  it('has no italic run (the title of a web page is in quotes)', () => {
    expect(chicago(page).parts.some((p) => p.italic)).toBe(false);
  });
});

describe('citations(page)', () => {
  it('returns APA, MLA and Chicago, each with a plain text equal to its parts', () => {
    const all = citations(page);
    expect(all.map((c) => c.style)).toEqual(['apa', 'mla', 'chicago']);
    for (const c of all) expect(c.text).toBe(c.parts.map((p) => p.text).join(''));
  });

  it('keeps dates in UTC whatever the machine zone (tests run at UTC+14)', () => {
    expect(apa({ ...page, published: '2016-12-31' }).text).toContain('(2016, December 31)');
  });
});

describe('a citation of a right-to-left page', () => {
  const ar = { ...page, title: 'اتفاق مبدئي على وقف لإطلاق النار في سوريا', author: 'فريق الشروحات', siteName: 'شروحات الأخبار' };
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('isolates each Arabic field, so the English format keeps its order around it (the year stays after the author)', () => {
    expect(apa(ar).text).toBe(`${FSI}فريق الشروحات${PDI}. (2016, February 21). ${FSI}اتفاق مبدئي على وقف لإطلاق النار في سوريا${PDI}. ${FSI}شروحات الأخبار${PDI}. ${page.url}`);
    expect(mla(ar).parts[1]).toEqual({ text: `${FSI}شروحات الأخبار${PDI}`, italic: true });
    expect(chicago(ar).text).toContain(`“${FSI}اتفاق مبدئي على وقف لإطلاق النار في سوريا${PDI}.”`);
  });

  it('adds no period of ours to a title that ends in the Arabic question mark', () => {
    expect(apa({ ...ar, title: 'هل صمدت الهدنة؟' }).text).toContain(`${FSI}هل صمدت الهدنة؟${PDI} ${FSI}شروحات الأخبار${PDI}.`);
  });
});
