import { describe, expect, it } from 'vitest';
import { mergeStylesheets } from './merge-stylesheets.ts';

const sheets: Record<string, string> = { '/_astro/base.css': '@layer a,b;p{color:red}', '/_astro/parts.css': '@layer b{.x{color:blue}}' };
const read = (path: string) => sheets[path];
const head = (inner: string) => `<html><head><meta charset="utf-8">${inner}<title>t</title></head><body><style>body{}</style></body></html>`;
const link = (href: string) => `<link rel="stylesheet" href="${href}">`;

describe('mergeStylesheets', () => {
  it('links one file holding the sheets and the <style> between them, in their order', () => {
    const { html, css } = mergeStylesheets(head(`${link('/_astro/base.css')}<style>.between{}</style>${link('/_astro/parts.css')}<style>.after{}</style>`), read);
    expect(css!.text).toBe('@layer a,b;p{color:red}\n.between{}\n@layer b{.x{color:blue}}');
    expect(css!.path).toMatch(/^\/_astro\/page\.[0-9a-f]{10}\.css$/);
    expect(html).toBe(head(`${link(css!.path)}<style>.after{}</style>`));
  });

  it('names the file by its text: the same CSS, the same file', () => {
    const a = mergeStylesheets(head(link('/_astro/base.css') + link('/_astro/parts.css')), read).css!;
    const b = mergeStylesheets(head(`<meta name="x">${link('/_astro/base.css')}${link('/_astro/parts.css')}`), read).css!;
    expect(a).toEqual(b);
    expect(mergeStylesheets(head(link('/_astro/parts.css') + link('/_astro/base.css')), read).css!.path).not.toBe(a.path);
  });

  it('leaves a page alone when it links one sheet, or has what a merge could reorder or break', () => {
    for (const inner of [
      link('/_astro/base.css') + '<style>.only{}</style>',
      link('/_astro/base.css') + '<link rel="stylesheet" href="/_astro/parts.css" media="print">',
      link('/_astro/base.css') + '<style media="print">p{}</style>' + link('/_astro/parts.css'),
      link('/_astro/base.css') + '<style>.a{background:url(img.png)}</style>' + link('/_astro/parts.css'),
      link('/_astro/base.css') + link('/_astro/missing.css'),
      link('https://cdn.example/a.css') + link('/_astro/base.css'),
    ]) {
      const page = head(inner);
      expect(mergeStylesheets(page, read), inner).toEqual({ html: page });
    }
    const late: Record<string, string> = { ...sheets, '/_astro/late.css': '@import "x.css";' };
    const page = head(link('/_astro/base.css') + link('/_astro/late.css'));
    expect(mergeStylesheets(page, (p) => late[p])).toEqual({ html: page });
  });
});
