import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { collectScan, SCAN_KEY, type MdxScan } from './scan.ts';
import { syntaxRules } from './rules.ts';
import { ContentError } from '../problems.ts';

/**
 * The plugin astro.config.mjs adds to Astro's MDX compile: it scans each MDX file (components,
 * props, words: `render(entry).remarkPluginFrontmatter[SCAN_KEY]`) and refuses, failing the
 * build, what the syntax rules refuse (the MDX trust model), with the lint's file:line messages.
 */
export function explainerMdxPlugin(): MdastPluginDefinition {
  const scan = collectScan();
  return {
    ...scan,
    name: 'explainer-kit:mdx',
    before(root, ctx) {
      scan.before!(root, ctx);
      const result = (ctx.data as { astro: { frontmatter: Record<string, MdxScan> } }).astro.frontmatter[SCAN_KEY];
      const findings = syntaxRules.flatMap((rule) => rule(result));
      if (!findings.length) return;
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)).split('\\').join('/') : '(mdx)';
      const slug = file.split('/').pop()!.replace(/\.mdx$/, '');
      throw new ContentError(findings.map((f) => ({ file, ...f, entry: f.entry ?? slug })));
    },
  };
}
