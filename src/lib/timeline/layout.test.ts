import { describe, expect, it } from 'vitest';
import { layoutTimeline, humanizeLane, fitLabel, wrapLabel, CHAR_WIDTH, type LayoutEvent, type TimelineLayout, type TimelineMark } from './layout';
import { toLayoutEvent } from './events';
import { readContentDir } from '../../content/folder-fs.ts';
import { ROOT } from '../../../tests/helpers/content-fixture';
import { syntheticEvents } from '../../../tests/helpers/synthetic-events';
import type { TimelineEvent } from '../../schemas/event';

const seed = readContentDir(ROOT).input.events.filter((e) => e.explainer === 'syria-ceasefire-2016').map(toLayoutEvent);

const ev = (id: string, date: string, over: Partial<LayoutEvent> = {}): LayoutEvent => ({
  id,
  date,
  precision: 'day',
  status: 'reported',
  lane: 'diplomacy',
  title: `Event ${id}`,
  context: false,
  ...over,
});

/** n synthetic events (tests/helpers/synthetic-events.ts) as the layout sees them. */
const syntheticLayoutEvents = (n: number, seed = 1): LayoutEvent[] => syntheticEvents(n, seed).map((e) => toLayoutEvent(e as TimelineEvent));

interface Box {
  id: string;
  what: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Marks and labels of a horizontal layout as boxes in SVG units (label width by CHAR_WIDTH). */
function boxes(layout: TimelineLayout): Box[] {
  const out: Box[] = [];
  for (const m of layout.marks) {
    out.push({ id: m.id, what: 'mark', x0: m.t0 - 7, x1: m.t1 + 7, y0: m.y - 7, y1: m.y + 7 });
    if (m.label) {
      const w = m.label.text.length * CHAR_WIDTH;
      const ox = (m.label.at === 'end' ? m.t1 : m.t0) + m.label.dx;
      const [x0, x1] = m.label.anchor === 'start' ? [ox, ox + w] : [ox - w, ox];
      out.push({ id: m.id, what: 'label', x0, x1, y0: m.y - 7, y1: m.y + 7 });
    }
  }
  return out;
}

function overlaps(list: Box[]): [Box, Box][] {
  const sorted = [...list].sort((a, b) => a.x0 - b.x0);
  const found: [Box, Box][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].x0 < sorted[i].x1; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      if (a.id === b.id) continue;
      if (a.y0 < b.y1 && b.y0 < a.y1) found.push([a, b]);
    }
  }
  return found;
}

describe('layoutTimeline(events) lanes', () => {
  it('takes the lanes from the data, in order of first event, with humanised names', () => {
    const { lanes } = layoutTimeline(seed);
    expect(lanes.map((l) => [l.id, l.label])).toEqual([
      ['diplomacy', 'Diplomacy'],
      ['humanitarian', 'Humanitarian'],
      ['syrian-parties', 'Syrian parties'],
      ['violence', 'Violence'],
    ]);
  });
  it('follows a lane order when given one, and knows lanes it has never seen', () => {
    const events = [ev('a', '2020-01-01', { lane: 'sea-trade' }), ev('b', '2020-01-02', { lane: 'un-security-council' })];
    expect(layoutTimeline(events, { lanes: ['un-security-council'] }).lanes.map((l) => l.label)).toEqual(['Un security council', 'Sea trade']);
    expect(humanizeLane('syrian-parties')).toBe('Syrian parties');
  });
  it('keeps every mark inside its lane band', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutTimeline(seed, { orientation });
      for (const m of layout.marks) {
        const band = layout.lanes.find((l) => l.id === m.lane)!.band;
        expect(m.x).toBeGreaterThanOrEqual(band.x);
        expect(m.x).toBeLessThanOrEqual(band.x + band.width);
        expect(m.y).toBeGreaterThanOrEqual(band.y);
        expect(m.y).toBeLessThanOrEqual(band.y + band.height);
      }
    }
  });
  it('gives lanes colours 1–5 and cycles after five', () => {
    const events = 'abcdefg'.split('').map((l, i) => ev(l, `2020-01-0${i + 1}`, { lane: `lane-${l}` }));
    expect(layoutTimeline(events).lanes.map((l) => l.colour)).toEqual([1, 2, 3, 4, 5, 1, 2]);
  });
});

