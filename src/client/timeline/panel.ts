/**
 * The details panel: the selected event's entry (date, title, description, who, source), copied
 * from its item in the list so it is written once, and a "Copy link" to it. In an embed the link
 * is the article's, not the embed's.
 */
export interface Panel {
  show(id: string): void;
}

/** `itemOf(id)`: the event's item in this timeline's list, whose children the panel shows. */
export function createPanel(host: HTMLElement, linkTo: (id: string) => string, itemOf: (id: string) => HTMLElement | null): Panel {
  const body = host.querySelector<HTMLElement>('[data-details-body]')!;
  const status = host.querySelector<HTMLElement>('[data-copy-status]')!;
  const actions = host.querySelector<HTMLElement>('.timeline-details__actions');
  // The event the server drew in the panel (the first one), until the reader selects another.
  let current = body.dataset.event ?? '';
  actions?.removeAttribute('data-pending');
  host.querySelector<HTMLButtonElement>('[data-copy]')?.addEventListener('click', async () => {
    const url = linkTo(current);
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      /* refused or unavailable: say the link instead */
    }
    status.textContent = ok ? (host.dataset.copied ?? '') : (host.dataset.copyFailed ?? '').replace('{url}', url);
  });
  return {
    show(id) {
      current = id;
      body.dataset.event = id;
      status.textContent = '';
      const item = itemOf(id);
      if (item) body.replaceChildren(...[...item.children].map((c) => c.cloneNode(true)));
    },
  };
}
