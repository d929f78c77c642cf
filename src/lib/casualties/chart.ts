/**
 * The casualty chart laid out at build time: one row per incident, then one per total, whose bar
 * adds up its parts in their own colours with a tick at the figure the source itself gives.
 * Combines the scale (scale.ts), the geometry (geometry.ts) and the words (words.ts) into plain
 * data that ChartSvg.astro only maps over.
 */
import type { Citation } from '../../schemas/common.ts';
import type { SourceInfo } from '../format.ts';
import { countScale } from './scale.ts';
import { parseWhen } from '../dates.ts';
import { BAR, COLOURS, stackRows, sumMarks, tollMarks, type Marks } from './geometry.ts';
import { comparableSum } from './tolls.ts';
import { describeChart, incidentWords, labelLines, totalWords, type BarWords } from './words.ts';
import { VIEWS, formatReportedAt, maximumOf, mergeCitations, reportInfo, type IncidentInput, type ReportInfo, type View } from './reports.ts';

export type BarMarks = Marks & BarWords;

export interface ChartRow {
  /** Unique within the chart: the incident id. Every row is a bar a reader can select. */
  key: string;
  incident: string;
  kind: 'incident' | 'total';
  /** The incident's colour index (0-based) for its own bar; a total's bar takes its parts' colours (none of its own). */
  colour?: number;
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
  /** Per view: "The parts add up to at least 127, 7 more than the source's own total …". */
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
  /** The chart in words, per view: its description. */
  alt: Record<View, string>;
  notes: TotalNote[];
  /** Every citation of the shown reports, merged per source article. */
  citations: Citation[];
  /** "21 February 2016" or "21 February 2016 – 23 February 2016, 09:30 UTC". */
  reportedRange: string;
  domain: [number, number];
  /** The kinds of mark drawn in any view, for the chart's key. */
  marks: MarkKind[];
  /** The colour indexes the bars use (their textures are defined once per chart). */
  colours: number[];
}

