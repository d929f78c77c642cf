import type { Killed } from '../../schemas/figure';
import type { Citation } from '../../schemas/common';
import { formatKilled, type SourceInfo } from '../format';
import { parseWhen } from '../dates';
import { comparableSum, incidentWhenWords, partNoun, reportLine, totalNote, sumQualifier as sumQualifierOf } from './tolls';
import { t } from '../i18n';
import { countScale, OPEN_END } from './scale';
import {
  VIEWS,
  formatReportedAt,
  isLowerBound,
  maximumOf,
  mergeCitations,
  minimumOf,
  reportInfo,
  reportOf,
  wrapText,
  type IncidentInput,
  type ReportInfo,
  type View,
} from './reports';

/** Vertical measures in px. Horizontal positions are percent of the plot width (see scale.ts). */
export const LINE = 18;
export const BAR = 18;
export const ROW_GAP = 18;
export const AXIS = 28;
/** Characters per label line: fits a 288 px phone column at the chart's 14 px text. */
export const WRAP = 34;
/** Length of a minimum's open end, percent of the width. */
export const OPEN_LENGTH = OPEN_END * 0.8;

/** The marks of one bar in one view. x and width are percent; nothing here is a DOM node. */
export interface BarMarks {
  /** Filled from zero to the minimum (a range's low end). */
  solid: { x: number; width: number };
  /** A lower bound: the fading, dashed continuation past the figure, ending in an arrowhead at `x + width`. */
  open?: { x: number; width: number };
  /** A range: the span from low to high, outlined, with end caps. */
  range?: { x: number; width: number };
  /** "about": a dotted tick across the end of the bar. */
  about?: { x: number };
  /** An exact count: a solid end cap. */
  exact?: { x: number };
  /** A bare figure (qualifier none): the bar just ends, claiming neither exactness nor a minimum. */
  plain?: { x: number };
  /** A total added up from its parts: one segment per part. */
  segments?: { x: number; width: number; label: string }[];
  /** Latest view of a revised toll: where the first report stood, and the arrow from there to the latest. */
  revision?: { firstX: number; latestX: number };
  /** The line under the label: "at least 68 killed · reported 21 February 2016". */
  valueLines: string[];
  /** What a screen reader announces on the bar: figure, time and source. */
  ariaLabel: string;
}

export interface ChartRow {
  /** Unique within the chart. */
  key: string;
  /** The incident id the row stands for (linked view, details); none for a computed sum. */
  incident?: string;
  kind: 'incident' | 'total' | 'sum';
  labelLines: string[];
  /** Baselines of the label lines and value lines, and the bar's top edge, px. */
  labelY: number[];
  valueY: number[];
  barY: number;
  /** True when the incident has later reports than the first. */
  revised: boolean;
  views: Record<View, BarMarks>;
  reports: ReportInfo[];
}

export interface TotalNote {
  incident: string;
  /** Per view: "The tolls reported for each attack add up to at least 127 …". */
  text: Record<View, string>;
}

export interface CasualtyLayout {
  height: number;
  barHeight: number;
  rows: ChartRow[];
  /** Where the group of total rows starts (a rule is drawn there), px; undefined without totals. */
  totalsY?: number;
  axis: { y: number; ticks: { x: number; label: string }[] };
  /** True when any shown incident has a revision: the chart then offers both views. */
  hasRevisions: boolean;
  /** The generated text alternative, per view. */
  alt: Record<View, string>;
  notes: TotalNote[];
  /** Every citation of the shown reports, merged per source article. */
  citations: Citation[];
  /** "21 February 2016" or "21 February 2016 to 23 February 2016, 09:30 UTC". */
  reportedRange: string;
  domain: [number, number];
  /** The kinds of mark drawn in any view, for the chart's key. */
  marks: MarkKind[];
}

