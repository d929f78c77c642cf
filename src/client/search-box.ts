/**
 * `<search-box>`: searches the Pagefind index built after `astro build` (`pagefind --site dist`).
 * Results are built with textContent; Pagefind's excerpt HTML is parsed inertly (DOMParser) and only
 * its text and <mark> highlights are copied over, so no markup from the index reaches the page.
 * Pagefind runs WebAssembly, hence 'wasm-unsafe-eval' in the CSP's script-src (astro.config.mjs).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, not a module Vite should bundle: the index only exists after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (m: Pagefind) => {
    await m.options({ excerptLength: 24 });
    return m;
  });
  return pagefind;
}

/** Copies the text and <mark> runs of an excerpt into `into`, dropping any other markup. */
export function appendExcerpt(into: HTMLElement, excerptHtml: string) {
  const doc = new DOMParser().parseFromString(`<p>${excerptHtml}</p>`, 'text/html');
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) into.append(node.textContent ?? '');
    else if (node instanceof Element) {
      if (node.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        into.append(mark);
      } else into.append(node.textContent ?? '');
    }
  }
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

class SearchBox extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const list = this.querySelector<HTMLOListElement>('ol');
    if (!form || !input || !status || !list) return;
    form.hidden = false;
    const d = this.dataset;
    let seq = 0;
    const run = async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      try {
        const pf = await loadPagefind();
        const found = await pf.search(q);
        const data = await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
        if (mine !== seq) return;
        list.replaceChildren(
          ...data.map((r) => {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = r.url;
            a.textContent = r.meta.title ?? r.url;
            a.className = 'search-result-link';
            const p = document.createElement('p');
            p.className = 'search-result-excerpt';
            appendExcerpt(p, r.excerpt);
            li.append(a, p);
            return li;
          }),
        );
        status.textContent =
          data.length === 0 ? fill(d.none ?? '', { query: q }) : data.length === 1 ? fill(d.one ?? '', { query: q }) : fill(d.count ?? '', { count: data.length, query: q });
      } catch {
        if (mine === seq) status.textContent = d.unavailable ?? 'Search is not available.';
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    let timer: ReturnType<typeof setTimeout>;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 250);
    });
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
