/**
 * `<copy-link>`: enhances a permalink (`<a href="#anchor">`) with a "Copy link" button.
 *
 * Markup (see src/components/CopyLink.astro, and the heading rehype plugin that emits the same):
 *   <copy-link class="copy-link" data-label="Copy link to “Title”">
 *     <a class="copy-link-anchor" href="#anchor">Link to “Title”</a>
 *   </copy-link>
 *
 * Without JavaScript the anchor stays a plain permalink. With it, a button copies the absolute URL
 * (page URL + anchor) with the Clipboard API; when that is refused or missing (insecure origin,
 * permissions, old browser) a read-only field with the URL appears, selected, so Ctrl/Cmd+C works.
 * The result is announced in a polite live region inside the element.
 */

import { permalinkUrl } from '../lib/permalink.ts';
import { announce, copyText } from './clipboard.ts';

const COPIED_MS = 2500;

export class CopyLinkElement extends HTMLElement {
  #button?: HTMLButtonElement;
  #status?: HTMLElement;
  #field?: HTMLInputElement;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    if (this.#button) return;
    const anchor = this.querySelector<HTMLAnchorElement>('a[href]');
    if (!anchor) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link-button';
    button.setAttribute('aria-label', this.dataset.label ?? 'Copy link');
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    icon.setAttribute('class', 'copy-link-icon');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1');
    icon.append(path);
    const text = document.createElement('span');
    // data-icon-only (section headings): the words stay in the accessible name only.
    text.className = this.hasAttribute('data-icon-only') ? 'copy-link-text visually-hidden' : 'copy-link-text';
    text.textContent = this.dataset.text ?? 'Copy link';
    button.append(icon, text);
    const status = document.createElement('span');
    status.className = 'copy-link-status';
    status.setAttribute('role', 'status');
    anchor.hidden = true;
    this.append(button, status);
    this.#button = button;
    this.#status = status;
    button.addEventListener('click', () => void this.copy(anchor.getAttribute('href') ?? ''));
  }

  /** Copies the permalink; falls back to a selected field with the URL. */
  async copy(href: string) {
    const url = permalinkUrl(href, location.href);
    const result = await copyText(url, this.#fieldFor(url));
    if (result === 'copied') {
      this.#field?.setAttribute('hidden', '');
      announce(this.#status, this.dataset.copied ?? 'Link copied');
      this.#button?.setAttribute('data-copied', '');
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#button?.removeAttribute('data-copied'), COPIED_MS);
    } else {
      announce(this.#status, this.dataset.manual ?? 'Press Ctrl+C (or ⌘C) to copy the selected link');
    }
  }

  /** The read-only field shown (by copyText) when the Clipboard API is refused. */
  #fieldFor(url: string) {
    if (!this.#field) {
      const field = document.createElement('input');
      field.type = 'text';
      field.readOnly = true;
      field.hidden = true;
      field.className = 'copy-link-field';
      field.setAttribute('aria-label', this.dataset.fieldLabel ?? 'Link to copy');
      this.insertBefore(field, this.#status ?? null);
      this.#field = field;
    }
    this.#field.value = url;
    return this.#field;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('copy-link')) {
  customElements.define('copy-link', CopyLinkElement);
}
