/**
 * `<search-box>`: searches the Pagefind index built after `astro build` (`pagefind --site dist`,
 * settings in pagefind.yml: only the prose is indexed). Each result is an explainer with the sections
 * where the words are (Pagefind's sub-results: a heading with an id), each linked to its #anchor with
 * an excerpt from that section. `/?q=words` searches on load, and a search puts its words in the
 * address, so a search can be linked to. Results are built with textContent; Pagefind's excerpt HTML
 * is parsed inertly (DOMParser) and only its text and <mark> highlights are copied over, so no markup
 * from the index reaches the page. Pagefind runs WebAssembly, hence 'wasm-unsafe-eval' in the CSP's
 * script-src (astro.config.mjs).
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number }[];
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }>;
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

/** How well a section matches: the sum of its words' scores (Pagefind ranks pages, not their sections). */
const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

/**
 * The sections of a result, best match first: Pagefind's sub-results under a heading with an anchor.
 * The page's opening (before its first section, anchored at the title) is not a section of its own.
 */
export function sections(page: { url: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }): PagefindSubResult[] {
  return (page.sub_results ?? []).filter((sub) => sub.url.includes('#')).sort((a, b) => score(b) - score(a));
}

/** At most this many sections are listed under a result. */
const MAX_SECTIONS = 3;

function link(href: string, text: string, className: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.className = className;
  return a;
}

function excerpt(html: string) {
  const p = document.createElement('p');
  p.className = 'search-result-excerpt';
  appendExcerpt(p, html);
  return p;
}

/** One explainer found: its title, then each matching section linked to its anchor with an excerpt from it. */
function resultItem(r: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const title = r.meta.title ?? r.url;
  const all = sections(r);
  const isOpening = (sub: PagefindSubResult) => sub.title === title;
  const found = all.filter((sub) => !isOpening(sub)).slice(0, MAX_SECTIONS);
  // The title leads to the best match: a section, or the top of the page when the words are in its opening.
  li.append(link(all[0] && !isOpening(all[0]) ? all[0].url : r.url, title, 'search-result-link'));
  const opening = all.find(isOpening);
  if (opening || !found.length) li.append(excerpt(opening?.excerpt ?? r.excerpt));
  if (found.length) {
    const ol = document.createElement('ol');
    ol.className = 'search-result-sections';
    for (const sub of found) {
      const item = document.createElement('li');
      item.append(link(sub.url, sub.title, 'search-result-section'), excerpt(sub.excerpt));
      ol.append(item);
    }
    li.append(ol);
  }
  return li;
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

class SearchBox extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const list = this.querySelector<HTMLOListElement>('ol.search-results');
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
        list.replaceChildren(...data.map((r) => resultItem(r)));
        status.textContent =
          data.length === 0 ? fill(d.none ?? '', { query: q }) : data.length === 1 ? fill(d.one ?? '', { query: q }) : fill(d.count ?? '', { count: data.length, query: q });
      } catch {
        if (mine === seq) status.textContent = d.unavailable ?? 'Search is not available.';
      }
    };
    /** Keeps the words in the address (?q=…), so the search can be shared and survives a reload. */
    const remember = () => {
      const url = new URL(location.href);
      const q = input.value.trim();
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      remember();
      void run();
    });
    let timer: ReturnType<typeof setTimeout>;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        remember();
        void run();
      }, 250);
    });
    const fromAddress = new URLSearchParams(location.search).get('q')?.trim();
    if (fromAddress) {
      input.value = fromAddress;
      void run();
    }
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
