import { formatDay } from './format.ts';
import { t } from './i18n.ts';

/** One entry of an explainer's log of changes, as the front matter `updates:` gives it. */
export interface UpdateEntry {
  at: string;
  kind: 'update' | 'correction';
  what: string;
  was?: string;
}

/**
 * An update as one line of plain text, for feeds and cards: "Corrected 1 December 2026: … Before: …".
 * The old figure or wording of a correction stays in the line.
 */
export function updateLine(u: UpdateEntry, lang = 'en'): string {
  const head = `${t(`updates.${u.kind}`, {}, lang)} ${formatDay(u.at, lang)}: ${u.what}`;
  return u.was ? `${head} ${t('updates.was', { was: u.was }, lang)}` : head;
}

/** The log newest first, one line each. */
export function updateLines(updates: readonly UpdateEntry[], lang = 'en'): string[] {
  return [...updates].reverse().map((u) => updateLine(u, lang));
}
