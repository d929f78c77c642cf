/**
 * Gives every section heading of an explainer (h2/h3 with an id: Astro's own heading ids for the
 * MDX prose, the components' ids for Timeline, Sources, Key terms…) a `<copy-link>` permalink right
 * after it. Done here rather than in each component so a new section gets one without extra work.
 * The strings come from data-* attributes on the container, rendered through t().
 */
import './copy-link';

export function addHeadingLinks(root: HTMLElement) {
  const { copyText, copyLabel, copied, manual } = root.dataset;
  for (const h of root.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')) {
    if (h.closest('[data-no-permalink]') || h.nextElementSibling?.matches('copy-link.heading-permalink')) continue;
    const name = (h.textContent ?? '').trim();
    const el = document.createElement('copy-link');
    el.className = 'copy-link heading-permalink';
    el.dataset.label = (copyLabel ?? 'Copy link to “{name}”').replace('{name}', name);
    if (copyText) el.dataset.text = copyText;
    if (copied) el.dataset.copied = copied;
    if (manual) el.dataset.manual = manual;
    const a = document.createElement('a');
    a.className = 'copy-link-anchor';
    a.href = `#${h.id}`;
    a.textContent = name;
    el.append(a);
    h.after(el);
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-heading-links]')) addHeadingLinks(root);