export const MARK_KINDS = ['open', 'range', 'about', 'exact', 'plain', 'revision'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface LayoutOptions {
  /** Source articles, for citation text. */
  sources?: SourceInfo[];
  lang?: string;
}

/** The qualifier of a sum of tolls (see tolls.ts). */
export const sumQualifier = (parts: Killed[]) => sumQualifierOf(parts);

/**
 * Lays out the casualty chart at build time: one row per incident, then for each total the
 * source's figure beside the sum of its parts' minimums. Returns plain data for the .astro file.
 * `incidents` are the ones to show; `all` (default: the same) resolves the parts of totals.
 */
export function casualtyLayout(incidents: IncidentInput[], options: LayoutOptions = {}, all: IncidentInput[] = incidents): CasualtyLayout {
  const { sources = [], lang = 'en' } = options;
  const byId = new Map(all.map((i) => [i.id, i]));
  const singles = incidents.filter((i) => i.kind === 'incident');
  const totals = incidents
    .filter((i) => i.kind === 'total')
    .map((total) => ({ total, parts: (total.parts ?? []).map((id) => byId.get(id)).filter((p): p is IncidentInput => !!p) }));

  // The domain covers every figure of every view, so switching views never rescales the axis.
  let max = 1;
  for (const inc of incidents) for (const r of inc.reports) max = Math.max(max, maximumOf(r.killed));
  for (const { total, parts } of totals) for (const r of total.reports) max = Math.max(max, comparableSum(r, parts)?.sum ?? 0);
  const x = countScale(max);

  const rows: ChartRow[] = [];
  let y = 4;
  const place = (key: string, kind: ChartRow['kind'], label: string, views: Record<View, Omit<BarMarks, 'ariaLabel'> & { ariaLabel: string }>, extra: Partial<ChartRow>) => {
    const labelLines = wrapText(label, WRAP);
    const valueCount = Math.max(...VIEWS.map((v) => views[v].valueLines.length));
    const labelY = labelLines.map((_, i) => y + 14 + i * LINE);
    const valueY = Array.from({ length: valueCount }, (_, i) => y + 14 + (labelLines.length + i) * LINE);
    const barY = y + (labelLines.length + valueCount) * LINE + 6;
    rows.push({ key, kind, labelLines, labelY, valueY, barY, revised: false, views, reports: [], ...extra });
    y = barY + BAR + ROW_GAP;
  };

  /** Marks for one toll drawn from `start` (0, or after the segments of a sum). */
  const marks = (k: Killed): Omit<BarMarks, 'valueLines' | 'ariaLabel'> => {
    const lo = x(minimumOf(k));
    const m: Omit<BarMarks, 'valueLines' | 'ariaLabel'> = { solid: { x: 0, width: lo } };
    if (isLowerBound(k)) m.open = { x: lo, width: OPEN_LENGTH };
    else if (k.qualifier === 'range') m.range = { x: lo, width: x(k.high) - lo };
    else if (k.qualifier === 'about') m.about = { x: lo };
    else if (k.qualifier === 'none') m.plain = { x: lo };
    else m.exact = { x: lo };
    return m;
  };

  for (const inc of singles) {
    const reports = inc.reports.map((r, i) => reportInfo(r, i, sources, lang));
    const first = reports[0];
    const latest = reports[reports.length - 1];
    const revised = reports.length > 1;
    const views = {} as Record<View, BarMarks>;
    for (const view of VIEWS) {
      const r = view === 'first' ? first : latest;
      const value = [reportLine(inc, inc.reports[r.index], !revised ? 'only' : view, lang)];
      if (revised && view === 'latest') value.push(t('casualties.wasFirst', { figure: first.figure }, lang));
      const valueLines = value.flatMap((v) => wrapText(v, WRAP + 8));
      const m: BarMarks = {
        ...marks(r.killed),
        valueLines,
        // Starts with the words on screen (WCAG 2.5.3, label in name), then the source.
        ariaLabel: `${inc.label} — ${valueLines.join(' ')}. ${r.source}.`,
      };
      if (revised && view === 'latest' && first.minimum !== latest.minimum) m.revision = { firstX: x(first.minimum), latestX: x(latest.minimum) };
      views[view] = m;
    }
    place(inc.id, 'incident', inc.label, views, { incident: inc.id, revised, reports });
  }

  const totalsY = totals.length ? y : undefined;
  if (totals.length) y += 10;
  const notes: TotalNote[] = [];
  for (const { total, parts } of totals) {
    const reports = total.reports.map((r, i) => reportInfo(r, i, sources, lang));
    const revised = reports.length > 1;
    const stated = {} as Record<View, BarMarks>;
    const summed = {} as Record<View, BarMarks>;
    const note = {} as Record<View, string>;
    for (const view of VIEWS) {
      const r = view === 'first' ? reports[0] : reports[reports.length - 1];
      const statedText = [reportLine(total, total.reports[r.index], !revised ? 'only' : view, lang)];
      if (revised && view === 'latest') statedText.push(t('casualties.wasFirst', { figure: reports[0].figure }, lang));
      const statedLines = statedText.flatMap((v) => wrapText(v, WRAP + 8));
      stated[view] = {
        ...marks(r.killed),
        valueLines: statedLines,
        ariaLabel: `${t('casualties.statedLabel', { label: total.label }, lang)} — ${statedLines.join(' ')}. ${r.source}.`,
      };

      // Like with like: each part as it stood when this report of the total was made.
      const cmp = comparableSum(total.reports[r.index], parts);
      let cursor = 0;
      const segments = (cmp?.reports ?? []).map((pr, i) => {
        const width = x(minimumOf(pr.killed)) - x(0);
        const seg = { x: cursor, width, label: parts[i].place };
        cursor += width;
        return seg;
      });
      const sumFigure = cmp ? formatKilled({ qualifier: cmp.qualifier, value: cmp.sum }, lang) : '';
      const partsText = cmp ? parts.map((p, i) => `${p.place} ${minimumOf(cmp.reports[i].killed)}`).join(' + ') : '';
      summed[view] = {
        solid: { x: 0, width: 0 },
        segments,
        ...(!cmp ? {} : cmp.qualifier === 'at-least' ? { open: { x: cursor, width: OPEN_LENGTH } } : cmp.qualifier === 'about' ? { about: { x: cursor } } : cmp.qualifier === 'none' ? { plain: { x: cursor } } : { exact: { x: cursor } }),
        valueLines: cmp ? wrapText(t('casualties.sumFigure', { figure: sumFigure, parts: partsText }, lang), WRAP + 8) : [],
        ariaLabel: '',
      };
      note[view] = totalNote(total, total.reports[r.index], parts, lang);
    }
    place(total.id, 'total', t('casualties.statedLabel', { label: total.label }, lang), stated, { incident: total.id, revised, reports });
    place(`${total.id}--sum`, 'sum', t('casualties.sumOfParts', { label: total.label, each: partNoun(total, lang) }, lang), summed, {});
    notes.push({ incident: total.id, text: note });
  }

  const shownReports = incidents.flatMap((i) => i.reports);
  // Reports with no time given are left out of the range: it says when the known ones were made.
  const startOf = (at: string) => {
    const w = parseWhen(at);
    return 'problem' in w ? NaN : w.start;
  };
  const times = shownReports.map((r) => r.reportedAt).filter((at) => !Number.isNaN(startOf(at))).sort((a, b) => startOf(a) - startOf(b));
  const firstTime = times.length ? formatReportedAt(times[0], lang) : formatReportedAt('unknown', lang);
  const lastTime = times.length ? formatReportedAt(times[times.length - 1], lang) : firstTime;

  const layout: CasualtyLayout = {
    height: y - ROW_GAP + 8 + AXIS,
    barHeight: BAR,
    rows,
    totalsY,
    axis: { y: y - ROW_GAP + 8, ticks: x.ticks.map(({ x: tx, label }) => ({ x: tx, label })) },
    hasRevisions: incidents.some((i) => i.reports.length > 1),
    alt: { first: '', latest: '' },
    notes,
    citations: mergeCitations(shownReports.map((r) => r.citation)),
    reportedRange: firstTime === lastTime ? firstTime : `${firstTime} – ${lastTime}`,
    domain: x.domain,
    marks: MARK_KINDS.filter((k) => rows.some((r) => VIEWS.some((v) => r.views[v][k] !== undefined))),
  };
  for (const view of VIEWS) layout.alt[view] = describeChart(incidents, totals, view, lang);
  return layout;
}

/**
 * The chart in words, for its text alternative: "Bar chart of people killed, as reported. At least
 * 68 killed in Damascus (Damascus bombings, 21 February 2016); …". Generated from the data, so it
 * can never disagree with the bars.
 */
export function describeChart(
  incidents: IncidentInput[],
  totals: { total: IncidentInput; parts: IncidentInput[] }[],
  view: View,
  lang = 'en',
): string {
  const parts: string[] = [];
  for (const inc of incidents.filter((i) => i.kind === 'incident')) {
    const r = reportOf(inc, view);
    let s = t('casualties.altIncident', { figure: formatKilled(r.killed, lang), place: inc.place, label: inc.label, date: incidentWhenWords(inc, lang) }, lang);
    if (inc.reports.length > 1 && view === 'latest') {
      const f = inc.reports[0];
      s += `, ${t('casualties.revisedFromTo', {
        first: formatKilled(f.killed, lang),
        firstDate: formatReportedAt(f.reportedAt, lang),
        latest: formatKilled(r.killed, lang),
        latestDate: formatReportedAt(r.reportedAt, lang),
      }, lang)}`;
    }
    parts.push(s);
  }
  let text = t('casualties.altIntro', {}, lang);
  if (parts.length) text += ` ${capitalise(parts.join('; '))}.`;
  for (const { total, parts: ps } of totals) {
    const stated = reportOf(total, view);
    const cmp = comparableSum(stated, ps);
    const words = { stated: formatKilled(stated.killed, lang), place: total.place, each: partNoun(total, lang) };
    text += ` ${cmp ? t('casualties.altTotalOfParts', { ...words, sum: formatKilled({ qualifier: cmp.qualifier, value: cmp.sum }, lang) }, lang) : t('casualties.altTotalNotComparable', words, lang)}`;
  }
  return text;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
