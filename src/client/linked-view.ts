/**
 * The contract between the islands (timeline, casualty chart, locator map): neither imports the other. When a
 * reader selects something, its island dispatches SELECT_EVENT on `document`; the other listens
 * and highlights what refers to the same incident. Each island ignores events it sent itself.
 *
 *   document.addEventListener('explainer:select', (e) => e.detail.incident …)
 */
import { SELECT_EVENT, type SelectDetail } from './island.ts';

export { SELECT_EVENT, type SelectDetail };

export function dispatchSelect(detail: SelectDetail, target: EventTarget = document): void {
  target.dispatchEvent(new CustomEvent<SelectDetail>(SELECT_EVENT, { detail }));
}

/** Subscribes to selections made by other islands; returns the unsubscribe function. */
export function onSelect(handler: (detail: SelectDetail) => void, target: Document = document): () => void {
  const listener = (e: CustomEvent<SelectDetail>) => handler(e.detail);
  target.addEventListener(SELECT_EVENT, listener);
  return () => target.removeEventListener(SELECT_EVENT, listener);
}
