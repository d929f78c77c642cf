import { describe, expect, it } from 'vitest';
import { htmlText, sectionHeadings, splitLead, withHeadingAnchors } from './outline.ts';

const body = [
  '<aside class="key-facts" data-key-facts><h2 id="key-facts-1" data-no-permalink>What you need to know</h2><ul><li>A</li></ul></aside>',
  '<p>Lede</p>',
  '<h2 id="what-was-agreed">What was agreed, <em>and</em> what&#39;s open</h2>',
  '<section><h2 id="timeline-heading" class="font-serif">Timeline &amp; more</h2></section>',
].join('\n');

describe('sectionHeadings', () => {
  it('lists every h2 with an id in reading order, as text, leaving out the boxes marked data-no-permalink', () => {
    expect(sectionHeadings(body)).toEqual([
      { id: 'what-was-agreed', text: 'What was agreed, and what\'s open' },
      { id: 'timeline-heading', text: 'Timeline & more' },
    ]);
  });
});

describe('splitLead', () => {
  it('splits off the summary box when it comes first', () => {
    const { lead, rest, first } = splitLead(`\n<!-- x -->\n${body}`);
    expect(first).toBe(true);
    expect(lead).toMatch(/<\/aside>$/);
    expect(rest.trim().startsWith('<p>Lede</p>')).toBe(true);
  });
  it('says when the box is there but not first', () => {
    expect(splitLead(`<p>Before</p>${body}`)).toMatchObject({ found: true, first: false, lead: '' });
  });
  it('says when there is no box', () => {
    expect(splitLead('<p>Only prose</p>')).toMatchObject({ found: false, rest: '<p>Only prose</p>' });
  });
});

describe('withHeadingAnchors', () => {
  it('puts one permalink beside each section heading, none beside the boxes', () => {
    const out = withHeadingAnchors(body, (h) => `<a href="#${h.id}">#</a>`);
    expect(out.match(/class="heading-wrap"/g)).toHaveLength(2);
    expect(out).toContain('<div class="heading-wrap"><h2 id="what-was-agreed">What was agreed, <em>and</em> what&#39;s open</h2><a href="#what-was-agreed">#</a></div>');
    expect(out).toContain('<h2 id="key-facts-1" data-no-permalink>What you need to know</h2><ul>');
  });
});

describe('htmlText', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlText('Who&#x27;s <b>who</b> &lt;3 &#8220;x&#8221;')).toBe('Who\'s who <3 “x”');
  });
});
