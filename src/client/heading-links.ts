/**
 * Gives every section heading of an explainer (h2/h3 with an id: Astro's own heading ids for the
 * MDX prose, the components' ids for Timeline, Sources, Key terms…) a `<copy-link>` permalink right
 * after it. Done here rather than in each component so a new section gets one without extra work.
 * Timeline events get one too, unless the timeline island already put a `<copy-link>` in them.
 * The strings come from data-* attributes on the container, rendered through t().
 */
import './copy-link';

function permalink(root: HTMLElement, id: string, name: string, className: string) {
  const { copyText, copyLabel, copied, manual } = root.dataset;
  const el = document.createElement('copy-link');
  el.className = `copy-link ${className}`;
  el.dataset.label = (copyLabel ?? 'Copy link to “{name}”').replace('{name}', name);
  if (copyText) el.dataset.text = copyText;
  if (copied) el.dataset.copied = copied;
  if (manual) el.dataset.manual = manual;
  const a = document.createElement('a');
  a.className = 'copy-link-anchor';
  a.href = `#${id}`;
  a.textContent = name;
  el.append(a);
  return el;
}

export function addHeadingLinks(root: HTMLElement) {
  for (const h of root.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')) {
    if (h.closest('[data-no-permalink]') || h.nextElementSibling?.matches('copy-link.heading-permalink')) continue;
    h.after(permalink(root, h.id, (h.textContent ?? '').trim(), 'heading-permalink'));
  }
  // Timeline events (li#event-…), unless the timeline draws its own copy links: a section marked
  // data-event-permalinks="own", or holding the interactive timeline island (which adds them lazily).
  for (const li of root.querySelectorAll<HTMLElement>('.timeline-event[id]')) {
    const section = li.closest('section');
    if (li.querySelector('copy-link') || li.closest('[data-event-permalinks="own"]') || section?.querySelector('.timeline-island')) continue;
    const title = li.querySelector('h3, h4');
    const name = (title?.textContent ?? li.id).trim();
    const el = permalink(root, li.id, name, 'event-permalink');
    if (title) title.after(el);
    else li.append(el);
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-heading-links]')) addHeadingLinks(root);
