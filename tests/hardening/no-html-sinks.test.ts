import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';

/**
 * Ways to turn a string into markup or code. Content reaches the page only as text (Astro escaping,
 * textContent, d3 .text()), so none of these may appear in our code outside the allow-list.
 */
export const SINKS: { name: string; re: RegExp }[] = [
  { name: 'set:html', re: /\bset:html\b/ },
  { name: 'd3 .html()', re: /\.html\s*\(/ },
  { name: 'innerHTML', re: /\binnerHTML\b/ },
  { name: 'outerHTML', re: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(ln)?\b/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/ },
  { name: 'DOMParser', re: /\bDOMParser\b/ },
  { name: 'srcdoc', re: /\bsrcdoc\b/ },
  { name: 'eval', re: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { name: 'string setTimeout', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  // Inline styles clash with the hash-based CSP and the house rule (classes, not style="").
  { name: 'style attribute', re: /\sstyle\s*=\s*["'{]/ },
  { name: 'setAttribute style', re: /setAttribute\s*\(\s*['"]style['"]/ },
  { name: 'd3 .attr("style")', re: /\.attr\s*\(\s*['"]style['"]/ },
];

/**
 * Reviewed exceptions: "<path>: <sink name>" → why it is safe. Keep this short; every entry is a
 * place where a mistake would be an XSS hole.
 */
export const ALLOW: Record<string, string> = {
  'src/components/BaseHead.astro: set:html':
    'THEME_INIT_SCRIPT is a constant of ours (src/build/theme-init.ts), no content in it; is:inline so it runs before first paint, its hash is added to the CSP.',
  'src/layouts/Explainer.astro: set:html':
    'JSON-LD from serializeJsonLd (src/lib/jsonld.ts), which escapes < > & U+2028 U+2029 as \\uXXXX so no title can close the <script>; unit-tested and exercised by the hostile fixture.',
  'src/client/timeline/zoom-levels.ts: DOMParser':
    "A timeline's closer zoom levels, fetched from the same origin's own build output (/<slug>/timeline-<n>.json, rendered and escaped by Astro like the page): parsed in an inert document, refused whole if it holds any script, iframe, object, embed, foreignObject, style, link, meta, base or on* attribute, and only its <svg data-zoom> drawings are adopted.",
  'src/client/search-box.ts: DOMParser':
    "Pagefind's excerpt is parsed in an inert document (never attached, scripts and handlers do not run); only its text and <mark> runs are copied out, as textContent.",
};

const SCANNED = ['src', 'scripts', 'public'];
const EXT = /\.(astro|ts|tsx|js|mjs|cjs|jsx|mdx|svelte|vue|html)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : EXT.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

/** Sinks found in a text, as "<line>: <sink name>", ignoring // and /* comments and JSDoc lines. */
export function findSinks(text: string): { line: number; name: string; code: string }[] {
  const out: { line: number; name: string; code: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const code = raw.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '');
    if (/^\s*\*/.test(code)) return;
    for (const s of SINKS) if (s.re.test(code)) out.push({ line: i + 1, name: s.name, code: raw.trim() });
  });
  return out;
}

describe('no content can become markup: the source tree has no HTML or code sinks', () => {
  it('the scanner finds each sink it looks for (so this test can fail)', () => {
    const planted = [
      '<p set:html={x} />',
      "d3.select(el).html(title)",
      'el.innerHTML = t',
      'el.outerHTML = t',
      "el.insertAdjacentHTML('beforeend', t)",
      'document.write(t)',
      'range.createContextualFragment(t)',
      "new DOMParser().parseFromString(t, 'text/html')",
      'frame.srcdoc = t',
      'eval(t)',
      "new Function('return 1')",
      "setTimeout('alert(1)', 1)",
      '<rect style="fill:red" />',
      "el.setAttribute('style', 'x')",
      "sel.attr('style', 'x')",
    ];
    expect(planted.map((p) => findSinks(p).map((s) => s.name)[0])).toEqual(SINKS.map((s) => s.name));
    expect(findSinks('// innerHTML is never used\nconst a = el.textContent;')).toEqual([]);
  });

  it(`finds none in ${SCANNED.join(', ')} outside the allow-list`, () => {
    const scanned = SCANNED.flatMap((d) => files(join(ROOT, d)));
    expect(scanned.length).toBeGreaterThan(20);
    const found = scanned.flatMap((f) => {
      const rel = relative(ROOT, f).split('\\').join('/');
      return findSinks(readFileSync(f, 'utf-8'))
        .filter((s) => !ALLOW[`${rel}: ${s.name}`])
        .map((s) => `${rel}:${s.line} ${s.name} — ${s.code.slice(0, 100)}`);
    });
    expect(found).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const live = new Set(
      SCANNED.flatMap((d) => files(join(ROOT, d))).flatMap((f) => findSinks(readFileSync(f, 'utf-8')).map((s) => `${relative(ROOT, f).split('\\').join('/')}: ${s.name}`)),
    );
    expect(Object.keys(ALLOW).filter((k) => !live.has(k))).toEqual([]);
  });
});
