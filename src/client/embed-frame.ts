/**
 * Runs inside an embed page. Reports the content height to the parent window whenever it changes
 * (message format in src/lib/embed.ts), and points in-page links whose target is not in the embed
 * (actors, terms) at the full explainer, and links to other pages of the site (source
 * paragraphs), opened in the top window with absolute addresses.
 */
import { heightMessage } from '../lib/embed';

const root = document.querySelector<HTMLElement>('[data-explainer-url]');
const full = root?.dataset.explainerUrl;
if (full) {
  // getAttribute, not .hash/.href: SVG <a> elements (timeline marks) have neither as strings.
  for (const a of document.querySelectorAll<Element>('a[href^="#"]')) {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    if (id && !document.getElementById(id)) {
      a.setAttribute('href', new URL(`#${id}`, full).href);
      a.setAttribute('target', '_top');
    }
  }
  // Links to other pages of the site (a ¶ citation goes to the source's own page) open in the top window too.
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