describe('layoutTimeline(events) marks', () => {
  const layout = layoutTimeline(seed);
  const byId = new Map(layout.marks.map((m) => [m.id, m]));
  // Two day events a day apart (20 and 21 February) give the scale's units per day.
  const perDay = byId.get('lavrov-kerry-call-2')!.x - byId.get('lavrov-kerry-call-1')!.x;

  it('numbers marks in time order: the keyboard order', () => {
    const dates = layout.marks.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(layout.marks.map((m) => m.index)).toEqual(layout.marks.map((_, i) => i));
  });
  it('draws week and approximate dates as spans of their length, day events as points', () => {
    expect(byId.get('aid-shipments')!.bar!.width).toBeCloseTo(7 * perDay, 6);
    // The seed has no approximate date (its deadline is a week after 12 February): add one.
    const withApprox = new Map(layoutTimeline([...seed, ev('around', '2016-02-17', { precision: 'approximate', lane: 'humanitarian' })]).marks.map((m) => [m.id, m]));
    const perDayApprox = withApprox.get('lavrov-kerry-call-2')!.x - withApprox.get('lavrov-kerry-call-1')!.x;
    expect(withApprox.get('around')!.bar!.width).toBeCloseTo(4 * perDayApprox, 6);
    expect(byId.get('kerry-announces')!.bar).toBeNull();
    expect(byId.get('kerry-announces')!.glyph).toMatch(/A/);
  });
  it('draws an "after" event as an open span with an arrow', () => {
    const m = byId.get('obama-putin-talk')!;
    expect(m.bar).not.toBeNull();
    expect(m.arrow).not.toBeNull();
    expect(m.status).toBe('expected');
  });
  it('draws context events as diamonds, reported ones as circles', () => {
    expect(byId.get('unsc-2268')!.context).toBe(true);
    expect(byId.get('unsc-2268')!.glyph).toMatch(/^M0,-7L7,0/);
    expect(byId.get('munich-deal')!.glyph).not.toEqual(byId.get('unsc-2268')!.glyph);
  });
  it('places a day event at the middle of its UTC day, spans from their first day', () => {
    const week = byId.get('aid-shipments')!; // week of 15 February: starts at 00:00 on the 15th
    const day = byId.get('lavrov-kerry-call-1')!; // 20 February, drawn at 12:00
    expect(day.x - week.x).toBeCloseTo(5.5 * perDay, 6);
    expect(perDay).toBeGreaterThan(20);
  });
  it('puts same-day events of one lane in separate rows', () => {
    const sameDay = ['lavrov-kerry-call-2', 'kerry-announces'].map((id) => byId.get(id)!);
    expect(sameDay[0].row).not.toBe(sameDay[1].row);
    expect(sameDay[0].y).not.toBe(sameDay[1].y);
    const violence = ['homs-bombings', 'damascus-bombings'].map((id) => byId.get(id)!);
    expect(Math.abs(violence[0].y - violence[1].y)).toBeGreaterThanOrEqual(14);
  });
  it('never overlaps two marks, or a label with a mark or another label (seed)', () => {
    expect(overlaps(boxes(layout))).toEqual([]);
  });
  it('keeps labels inside the drawing', () => {
    for (const b of boxes(layout).filter((b) => b.what === 'label')) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(layout.width);
    }
  });
  it('labels every seed event with at least its first words', () => {
    expect(layout.marks.filter((m) => !m.label).map((m) => m.id)).toEqual([]);
    for (const m of layout.marks) {
      expect(m.label!.text.length).toBeGreaterThanOrEqual(Math.min(m.title.length, 20));
      expect(m.title.startsWith(m.label!.text.replace(/…$/, ''))).toBe(true);
    }
  });
});

describe('layoutTimeline(events) at scale', () => {
  it('never overlaps marks or labels with 1,000 events', () => {
    const layout = layoutTimeline(syntheticLayoutEvents(1000));
    expect(layout.marks).toHaveLength(1000);
    expect(overlaps(boxes(layout))).toEqual([]);
  });
  it('separates 50 events on one day into 50 rows', () => {
    const events = Array.from({ length: 50 }, (_, i) => ev(`d${i}`, '2016-02-21'));
    const layout = layoutTimeline(events);
    expect(new Set(layout.marks.map((m) => m.row)).size).toBe(50);
    expect(overlaps(boxes(layout))).toEqual([]);
  });
  it('gives the same layout in any input order of different days (sorted by date first)', () => {
    const events = syntheticLayoutEvents(200, 7);
    const a = layoutTimeline(events);
    const b = layoutTimeline([...events].reverse());
    const pos = (l: TimelineLayout) => new Map(l.marks.map((m) => [m.id, m.t0]));
    const pa = pos(a);
    for (const [id, t] of pos(b)) expect(t).toBeCloseTo(pa.get(id)!, 6);
  });
});

describe('layoutTimeline(events, { orientation: "vertical" })', () => {
  const layout = layoutTimeline(seed, { orientation: 'vertical' });
  const lines = (m: TimelineMark) => m.y + m.label!.dy;
  it('runs time downwards, one line per event, lines never closer than a text line', () => {
    const ys = layout.marks.map(lines);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(20 - 1e-9);
  });
  it('fits in 300 units across, labels included', () => {
    expect(layout.width).toBe(300);
    for (const m of layout.marks) {
      const longest = Math.max(m.label!.text.length, m.label!.more?.length ?? 0) * CHAR_WIDTH;
      expect(m.x + m.label!.dx + longest).toBeLessThanOrEqual(300);
    }
  });
  it('keeps ticks in time order and apart', () => {
    const at = layout.ticks.map((t) => t.at);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(20);
    expect(layout.ticks.map((t) => t.date)).toEqual([...layout.ticks.map((t) => t.date)].sort());
  });
  it('puts a span running past other events of its lane in a column of its own', () => {
    const expected = layout.marks.find((m) => m.id === 'obama-putin-talk')!; // "after 21 February": a week-long span
    const next = layout.marks.find((m) => m.id === 'joint-statement')!; // 22 February, same lane
    expect(expected.x).not.toBe(next.x);
  });
});

describe('labels', () => {
  it('are cut at a word boundary with "…", or left out when too little would remain', () => {
    expect(fitLabel('Kerry announces a provisional agreement', 20 * CHAR_WIDTH)).toEqual({ text: 'Kerry announces a…', truncated: true });
    expect(fitLabel('Short', 10 * CHAR_WIDTH)).toEqual({ text: 'Short', truncated: false });
    expect(fitLabel('Supercalifragilistic words', 8 * CHAR_WIDTH)).toBeNull();
  });
  it('wrap onto two lines in the vertical layout', () => {
    expect(wrapLabel('World powers agree a deal to pause the fighting within a week', 26 * CHAR_WIDTH)).toEqual([
      'World powers agree a deal',
      'to pause the fighting…',
    ]);
  });
});
