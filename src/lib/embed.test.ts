import { describe, it, expect } from 'vitest';
import { embedSnippet, heightMessage, embedPath } from './embed.ts';

describe('embedSnippet()', () => {
  it('frames the island embed page with its id and loads the resizing script from the same site', () => {
    const html = embedSnippet({ site: 'https://ex.org', explainer: 'syria', island: 'timeline', title: 'Timeline: Syria' });
    expect(html).toContain('src="https://ex.org/embed/syria/timeline/?id=syria-timeline"');
    expect(html).toContain('data-explainer-embed="syria-timeline"');
    expect(html).toContain('<script src="https://ex.org/embed.js" async></script>');
  });

  it('escapes quotes and angle brackets in the title attribute', () => {
    const html = embedSnippet({ site: 'https://ex.org', explainer: 's', island: 'casualties', title: 'A "quoted" <b>title</b>' });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b>"');
  });
});

describe('heightMessage()', () => {
  it('is the documented shape, with the height rounded up to whole pixels', () => {
    expect(heightMessage('x', 401.2)).toEqual({ type: 'explainer-embed:height', version: 1, id: 'x', height: 402 });
  });
});

describe('embedPath()', () => {
  it('ends in a slash like every page of the site', () => {
    expect(embedPath('syria', 'casualties')).toBe('/embed/syria/casualties/');
  });
});
