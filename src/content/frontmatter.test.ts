import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as load } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { blankFrontmatter } from './mdx/scan.ts';
import { readContentDir } from './folder-fs.ts';
import { formatProblem } from './problems.ts';
import { ROOT, contentWith } from '../../tests/helpers/content-fixture.ts';

const DRAFT = [
  '---',
  'title: "A draft"',
  'sources: [a]',
  '# ---------- not ready: keep unpublished ----------',
  'draft: true',
  '---',
  '',
  'Body <Ref paragraphs={[1]} />.',
  '',
].join('\n');

const SAMPLES = {
  'a comment line ending in ---': DRAFT,
  'a comment line of dashes': '---\ntitle: x\n#---\n# ---\ndraft: true\n---\nBody\n',
  'CRLF line endings': '---\r\ntitle: x\r\n# -- ---\r\ndraft: true\r\n---\r\nBody\r\n',
  'a string value ending in ---': '---\ntitle: "wait ---"\ndraft: true\n---\nBody\n',
  'trailing spaces after the closing fence': '---\ntitle: x\ndraft: true\n---  \nBody\n',
  'empty front matter': '---\n---\nBody\n',
  'a BOM': '\uFEFF---\ntitle: x\n---\nBody\n',
};

describe('front matter, read as Astro reads it', () => {
  it('keeps a draft a draft when a YAML comment line ends in ---', () => {
    expect(load(splitFrontmatter(DRAFT).yaml!)).toEqual({ title: 'A draft', sources: ['a'], draft: true });
  });

  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`the reader and the MDX scan agree with Astro: ${name}`, () => {
      const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
      const ours = splitFrontmatter(text);
      expect(load(ours.yaml!) ?? {}).toEqual(astro.frontmatter);
      expect(ours.fence?.exact).toBe(true);
      // The MDX compile sees the same body, on the same lines.
      expect(blankFrontmatter(text).trim()).toBe(astro.content.trim());
      expect(blankFrontmatter(text).split('\n').length).toBe(astro.content.split('\n').length);
      expect(text.split('\n').slice(ours.bodyLine - 1).join('\n')).toBe(ours.body);
    });
  }

  it('refuses a closing line with more than --- on it (Astro ends the front matter there), naming its line', () => {
    const text = readFileSync(join(ROOT, 'content/explainers/syria-ceasefire-2016.mdx'), 'utf-8').replace(/\n---\n/, '\n---- not ready\ndraft: true\n---\n');
    const dir = contentWith({ name: 'fence', target: 'explainers/syria-ceasefire-2016.mdx', adds: false, frontmatterOnly: false, expect: { where: '', entry: '', field: '', message: '' }, text });
    const messages = readContentDir(dir).problems.map(formatProblem);
    const line = text.split('\n').indexOf('---- not ready') + 1;
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^content/explainers/syria-ceasefire-2016\\.mdx:${line} — .*front matter ends at its first line starting with ---, here "---- not ready": make that line exactly ---`)));
  });
});
