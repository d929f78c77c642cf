import { formatIsoDate, parseIsoDate, type IsoDate } from './dates.ts';
import { t } from './i18n.ts';
import { isolate } from './bidi.ts';

/** What kind of source a text is; the page names it ("Broadcast report", "Press release"), never assumes one. */
export const SOURCE_KINDS = [
  'agency-report',
  'newspaper',
  'magazine',
  'broadcaster',
  'online',
  'official-document',
  'press-release',
  'statement',
  'transcript',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What the page says about a source article. */
export interface SourceDescription {
  kind: SourceKind;
  /** Who published it, as credited: "Reuters", "BBC News", "Agencies". */
  outlet: string;
  /** Where it was filed, when the report says. */
  dateline?: string;
  /** YYYY-MM-DD. */
  published: string;
  /** The language it is written in (BCP 47; en when not given). */
  lang?: string;
}

/** "Agency report", "Newspaper report", "Press release". */
export function sourceKindLabel(kind: SourceKind, lang = 'en'): string {
  return t(`source.kind.${kind}`, {}, lang);
}

/** The source's own credit, in its words and language: "Agencies, Amman" (outlet, then dateline if any). */
export const sourceCredit = (s: Pick<SourceDescription, 'outlet' | 'dateline' | 'lang'>) =>
  [s.outlet, s.dateline].filter(Boolean).join(t('list.separator', {}, s.lang ?? 'en'));

/**
 * "Broadcast report (BBC News), Kyiv, 5 September 2014": kind, outlet, dateline if any, date. On a
 * page in another language than the source's, the outlet and dateline are the source's own credit,
 * one isolated run in its language inside the brackets: "تقرير وكالة (Agencies, Amman)، 21 فبراير
 * 2016", never Latin words strung on Arabic commas, which a right-to-left line shows in reverse order
 * ("(Amman ،Agencies)").
 */
export function sourceLine(s: SourceDescription, lang = 'en'): string {
  const published = parseIsoDate(s.published) as IsoDate;
  const kind = sourceKindLabel(s.kind, lang);
  const date = formatIsoDate(published, lang);
  const sep = t('list.separator', {}, lang);
  if ((s.lang ?? 'en') !== lang) return [t('source.kindOutlet', { kind, outlet: isolate(sourceCredit(s)) }, lang), date].join(sep);
  return [t('source.kindOutlet', { kind, outlet: s.outlet }, lang), s.dateline, date].filter(Boolean).join(sep);
}

/** How a citation names its article in running text: "broadcast report (BBC News)", or "the source article" when unknown. */
export function citedSourceLabel(s: Pick<SourceDescription, 'kind' | 'outlet'> | undefined, lang = 'en'): string {
  if (!s?.kind || !s.outlet) return t('source.unknownArticle', {}, lang);
  return t('source.kindOutlet', { kind: sourceKindLabel(s.kind, lang).toLocaleLowerCase(lang), outlet: s.outlet }, lang);
}

/** How a page names one of its sources: in a citation line (long) and beside an inline ¶ link (short). */
export interface SourceName {
  long: string;
  short: string;
}

/**
 * Names for the sources one page cites, so that no two read alike: "agency report (Reuters)" and
 * "Reuters" while that is enough; with the day added ("agency report (Reuters), 14 March 2032"), and
 * then the dateline, where two would otherwise be the same words pointing at different articles.
 */
export function sourceNames(sources: (Pick<SourceDescription, 'kind' | 'outlet' | 'published' | 'dateline'> & { id: string })[], lang = 'en'): Map<string, SourceName> {
  const day = (s: { published: string }) => formatIsoDate(parseIsoDate(s.published) as IsoDate, lang);
  const tiers = [
    (s: (typeof sources)[number]) => ({ long: citedSourceLabel(s, lang), short: s.outlet }),
    (s: (typeof sources)[number]) => ({ long: `${citedSourceLabel(s, lang)}, ${day(s)}`, short: `${s.outlet}, ${day(s)}` }),
    (s: (typeof sources)[number]) => ({ long: [citedSourceLabel(s, lang), s.dateline, day(s)].filter(Boolean).join(', '), short: [s.outlet, s.dateline, day(s)].filter(Boolean).join(', ') }),
  ];
  const out = new Map<string, SourceName>();
  for (const s of sources) {
    const name = tiers.map((tier) => tier(s)).find((n, i) => i === tiers.length - 1 || sources.filter((o) => tiers[i](o).long === n.long).length === 1)!;
    out.set(s.id, name);
  }
  return out;
}
