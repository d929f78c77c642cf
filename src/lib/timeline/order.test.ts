import { describe, expect, it } from 'vitest';
import { writtenInterval } from '../dates.ts';
import { storyOrder } from './order.ts';

// The earthquake story as the editor wrote it: the day-only events of 14 March come first in the file.
const quake = [
  { id: 'emergency', date: '2032-03-14' },
  { id: 'rescuers-dig', date: '2032-03-14' },
  { id: 'foreshock', date: '2032-03-13T22:10Z' },
  { id: 'aftershock', date: '2032-03-14T07:12Z' },
  { id: 'mainshock', date: '2032-03-14T03:54Z' },
  { id: 'aid', date: '2032-03-15' },
  { id: 'week', date: { from: '2032-03-16', to: '2032-03-22' } },
];
const order = (events: typeof quake) => storyOrder(events, writtenInterval, (e) => events.indexOf(e)).map((e) => e.id);

describe('the story order of events', () => {
  it('keeps the editor order where a day-only event and a timed event of that day overlap, and time order otherwise', () => {
    expect(order(quake)).toEqual(['foreshock', 'emergency', 'rescuers-dig', 'mainshock', 'aftershock', 'aid', 'week']);
  });

  it('puts the timed event first when the editor wrote it first, so the default selection is the quake', () => {
    const written = [quake[4], quake[0], quake[1], quake[3], quake[2]];
    expect(order(written)).toEqual(['foreshock', 'mainshock', 'emergency', 'rescuers-dig', 'aftershock']);
  });

  it('orders events that do not overlap by start, whatever the file order', () => {
    const days = [{ id: 'c', date: '2032-03-03' }, { id: 'a', date: '2032-03-01' }, { id: 'b', date: '2032-03-02T10:00Z' }];
    expect(storyOrder(days, writtenInterval, (e) => days.indexOf(e)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('is the same order whatever order the input arrives in', () => {
    const lines = new Map(quake.map((e, i) => [e, i]));
    const a = storyOrder(quake, writtenInterval, (e) => lines.get(e)!).map((e) => e.id);
    const b = storyOrder([...quake].reverse(), writtenInterval, (e) => lines.get(e)!).map((e) => e.id);
    expect(b).toEqual(a);
  });
});
