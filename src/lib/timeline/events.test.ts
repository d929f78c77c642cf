import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../schemas/event.ts';
import { toLayoutEvent } from './events.ts';
import { eventTimes } from './marks.ts';
import { DAY, OPEN_SPAN_DAYS } from './interval.ts';

const event = (date: TimelineEvent['date'], precision?: TimelineEvent['precision']) =>
  ({ id: 'e', date, precision, status: 'reported', lane: 'l', title: 'T', citation: { document: 'doc' } }) as unknown as TimelineEvent;

describe('toLayoutEvent feeds ISO dates at their precision to the interval model', () => {
  it('a month is drawn as that whole month, with the date as readers read it', () => {
    const e = toLayoutEvent(event('2014-04'));
    expect(e.date).toBe('2014-04');
    expect(e.span).toBeUndefined();
    const [time] = eventTimes([e]);
    expect(time.shape).toBe('span');
    expect([time.start, time.end]).toEqual([Date.UTC(2014, 3, 1), Date.UTC(2014, 4, 1)]);
    expect(e.dateText).toMatch(/April 2014/);
  });

  it('a time with an offset stands at its UTC instant', () => {
    const e = toLayoutEvent(event('2014-09-05T15:00+03:00'));
    const [time] = eventTimes([e]);
    expect(time.shape).toBe('point');
    expect(time.at).toBe(Date.UTC(2014, 8, 5, 12, 0));
  });

  it('a { from, to } period covers exactly its span, from the start of from to the end of to', () => {
    const e = toLayoutEvent(event({ from: '2014-04', to: '2014-09-05' }));
    expect(e.span).toEqual({ start: Date.UTC(2014, 3, 1), end: Date.UTC(2014, 8, 6) });
    const [time] = eventTimes([e]);
    expect(time.shape).toBe('span');
    expect([time.start, time.end]).toEqual([Date.UTC(2014, 3, 1), Date.UTC(2014, 8, 6)]);
  });

  it('an open period ("since April 2014") reaches OPEN_SPAN_DAYS past its start', () => {
    const e = toLayoutEvent(event({ from: '2014-04' }));
    expect(e.span).toEqual({ start: Date.UTC(2014, 3, 1), end: Date.UTC(2014, 3, 1) + OPEN_SPAN_DAYS * DAY });
    expect(e.dateText).toMatch(/April 2014/);
    expect(e.dateText).not.toBe(toLayoutEvent(event('2014-04')).dateText);
  });

  it('a qualified day keeps its qualifier', () => {
    const e = toLayoutEvent(event('2016-02-21', 'week'));
    expect(e.precision).toBe('week');
    const [time] = eventTimes([e]);
    expect(time.end - time.start).toBe(7 * DAY);
  });
});
