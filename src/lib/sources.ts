import { formatIsoDate, parseIsoDate, type IsoDate } from './dates.ts';
import { t } from './i18n.ts';

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
}

/** "Agency report", "Newspaper report", "Press release". */
export function sourceKindLabel(kind: SourceKind, lang = 'en'): string {
  return t(`source.kind.${kind}`, {}, lang);
}

/** "Broadcast report (BBC News), Kyiv, 5 September 2014": kind, outlet, dateline if any, date. */
export function sourceLine(s: SourceDescription, lang = 'en'): string {
  const published = parseIsoDate(s.published) as IsoDate;
  return [t('source.kindOutlet', { kind: sourceKindLabel(s.kind, lang), outlet: s.outlet }, lang), s.dateline, formatIsoDate(published, lang)]
    .filter(Boolean)
    .join(', ');
}

/** How a citation names its article in running text: "broadcast report (BBC News)", or "the source article" when unknown. */
export function citedSourceLabel(s: Pick<SourceDescription, 'kind' | 'outlet'> | undefined, lang = 'en'): string {
  if (!s?.kind || !s.outlet) return t('source.unknownArticle', {}, lang);
  return t('source.kindOutlet', { kind: sourceKindLabel(s.kind, lang).toLocaleLowerCase(lang), outlet: s.outlet }, lang);
}
