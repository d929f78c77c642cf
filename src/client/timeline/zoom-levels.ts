/**
 * The closer zoom levels of a timeline (2×, 4×, 8×), laid out and drawn at build time. The page
 * carries zoom 1 only; the rest is one static file per timeline that our own build writes
 * (src/pages/[slug]/timeline-[n].json.ts, from the same components as the page), fetched from this
 * site the first time the reader zooms. Where a page carries the levels in <template>s instead
 * (the editors' guide), they are taken from there.
 *
 * Why parsing is safe here: the file is same-origin build output (the CSP's connect-src is 'self'),
 * never text anyone typed at run time; its markup was escaped by Astro exactly as the page's own.
 * It is parsed as the page's markup is, by the HTML parser, but with DOMParser: an inert document,
 * where no script runs and nothing loads. Only the level drawings (top-level `svg[data-zoom]`) are
 * adopted, and a file holding anything that could run or embed (script, iframe, foreignObject,
 * event-handler attributes: our component writes none) is refused whole.
 */

/**
 * A loader of a timeline's closer levels: fetches them the first time it is called and keeps them;
 * after a failure (offline, a missing file) the next call tries again.
 */
export function zoomLevels(host: HTMLElement, src: string | undefined): () => Promise<Map<number, SVGSVGElement>> {
  let loaded: Promise<Map<number, SVGSVGElement>> | undefined;
  const load = async () => {
    if (!src) return fromTemplates(host);
    const response = await fetch(src, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const { markup } = (await response.json()) as { markup?: unknown };
    if (typeof markup !== 'string') throw new Error(`${src}: no markup`);
    return levelsOf(markup, src);
  };
  return () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = undefined;
      throw err;
    }));
}

function fromTemplates(host: HTMLElement): Map<number, SVGSVGElement> {
  const out = new Map<number, SVGSVGElement>();
  for (const t of host.querySelectorAll<HTMLTemplateElement>('template[data-zoom-level]')) {
    out.set(Number(t.dataset.zoomLevel), (t.content.firstElementChild as SVGSVGElement).cloneNode(true) as SVGSVGElement);
  }
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ACTIVE = 'script, iframe, object, embed, foreignObject, style, link, meta, base';

/** The level drawings of a zoom file's markup, adopted into this document; throws on anything unexpected. */
export function levelsOf(markup: string, src = 'zoom file'): Map<number, SVGSVGElement> {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const bad = doc.querySelector(ACTIVE) ?? [...doc.body.querySelectorAll('*')].find((el) => [...el.attributes].some((a) => /^on/i.test(a.name)));
  if (bad) throw new Error(`${src}: holds <${bad.localName}>, which a zoom level never has`);
  const out = new Map<number, SVGSVGElement>();
  for (const svg of doc.body.children) {
    if (svg.namespaceURI === SVG_NS && svg.localName === 'svg' && svg.getAttribute('data-zoom')) {
      out.set(Number(svg.getAttribute('data-zoom')), document.importNode(svg, true) as SVGSVGElement);
    }
  }
  if (out.size === 0) throw new Error(`${src}: no zoom level in it`);
  return out;
}
