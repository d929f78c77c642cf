/**
 * Runs inside an embed page. Reports the content height to the parent window whenever it changes
 * (message format in src/lib/embed.ts). Links were written at build time to point at the full
 * explainer in the top window (Astro.locals.embedBase); any in-page link left whose target is not
 * in the embed (a component that does not know about embeds) is pointed there too, and so are
 * links to other pages of the site (a ¶ citation goes to the source's own page).
 */
import { heightMessage } from '../lib/embed.ts';

const root = document.querySelector<HTMLElement>('[data-explainer-url]');
const full = root?.dataset.explainerUrl;
if (full) {
  // getAttribute, not .hash/.href: SVG <a> elements have neither as strings.
  for (const a of document.querySelectorAll<Element>('a[href^="#"]')) {
    const href = a.getAttribute('href') ?? '';
    let id = '';
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      /* a malformed anchor: point it at the article as written */
    }
    if (!id || !document.getElementById(id)) {
      a.setAttribute('href', new URL(href, full).href);
      a.setAttribute('target', '_top');
    }
  }
  // Links to other pages of the site open in the top window with absolute addresses.
  for (const a of document.querySelectorAll<Element>('a[href^="/"]:not([href^="//"])')) {
    a.setAttribute('href', new URL(a.getAttribute('href')!, full).href);
    a.setAttribute('target', '_top');
  }
}

if (window.parent !== window) {
  const id = new URLSearchParams(location.search).get('id') ?? '';
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not secret, so any parent may read it ('*'); the parent checks who sent it.
    window.parent.postMessage(heightMessage(id, height), '*');
  };
  new ResizeObserver(report).observe(document.body);
  addEventListener('load', report);
  report();
}
