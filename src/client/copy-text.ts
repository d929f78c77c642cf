/**
 * `<copy-text data-for="id">`: adds a button that copies the text of the element with that id (a
 * citation, an embed snippet). Clipboard API first; if refused, the text is selected so the reader
 * can press Ctrl/Cmd+C. The button's visible text and accessible name come from data-label.
 */
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
      const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
      let message = this.dataset.copied ?? 'Copied';
      try {
        if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
        await navigator.clipboard.writeText(target.dataset.copy ?? text);
      } catch {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        message = this.dataset.manual ?? 'Press Ctrl+C to copy the selected text';
      }
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
