import { describe, expect, it } from 'vitest';
import { layoutTimeline, ZOOM_LEVELS } from './index.ts';
import { boxes, collisions, contentTimelines, syntheticLayoutEvents } from '../../../tests/helpers/timeline-layouts.ts';

const timelines = contentTimelines();
const seed = timelines.get('syria-ceasefire-2016')!;
const months = timelines.get('fixture-valley-siege')!;

describe('horizontalLayout', () => {
  for (const [slug, events] of timelines) {
    for (const zoom of ZOOM_LEVELS) {
      it(`${slug} at zoom ${zoom}: labels whole, never colliding, inside the drawing`, () => {
        const L = layoutTimeline(events, { orientation: 'horizontal', zoom });
        expect(collisions(L)).toEqual([]);
        for (const b of boxes(L).filter((x) => x.what === 'label')) {
          expect(b.x0).toBeGreaterThanOrEqual(0);
          expect(b.x1).toBeLessThanOrEqual(L.width);
        }
        for (const m of L.marks) {
          if (!m.label) continue;
          expect(m.label.lines.length).toBeLessThanOrEqual(2);
          expect(m.label.lines.join(' ')).toBe(m.label.short ? events.find((e) => e.id === m.id)!.label : m.title);
        }
      });
    }
  }

  it('shows every seed label at zoom 1, and gains room (fewer rows) when zoomed in', () => {
    const one = layoutTimeline(seed, { orientation: 'horizontal' });
    expect(one.marks.filter((m) => !m.label)).toEqual([]);
    const eight = layoutTimeline(seed, { orientation: 'horizontal', zoom: 8 });
    expect(eight.height).toBeLessThan(one.height);
    expect(eight.marks.filter((m) => m.label && !m.label.short).length).toBeGreaterThanOrEqual(one.marks.filter((m) => m.label && !m.label.short).length);
  });

  it('puts same-day events of a lane in separate rows', () => {
    const L = layoutTimeline(seed, { orientation: 'horizontal' });
    const sameDay = L.marks.filter((m) => m.date === '2016-02-21' && m.lane === 'violence');
    expect(new Set(sameDay.map((m) => m.row)).size).toBe(sameDay.length);
  });

  it('draws a week as exactly that week, ending before the report day', () => {
    const L = layoutTimeline(seed, { orientation: 'horizontal' });
    const aid = L.marks.find((m) => m.id === 'aid-shipments')!;
    const day = (iso: string) => L.ticks.find((t) => t.date.startsWith(iso))?.at;
    expect(aid.x).toBeCloseTo(day('2016-02-15')!, 0);
    expect(aid.x + aid.bar!.width).toBeCloseTo(day('2016-02-21')!, 0);
  });

  it('breaks the months-long axis where nothing happens, and draws the break', () => {
    const L = layoutTimeline(months, { orientation: 'horizontal' });
    expect(L.breaks.filter((b) => b.kind === 'break')).toHaveLength(2);
    const cluster = L.marks.filter((m) => m.date === '2014-09-05');
    // The 5 September events are not squeezed against the edge: they stand well inside the drawing.
    for (const m of cluster) expect(m.x).toBeLessThan(L.width - 40);
  });

  it('lays out 1,000 events with no label cut or colliding', () => {
    const L = layoutTimeline(syntheticLayoutEvents(1000), { orientation: 'horizontal' });
    expect(L.marks).toHaveLength(1000);
    expect(collisions(L)).toEqual([]);
  });
});
