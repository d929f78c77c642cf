import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './index.ts';
import { PHONE_WIDTH } from './vertical.ts';
import { boxes, collisions, contentTimelines, syntheticLayoutEvents } from '../../../tests/helpers/timeline-layouts.ts';

const timelines = contentTimelines();
const seed = timelines.get('syria-ceasefire-2016')!;
const months = timelines.get('fixture-valley-siege')!;

describe('verticalLayout', () => {
  for (const [slug, events] of timelines) {
    it(`${slug}: labels whole, never colliding, inside the drawing`, () => {
      const L = layoutTimeline(events, { orientation: 'vertical' });
      expect(collisions(L)).toEqual([]);
      for (const b of boxes(L).filter((x) => x.what === 'label')) expect(b.x1).toBeLessThanOrEqual(PHONE_WIDTH);
    });
  }

  it("names the first and last events' days on the axis, in both orientations, with no two tick labels overlapping", () => {
    const seedTicks = layoutTimeline(seed, { orientation: 'vertical' }).ticks.map((t) => t.label.join(' '));
    expect(seedTicks[0]).toBe('2016 11 Feb');
    expect(seedTicks).toContain('12 Feb');
    expect(seedTicks.at(-1)).toBe('27 Feb');
    for (const [slug, events] of timelines) {
      for (const orientation of ['vertical', 'horizontal'] as const) {
        const L = layoutTimeline(events, { orientation });
        // The events dated to the day or the minute, as UTC days (the axis is drawn in UTC).
        const days = L.marks
          .filter((m) => m.precision === 'day' || m.precision === 'time')
          .map((m) => new Date(Math.floor(Date.parse(m.date) / 86_400_000) * 86_400_000).toISOString().slice(0, 10))
          .sort();
        const named = L.ticks.map((t) => t.date.slice(0, 10));
        expect(named, `${slug} ${orientation}: first day`).toContain(days[0]);
        expect(named, `${slug} ${orientation}: last day`).toContain(days.at(-1));
        if (orientation === 'vertical') {
          for (let i = 1; i < L.ticks.length; i++) expect(L.ticks[i].at - L.ticks[i - 1].at, `${slug}: ticks ${i - 1}, ${i}`).toBeGreaterThanOrEqual(16);
        }
      }
    }
  });

  it('labels every seed and months-long fixture event (title or short label)', () => {
    for (const events of [seed, months]) expect(layoutTimeline(events, { orientation: 'vertical' }).marks.filter((m) => !m.label).map((m) => m.id)).toEqual([]);
  });

  it('keeps point events in time order down the page', () => {
    const L = layoutTimeline(months, { orientation: 'vertical' });
    const ys = L.marks.filter((m) => m.shape === 'point').map((m) => m.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('is to scale between breaks, and marks every change of scale', () => {
    const L = layoutTimeline(months, { orientation: 'vertical' });
    const rates = L.segments.filter((s) => s.kind === 'scale').map((s) => (s.r1 - s.r0) / (s.to - s.from));
    for (const r of rates) expect(r).toBeCloseTo(rates[0], 9);
    expect(L.breaks.filter((b) => b.kind === 'break')).toHaveLength(2);
    // 5 September: six events and more, one day drawn larger and marked so.
    expect(L.breaks.filter((b) => b.kind === 'enlarged')).toHaveLength(1);
    expect(L.ticks.find((t) => t.kind === 'day')?.label).toEqual(['5 Sep']);
  });

  it('puts the 5 September events inside 5 September, not weeks later', () => {
    const L = layoutTimeline(months, { orientation: 'vertical' });
    const day = L.segments.find((s) => s.kind === 'enlarged')!;
    for (const m of L.marks.filter((x) => x.date === '2014-09-05')) {
      expect(m.y).toBeGreaterThanOrEqual(day.r0);
      expect(m.y).toBeLessThanOrEqual(day.r1);
    }
  });

  it('draws "around 20 June" as a whisker of a day either side of noon, to scale', () => {
    const L = layoutTimeline(months, { orientation: 'vertical' });
    const m = L.marks.find((x) => x.id === 'water-plant')!;
    expect(m.shape).toBe('uncertain');
    const seg = L.segments.find((s) => s.kind === 'scale' && s.from <= Date.UTC(2014, 5, 20) && s.to > Date.UTC(2014, 5, 20))!;
    const perDay = ((seg.r1 - seg.r0) / (seg.to - seg.from)) * 86_400_000;
    const ys = m.extent!.match(/-?[\d.]+/g)!.map(Number).filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(2 * perDay, 0);
  });

  it('lays out 1,000 events with no label colliding', () => {
    expect(collisions(layoutTimeline(syntheticLayoutEvents(1000), { orientation: 'vertical' }))).toEqual([]);
  });
});
