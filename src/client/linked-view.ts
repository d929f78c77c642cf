/**
 * The contract between the islands (timeline, casualty chart, locator map): neither imports the other. When a
 * reader selects something, its island dispatches SELECT_EVENT on `document`; the other listens
 * and highlights what refers to the same incident. Each island ignores events it sent itself.
 *
 *   document.addEventListener('explainer:select', (e) => e.detail.incident …)
 */
import { SELECT_EVENT } from './island';

export { SELECT_EVENT };

export interface SelectDetail {
  /** Slug of the explainer: a page may in future hold islands of several. */
  explainer: string;
  /** Which island sent it. */
  source: 'timeline' | 'casualties' | 'map';
  /** The timeline event selected, when the timeline sent it. */
  eventId?: string;
  /** Which island of its kind sent it (its data-island), when a page may hold several. */
  island?: string;
  /** The incident (content/figures id) the selection refers to, or null for none. */
  incident: string | null;
  /** The place (content/places.yaml id) selected, when the map sent it. */
  place?: string;
}

declare global {
  interface DocumentEventMap {
    [SELECT_EVENT]: CustomEvent<SelectDetail>;
  }
}

export function dispatchSelect(detail: SelectDetail, target: EventTarget = document): void {
  target.dispatchEvent(new CustomEvent<SelectDetail>(SELECT_EVENT, { detail }));
}

/** Subscribes to selections made by other islands; returns the unsubscribe function. */
export function onSelect(handler: (detail: SelectDetail) => void, target: Document = document): () => void {
  const listener = (e: CustomEvent<SelectDetail>) => handler(e.detail);
  target.addEventListener(SELECT_EVENT, listener);
  return () => target.removeEventListener(SELECT_EVENT, listener);
}