export const MARK_KINDS = ['open', 'range', 'about', 'exact', 'plain', 'revision', 'stated'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface LayoutOptions {
  /** Source articles, for citation text. */
  sources?: SourceInfo[];
  lang?: string;
}

/**
 * Lays out the chart. `incidents` are the ones to show; `all` (default: the same) resolves the
 * parts of totals and fixes each incident's colour, so it is the same in every chart of a page.
 */
export function casualtyLayout(incidents: IncidentInput[], options: LayoutOptions = {}, all: IncidentInput[] = incidents): CasualtyLayout {
  const { sources = [], lang = 'en' } = options;
  const byId = new Map(all.map((i) => [i.id, i]));
  const colourOf = new Map(all.filter((i) => i.kind === 'incident').map((i, n) => [i.id, n % COLOURS]));
  const singles = incidents.filter((i) => i.kind === 'incident');
  const totals = incidents
    .filter((i) => i.kind === 'total')
    .map((total) => ({ total, parts: (total.parts ?? []).map((id) => byId.get(id)).filter((p): p is IncidentInput => !!p) }));

  // The domain covers every figure of every view, so switching views never rescales the axis.
  let max = 1;
  for (const inc of incidents) for (const r of inc.reports) max = Math.max(max, maximumOf(r.killed));
  for (const { total, parts } of totals) for (const r of total.reports) max = Math.max(max, comparableSum(r, parts)?.sum ?? 0);
  const x = countScale(max);

  type Draft = Omit<ChartRow, 'labelY' | 'valueY' | 'barY'>;
  const drafts: Draft[] = [];
  const notes: TotalNote[] = [];
  for (const inc of singles) {
    const reports = inc.reports.map((r, i) => reportInfo(r, i, sources, lang));
    const views = {} as Record<View, BarMarks>;
    for (const view of VIEWS) {
      const r = view === 'first' ? reports[0] : reports[reports.length - 1];
      const m: BarMarks = { ...tollMarks(r.killed, x), ...incidentWords(inc, reports, view, lang) };
      const first = reports[0];
      if (reports.length > 1 && view === 'latest' && first.minimum !== r.minimum) m.revision = { firstX: x(first.minimum), latestX: x(r.minimum) };
      views[view] = m;
    }
    drafts.push({ key: inc.id, incident: inc.id, kind: 'incident', colour: colourOf.get(inc.id), labelLines: labelLines(inc.label), revised: reports.length > 1, views, reports });
  }
  for (const { total, parts } of totals) {
    const reports = total.reports.map((r, i) => reportInfo(r, i, sources, lang));
    const views = {} as Record<View, BarMarks>;
    const note = {} as Record<View, string>;
    for (const view of VIEWS) {
      const r = view === 'first' ? reports[0] : reports[reports.length - 1];
      // Like with like: each part as it stood when this report of the total was made.
      const cmp = comparableSum(total.reports[r.index], parts);
      const colours = parts.map((p) => ({ incident: p.id, colour: colourOf.get(p.id) ?? 0 }));
      const { note: text, ...words } = totalWords(total, reports, parts, view, lang);
      views[view] = { ...sumMarks(colours, cmp, r.killed, x), ...words };
      note[view] = text;
    }
    drafts.push({ key: total.id, incident: total.id, kind: 'total', labelLines: labelLines(total.label), revised: reports.length > 1, views, reports });
    notes.push({ incident: total.id, text: note });
  }

  // A gap of 10 px and a rule between the incidents and the totals.
  const lines = drafts.map((d) => ({ labelLines: d.labelLines.length, valueLines: Math.max(...VIEWS.map((v) => d.views[v].valueLines.length)) }));
  const { places, axisY, height } = stackRows(lines);
  const gap = totals.length && singles.length ? 10 : 0;
  const rows: ChartRow[] = drafts.map((d, i) => {
    const shift = d.kind === 'total' ? gap : 0;
    const p = places[i];
    return { ...d, labelY: p.labelY.map((y) => y + shift), valueY: p.valueY.map((y) => y + shift), barY: p.barY + shift };
  });
  const firstTotal = rows.find((r) => r.kind === 'total');
  const totalsY = firstTotal && singles.length ? firstTotal.labelY[0] - 14 - gap / 2 - 4 : undefined;

  const shownReports = incidents.flatMap((i) => i.reports);
  // Reports with no time given are left out of the range: it says when the known ones were made.
  const startOf = (at: string) => {
    const w = parseWhen(at);
    return 'problem' in w ? NaN : w.start;
  };
  const times = shownReports.map((r) => r.reportedAt).filter((at) => !Number.isNaN(startOf(at))).sort((a, b) => startOf(a) - startOf(b));
  const firstTime = formatReportedAt(times.length ? times[0] : 'unknown', lang);
  const lastTime = times.length ? formatReportedAt(times[times.length - 1], lang) : firstTime;
  return {
    height: height + gap,
    barHeight: BAR,
    rows,
    totalsY,
    axis: { y: axisY + gap, ticks: x.ticks.map(({ x: tx, label }) => ({ x: tx, label })) },
    hasRevisions: incidents.some((i) => i.reports.length > 1),
    alt: { first: describeChart(incidents, totals, 'first', lang), latest: describeChart(incidents, totals, 'latest', lang) },
    notes,
    citations: mergeCitations(shownReports.map((r) => r.citation)),
    reportedRange: firstTime === lastTime ? firstTime : `${firstTime} – ${lastTime}`,
    domain: x.domain,
    marks: MARK_KINDS.filter((k) => rows.some((r) => VIEWS.some((v) => r.views[v][k] !== undefined))),
    colours: [...new Set(rows.flatMap((r) => [r.colour, ...VIEWS.flatMap((v) => r.views[v].segments?.map((s) => s.colour) ?? [])]))].filter(
      (c): c is number => c !== undefined,
    ),
  };
}

