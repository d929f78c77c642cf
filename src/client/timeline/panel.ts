/**
 * The details panel: the selected event's entry (date, title, description, who, source), copied
 * from its item in the list so it is written once, and a "Copy link" to it. In an embed the link
 * is the article's, not the embed's. Copying goes through the kit's one clipboard module
 * (../clipboard.ts): when the Clipboard API is refused, a read-only field shows the link, selected,
 * for Ctrl/⌘+C.
 */
import { announce, copyText } from '../clipboard.ts';

export interface Panel {
  show(id: string): void;
}

/** `itemOf(id)`: the event's item in this timeline's list, whose children the panel shows. */
export function createPanel(host: HTMLElement, linkTo: (id: string) => string, itemOf: (id: string) => HTMLElement | null): Panel {
  const body = host.querySelector<HTMLElement>('[data-details-body]')!;
  const status = host.querySelector<HTMLElement>('[data-copy-status]')!;
  const field = host.querySelector<HTMLInputElement>('[data-copy-field]');
  const actions = host.querySelector<HTMLElement>('.timeline-details__actions');
  // The event the server drew in the panel (the first one), until the reader selects another.
  let current = body.dataset.event ?? '';
  actions?.removeAttribute('data-pending');
  host.querySelector<HTMLButtonElement>('[data-copy]')?.addEventListener('click', async () => {
    const url = linkTo(current);
    if (field) field.value = url;
    const result = await copyText(url, field);
    if (result === 'copied' && field) field.hidden = true;
    const failed = (host.dataset.copyFailed ?? '').replace('{url}', url);
    announce(status, result === 'copied' ? (host.dataset.copied ?? '') : result === 'selected' ? (host.dataset.copyManual ?? failed) : failed);
  });
  return {
    show(id) {
      current = id;
      body.dataset.event = id;
      status.textContent = '';
      if (field) field.hidden = true;
      const item = itemOf(id);
      if (item) body.replaceChildren(...[...item.children].map((c) => c.cloneNode(true)));
    },
  };
}
