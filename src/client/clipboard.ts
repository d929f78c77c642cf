/**
 * The kit's one way to put text on the clipboard, used by every copy button (heading permalinks,
 * citations, embed snippets, timeline event links).
 *
 * `copyText(text, fallback)` tries the Clipboard API. When it is missing or refused (insecure
 * origin, permissions, old browser) it selects `fallback` so Ctrl/Cmd+C copies it: a text field
 * (its value is selected and it gets focus) or any element (its contents are selected). It resolves
 * to `'copied'` or `'selected'` (or `'failed'` when there was nothing to select), so the caller can
 * announce the right message. `announce(status, message)` writes that message into a live region so
 * a repeated message is read again.
 */

export type CopyResult = 'copied' | 'selected' | 'failed';

export async function copyText(text: string, fallback?: HTMLElement | null): Promise<CopyResult> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return select(fallback) ? 'selected' : 'failed';
  }
}

function select(el: HTMLElement | null | undefined): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.hidden = false;
    el.focus();
    el.select();
    return true;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** Writes `message` into a live region; clears it first so the same message is announced again. */
export function announce(status: HTMLElement | null | undefined, message: string) {
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}
