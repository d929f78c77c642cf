/**
 * `<copy-text data-for="id">`: adds a button that copies the text of the element with that id (a
 * citation, an embed snippet). Clipboard API first; if refused, the text is selected so the reader
 * can press Ctrl/Cmd+C. The button's visible text and accessible name come from data-label.
 */
import { announce, copyText } from './clipboard.ts';

class CopyText extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button')) return;
    const target = document.getElementById(this.dataset.for ?? '');
    if (!target) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link-button';
    button.textContent = this.dataset.label ?? 'Copy';
    const status = document.createElement('span');
    status.className = 'copy-link-status';
    status.setAttribute('role', 'status');
    this.append(button, status);
    button.addEventListener('click', async () => {
      const text = target.dataset.copy ?? (target.textContent ?? '').replace(/\s+/g, ' ').trim();
      const result = await copyText(text, target);
      announce(status, result === 'copied' ? this.dataset.copied ?? 'Copied' : this.dataset.manual ?? 'Press Ctrl+C to copy the selected text');
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
