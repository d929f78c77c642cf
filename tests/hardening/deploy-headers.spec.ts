import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';
import { SITES, sitePaths } from './sites.ts';
import { installGuards, enhance } from './page-checks.ts';

// The deploy snippets (deploy/_headers for Netlify and Cloudflare Pages, deploy/nginx/ for nginx) send
// the same headers for every built file, and a browser that gets them, together with each page's own
// <meta> CSP, still runs every page without a violation, lets another site frame the embeds and no
// other page.
const main = SITES.find((s) => s.name === 'main')!;
type Headers = Record<string, string>;

/** deploy/_headers as rules: a path pattern and its headers, in file order. */
function headersFileRules(text: string) {
  const rules: { pattern: string; headers: Headers }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name.toLowerCase()] = value;
    }
  }
  return rules;
}
/** A `_headers` pattern as a RegExp: `*` any rest, `:name` one path segment. */
const patternRe = (p: string) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);

/** The headers nginx (deploy/nginx/explainers.conf) sends for a path: the longest matching prefix location's add_header lines. */
function nginxHeaders(conf: string, path: string): Headers {
  const shared = readFileSync(join(ROOT, 'deploy/nginx/security-headers.conf'), 'utf-8');
  const locations = [...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map(([, prefix, body]) => ({
    prefix,
    body: body.replace(/include\s+\S*\/security-headers\.conf;/, shared),
  }));
  const best = locations.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return Object.fromEntries([...best.body.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)].map(([, n, v]) => [n.toLowerCase(), v]));
}

const rules = headersFileRules(readFileSync(join(ROOT, 'deploy/_headers'), 'utf-8'));
const nginx = readFileSync(join(ROOT, 'deploy/nginx/explainers.conf'), 'utf-8');
/** What a `_headers` host sends: every matching rule, a later one overriding an earlier (Netlify). */
const hostHeaders = (path: string): Headers => Object.assign({}, ...rules.filter((r) => patternRe(r.pattern).test(path)).map((r) => r.headers));

const pages = sitePaths(main).filter((p) => p.endsWith('/'));
const embeds = ['/embed/syria-ceasefire-2016/timeline/', '/embed/syria-ceasefire-2016/casualties/'];
const assets = (() => {
  const html = readFileSync(join(ROOT, main.dist, 'index.html'), 'utf-8');
  return [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]))];
})();

test.describe('deploy headers (deploy/_headers, deploy/nginx/)', () => {
  test('nginx and the _headers file send the same headers for every page, embed and hashed asset', () => {
    expect(assets.length).toBeGreaterThan(0);
    for (const path of [...pages, ...embeds, ...assets, '/pagefind/pagefind.js', '/rss.xml', '/embed.js']) {
      const host = hostHeaders(path);
      const ng = nginxHeaders(nginx, path);
      for (const name of ['x-content-type-options', 'referrer-policy', 'strict-transport-security', 'permissions-policy'])
        expect([path, name, ng[name]]).toEqual([path, name, host[name]]);
      expect([path, ng['cache-control']]).toEqual([path, host['cache-control']]);
      if (path.endsWith('/')) expect([path, ng['content-security-policy'], ng['x-frame-options']]).toEqual([path, host['content-security-policy'], host['x-frame-options']]);
      // Cloudflare Pages joins the values of matching rules, Netlify keeps the later: no header may be set twice for a path.
      const names = rules.filter((r) => patternRe(r.pattern).test(path)).flatMap((r) => Object.keys(r.headers));
      expect(names.filter((n, i) => names.indexOf(n) !== i), path).toEqual([]);
    }
  });

  test('every header CSP only adds what a <meta> cannot say, and the pages name who may frame them', () => {
    for (const path of [...pages, ...embeds]) {
      const csp = hostHeaders(path)['content-security-policy'] ?? '';
      expect(csp, path).toMatch(embeds.includes(path) ? /frame-ancestors 'self' https:/ : /frame-ancestors 'self'(;|$)/);
      // A header script-src/style-src/default-src without the build's hashes would block the pages' own scripts.
      expect(csp, path).not.toMatch(/(script|style|default)-src/);
    }
  });

  test('with the headers served, pages run without a CSP violation; another site frames an embed and no other page', async ({ page, context }) => {
    await context.route(`${main.origin}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...hostHeaders(new URL(route.request().url()).pathname) } });
    });
    const guards = await installGuards(page);
    await page.goto(`${main.origin}/syria-ceasefire-2016/`);
    await enhance(page);
    expect(await guards.csp()).toEqual([]);

    // A host page on another HTTPS origin frames the timeline embed and, wrongly, the explainer itself.
    await context.route('https://host.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><iframe name="embed" src="${main.origin}${embeds[0]}"></iframe><iframe name="page" src="${main.origin}/syria-ceasefire-2016/"></iframe>`,
      }),
    );
    const host = await context.newPage();
    const blocked: string[] = [];
    host.on('console', (m) => /frame-ancestors/.test(m.text()) && blocked.push(m.text()));
    await host.goto('https://host.example/');
    await expect.poll(() => host.frame('embed')?.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '')).toMatch(/\S/);
    await expect.poll(() => blocked.length).toBe(1);
    // The refused frame shows the browser's error page instead of the explainer.
    expect(host.frame('page')?.url()).not.toContain(main.origin);
    expect(host.frame('embed')?.url()).toContain(embeds[0]);
    // Requests still in flight when the test ends (the frames' lazy chunks) must not reach the handlers
    // then: route.fetch after the end is an error outside any test, which fails the run.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
