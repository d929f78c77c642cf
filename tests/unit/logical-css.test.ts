import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/root.ts';

// A right-to-left edition is a translation, not a rewrite: styles say start/end and inline/block,
// never left/right. This reads every stylesheet, <style> block and class attribute under src/.
const PHYSICAL_PROPERTY = /(?:^|[;{\s])((?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|(?:left|right)\s*:(?!\s*(?:auto)?\s*;?\s*\/\*\s*physical)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius)/g;
const PHYSICAL_CLASS = /(?:^|[\s"'`])((?:-?m[lr]|p[lr]|left|right|border-[lr]|rounded-[lr]|rounded-(?:tl|tr|bl|br)|scroll-m[lr]|scroll-p[lr])-[\w.[\]/-]+|text-(?:left|right)|float-(?:left|right)|border-[lr])(?=[\s"'`]|$)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(css|astro)$/.test(name) ? [path] : [];
  });
}

/** The CSS of a file: a stylesheet whole, an .astro file's <style> blocks. */
const cssOf = (path: string, text: string) => (path.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n'));
const classesOf = (text: string) => [...text.matchAll(/\bclass(?:List)?=\{?[`'"]([^`'"]*)[`'"]/g)].map((m) => m[1]).join(' ');

describe('logical CSS in src/ (start/end, not left/right)', () => {
  const found = files(join(ROOT, 'src')).flatMap((path) => {
    const text = readFileSync(path, 'utf-8');
    const css = cssOf(path, text).replace(/\/\*[\s\S]*?\*\//g, '');
    const props = [...css.matchAll(PHYSICAL_PROPERTY)].map((m) => m[1].trim());
    const classes = path.endsWith('.astro') ? [...` ${classesOf(text)} `.matchAll(PHYSICAL_CLASS)].map((m) => m[1]) : [];
    return [...props, ...classes].map((what) => `${relative(ROOT, path)}: ${what}`);
  });
  it('has no physical left/right property or utility class', () => {
    expect(found).toEqual([]);
  });
  it('would find one (the check can fail)', () => {
    expect([...'.a { margin-left: 1rem; text-align: right }'.matchAll(PHYSICAL_PROPERTY)].map((m) => m[1].trim())).toEqual(['margin-left', 'text-align: right']);
    expect([...' ml-4 text-left pe-2 '.matchAll(PHYSICAL_CLASS)].map((m) => m[1])).toEqual(['ml-4', 'text-left']);
  });
});
