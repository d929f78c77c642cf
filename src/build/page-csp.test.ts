import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineCode, narrowPageCsp } from './page-csp.ts';

const sha = (text: string, alg: 'sha256' | 'sha384' = 'sha256') => `'${alg}-${createHash(alg).update(text).digest('base64')}'`;
const page = (csp: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}">${body}</head></html>`;
const csp = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('narrowPageCsp', () => {
  const theme = 'document.documentElement.dataset.theme="dark"';
  const style = '.a{color:red}';
  const other = 'console.log("another page")';
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${sha(theme)} ${sha(other)}; style-src 'self' ${sha(style)} ${sha('.b{}')};`;

  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = page(policy, `<script>${theme}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`);
    expect(csp(narrowPageCsp(html))).toBe(`default-src 'self';img-src 'self' data:; script-src 'self' ${sha(theme)}; style-src 'self' ${sha(style)};`);
  });

  it('drops every hash from a page with no inline code, leaving self', () => {
    expect(csp(narrowPageCsp(page(policy, '<script type="module" src="/_astro/a.js"></script>')))).toBe("default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';");
  });

  it('keeps a hash made with another algorithm when it matches, and leaves a page without a CSP alone', () => {
    const html = page(`script-src 'self' ${sha(theme, 'sha384')};`, `<script>${theme}</script>`);
    expect(csp(narrowPageCsp(html))).toBe(`script-src 'self' ${sha(theme, 'sha384')};`);
    expect(narrowPageCsp('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  it('is idempotent', () => {
    const once = narrowPageCsp(page(policy, `<script>${theme}</script>`));
    expect(narrowPageCsp(once)).toBe(once);
  });
});

describe('inlineCode', () => {
  it('counts scripts that run and style elements; not external scripts nor JSON data blocks', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script><script src="/c.js"></script><style>p{}</style>';
    expect(inlineCode(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
  });
});
