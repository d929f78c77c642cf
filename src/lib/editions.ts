import { DEFAULT_LANG } from './i18n.ts';

/**
 * Editions of an explainer: the original and its translations. A translated entry is the
 * original's entry with the words of `i18n[lang]` in place of its own; ids, dates, citations and
 * figures stay the original's. Pure.
 */

interface Translatable {
  id: string;
  i18n?: Record<string, object>;
}

/**
 * The entry as a page in `lang` shows it. Throws, naming the entry, when it has no words in that
 * language (the reader reports it first, with file and line; this guards what it cannot see).
 */
export function localize<T extends Translatable>(entry: T, lang: string, what: string): T {
  const words = entry.i18n?.[lang] as Record<string, unknown> | undefined;
  if (!words) throw new Error(`The ${what} "${entry.id}" has no words in "${lang}": add it to content/${lang}/ (npm run check says where)`);
  const out: Record<string, unknown> = { ...entry, ...words };
  const e = entry as unknown as Record<string, unknown>;
  // A label, a quote's words and a report's stated words come from the translation or not at all,
  // never from the original's language.
  if ('title' in words) out.label = words.label;
  if (e.quote) out.quote = { ...(e.quote as object), text: (words.quote as { text?: string } | undefined)?.text };
  if (Array.isArray(e.reports)) {
    const reports = (words.reports as { stated?: string }[] | undefined) ?? [];
    out.reports = (e.reports as Record<string, unknown>[]).map((r, i) => ({ ...r, stated: reports[i]?.stated }));
  }
  return out as T;
}

/** Site-relative path of an edition: `/<slug>/` for an original, `/<lang>/<slug>/` for a translation (its id). */
export const editionPath = (id: string) => `/${id}/`;

/** One language edition of a page, for hreflang links and the language switch. */
export interface Edition {
  /** BCP 47 tag, e.g. "ar". */
  lang: string;
  /** Site-relative path. */
  href: string;
  /** Whether it is the original (hreflang x-default). */
  original: boolean;
}

/** Site-relative path of the RSS feed of a language's explainers: /rss.xml for the default, /<lang>/rss.xml for the others. */
export const rssPath = (lang = DEFAULT_LANG) => (lang === DEFAULT_LANG ? '/rss.xml' : `/${lang}/rss.xml`);

/** Site-relative path of the home page of a language: / for the default, /<lang>/ for the others. */
export const homePath = (lang = DEFAULT_LANG) => (lang === DEFAULT_LANG ? '/' : `/${lang}/`);

/** What finding an edition needs of an entry: its id and, for a translation, its original's slug. */
interface EditionEntry {
  id: string;
  data: { translation?: { of: string } };
}
interface Editions<E> {
  explainers: readonly E[];
  translations?: readonly E[];
}

/** An explainer or a translation by id (`<slug>` or `<lang>/<slug>`). */
export function findExplainer<E extends EditionEntry>(site: Editions<E>, id: string): E | undefined {
  return site.explainers.find((e) => e.id === id) ?? site.translations?.find((e) => e.id === id);
}

/** The editions of an explainer: the original and its translations (original first). */
export function editionsOf<E extends EditionEntry>(site: Editions<E>, id: string): E[] {
  const entry = findExplainer(site, id);
  const original = entry?.data.translation ? site.explainers.find((e) => e.id === entry.data.translation!.of) : entry;
  if (!original) return entry ? [entry] : [];
  return [original, ...(site.translations ?? []).filter((t) => t.data.translation?.of === original.id)];
}
