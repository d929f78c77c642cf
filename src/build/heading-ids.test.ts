import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { kitHeadingIds } from './heading-ids.ts';

/** The ids of the headings of `mdx`, as compiled with the plugin (Astro's compile adds its own after). */
async function headingIds(mdx: string): Promise<string[]> {
  const { code } = await mdxToJs(mdx, { hastPlugins: [kitHeadingIds()] });
  return [...code.matchAll(/_components\.h[1-6], \{\s*id: "([^"]*)"/g)].map((m) => m[1]);
}

describe('kitHeadingIds() in the MDX compile', () => {
  it('keeps the usual slug of an ordinary heading and moves one that would take a kit id', async () => {
    expect(await headingIds('## What happens next\n\n## Sources\n\n## Cite this page\n\n### Event munich-deal\n\n## Sources\n')).toEqual([
      'what-happens-next',
      'section-sources',
      'section-cite-this-page',
      'section-event-munich-deal',
      'section-sources-1',
    ]);
  });
});

describe('headings beside GFM footnotes', () => {
  it('never take the ids of the footnotes section, its notes or their back-links', async () => {
    const { code } = await mdxToJs('Text[^1] and more[^note].\n\n## Footnote label\n\n## User content fn 1\n\n## User content fnref note\n\n[^1]: A note.\n\n[^note]: Another.\n', {
      hastPlugins: [kitHeadingIds()],
    });
    const ids = [...code.matchAll(/\bid: "([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(['footnote-label', 'user-content-fn-1', 'user-content-fnref-note', 'section-footnote-label', 'section-user-content-fn-1']));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
