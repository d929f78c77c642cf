import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { scanMdx, readProp, citedParagraphs, propValues, blankFrontmatter, SCAN_KEY } from './scan.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { explainerMdxPlugin } from './plugin.ts';
import { ROOT } from '../../../tests/helpers/content-fixture.ts';

describe('readProp(code)', () => {
  it('reads literals: arrays of numbers and strings in either quote style, booleans, objects, negative numbers', () => {
    expect(readProp('[1, 7]')).toEqual([1, 7]);
    expect(readProp(`['a', "b",]`)).toEqual(['a', 'b']);
    expect(readProp('true')).toBe(true);
    expect(readProp('{ a: 1, "b": [2], c: -3, d: `x` }')).toEqual({ a: 1, b: [2], c: -3, d: 'x' });
  });

  it('returns anything that is not a literal as an unevaluated expression, running no code', () => {
    expect(readProp('items.map((x) => x)')).toEqual({ expression: 'items.map((x) => x)' });
    expect(readProp('[1, two]')).toEqual({ expression: '[1, two]' });
    expect(readProp('[12 + 1]')).toEqual({ expression: '[12 + 1]' });
    expect(readProp('`${x}`')).toEqual({ expression: '`${x}`' });
    expect(readProp('{ [k]: 1 }')).toEqual({ expression: '{ [k]: 1 }' });
  });

  it('reads a prop written as JSON (read without the MDX parser) exactly as JavaScript does', () => {
    expect(readProp(' [ 2, 3 ] ')).toEqual([2, 3]);
    expect(readProp('[[1], ["a\\u0041"], null]')).toEqual([[1], ['aA'], null]);
    expect(Object.is(readProp('-0'), -0)).toBe(true);
    expect(readProp('1.5')).toBe(1.5);
    expect(readProp('[1e3]')).toEqual({ expression: '[1e3]' });
    expect(readProp('["e", true, null]')).toEqual(['e', true, null]);
    expect(readProp('false')).toBe(false);
    // Objects (a "__proto__" key means another thing in JavaScript) and what JSON lacks go to the parser.
    expect(readProp('{"a": [1]}')).toEqual({ a: [1] });
    expect(readProp('[1, 2] + 1')).toEqual({ expression: '[1, 2] + 1' });
  });
});

describe('scanMdx(text)', () => {
  const text = `---
title: x
---
Intro <Ref paragraphs={[1, 7]} /> and <Term id="mediator">mediators</Term>.

<Timeline events={['a', 'b']} title="Strike" context />

<Quote speaker="ana-ruiz" article="report" paragraphs={[3]}>
  <p>Words</p>
</Quote>
`;

  it('lists each component with its literal props and the line of the file it is on', () => {
    const { scan, error } = scanMdx(text);
    expect(error).toBeUndefined();
    expect(scan!.usages).toEqual([
      { component: 'Ref', line: 4, props: { paragraphs: [1, 7] }, children: false },
      { component: 'Term', line: 4, props: { id: 'mediator' }, children: true },
      { component: 'Timeline', line: 6, props: { events: ['a', 'b'], title: 'Strike', context: true }, children: false },
      { component: 'Quote', line: 8, props: { speaker: 'ana-ruiz', article: 'report', paragraphs: [3] }, children: true },
    ]);
  });

  it('counts the words of the prose, text inside components included, props and front matter aside', () => {
    expect(scanMdx(text).scan!.words).toBe(4); // Intro and mediators Words
    expect(scanMdx('## Heading\n\nKerry said <Ref paragraphs={[1, 2]} /> it was [not done](https://x.org/a-b).\n').scan!.words).toBe(7);
  });

  it('records what is not Markdown or a component: import/export, expressions (a comment is empty), HTML elements, spread props', () => {
    const { scan } = scanMdx('import x from "./x.js"\n\n{/* a note */}\n\nText {1 + 1} and <abbr title="t">UN</abbr>.\n\n<Ref {...props} paragraphs={[1]} />\n');
    expect(scan!.constructs).toEqual([
      { kind: 'esm', line: 1, code: 'import x from "./x.js"' },
      { kind: 'expression', line: 3, code: '' },
      { kind: 'expression', line: 5, code: '1 + 1' },
      { kind: 'element', name: 'abbr', attributes: { title: 't' }, line: 5 },
      { kind: 'spread', line: 7, code: '...props' },
    ]);
  });

  it('collects the paragraphs cited by <Ref> and <Quote>, per article', () => {
    const { usages } = scanMdx(text).scan!;
    const cited = citedParagraphs(usages, 'default-article');
    expect([...cited.get('default-article')!]).toEqual([1, 7]);
    expect([...cited.get('report')!]).toEqual([3]);
    expect(propValues(usages, 'Term', 'id')).toEqual(['mediator']);
  });

  it('reports an MDX syntax error with the line of the file instead of throwing', () => {
    expect(scanMdx('---\na: 1\n---\nFine.\n\n<Ref paragraphs={[1]} \n').error).toEqual({ line: 6, message: expect.stringMatching(/^Unexpected character after `<`/) });
  });

  it('blanks the front matter as Astro does, keeping every line', () => {
    expect(blankFrontmatter('---\na: 1\n---\nText')).toBe('   \n    \n   \nText');
  });
});

describe('one MDX parser', () => {
  it('is the Sätteri that @astrojs/mdx compiles with: one package, one version', () => {
    const fromMdx = createRequire(createRequire(join(ROOT, 'package.json')).resolve('@astrojs/mdx')).resolve('@astrojs/markdown-satteri');
    const theirs = createRequire(fromMdx).resolve('satteri');
    const ours = createRequire(join(ROOT, 'src/content/mdx/scan.ts')).resolve('satteri');
    expect(ours).toBe(theirs);
  });

  it("gives the lint the same scan as Astro's MDX compile (its Sätteri processor with the kit's plugin) of every explainer", async () => {
    // The processor astro.config.mjs gives @astrojs/mdx, called as @astrojs/mdx calls it. (Importing
    // the .mdx through Vitest would read Vitest's module cache, which does not know about plugins.)
    const renderer = await satteri({ mdastPlugins: [explainerMdxPlugin()] }).createMdxRenderer!(
      { syntaxHighlight: 'prism', shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false, srcDir: new URL(`file://${ROOT}/src/`), sourcemap: false } as never,
    );
    for (const file of ['content/explainers/syria-ceasefire-2016.mdx', 'tests/fixtures/site/content/explainers/fixture-riverside-flood.mdx']) {
      const text = readFileSync(join(ROOT, file), 'utf-8');
      const { code } = await renderer.process(blankFrontmatter(text), join(ROOT, file), {});
      const frontmatter = JSON.parse(/^export const frontmatter = (.*);$/m.exec(code)![1]) as Record<string, { usages: unknown[] }>;
      expect(frontmatter[SCAN_KEY], file).toEqual(scanMdx(text).scan);
      expect(frontmatter[SCAN_KEY].usages.length, file).toBeGreaterThan(10);
    }
  });
});
