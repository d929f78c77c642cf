/**
 * Event listeners an island adds and removes together: `on` adds one, `off` removes every one `on`
 * added (one AbortSignal), as an island's clean-up does.
 */
export function listeners() {
  const ac = new AbortController();
  const on = <K extends keyof HTMLElementEventMap>(el: EventTarget, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
    el.addEventListener(type, fn as EventListener, { signal: ac.signal });
  return { on, signal: ac.signal, off: () => ac.abort() };
}
