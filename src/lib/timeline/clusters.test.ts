import { describe, expect, it } from 'vitest';
import { CLUSTER_CELL, CLUSTER_MIN, denseGroups, layoutTimeline, ZOOM_LEVELS } from './index.ts';
import { collisions, contentTimelines, syntheticLayoutEvents } from '../../../tests/helpers/timeline-layouts.ts';

const at = (index: number, lane: string, c: number) => ({ index, lane, t0: c - 7, t1: c + 7 });

describe('denseGroups', () => {
  it('gathers CLUSTER_MIN marks of one lane whose centres lie within one cell', () => {
    const marks = Array.from({ length: CLUSTER_MIN }, (_, i) => at(i, 'a', 100 + i * 5));
    expect(denseGroups(marks)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('leaves fewer marks, marks spread wider than a cell, and marks of other lanes apart', () => {
    expect(denseGroups(Array.from({ length: CLUSTER_MIN - 1 }, (_, i) => at(i, 'a', 100 + i)))).toEqual([]);
    expect(denseGroups(Array.from({ length: CLUSTER_MIN }, (_, i) => at(i, 'a', 100 + i * (CLUSTER_CELL / (CLUSTER_MIN - 1)))))).toEqual([]);
    expect(denseGroups(Array.from({ length: CLUSTER_MIN }, (_, i) => at(i, i % 2 ? 'a' : 'b', 100 + i)))).toEqual([]);
  });

  it('finds a crowd that does not start at the first mark, and several crowds in a row', () => {
    const marks = [at(0, 'a', 0), ...Array.from({ length: 10 }, (_, i) => at(i + 1, 'a', 50 + i * 2)), ...Array.from({ length: 5 }, (_, i) => at(i + 11, 'a', 200 + i))];
    expect(denseGroups(marks)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]);
  });
});

describe('layoutTimeline clusters at 1,000 events', () => {
  const events = syntheticLayoutEvents(1000);
  const levels = ZOOM_LEVELS.map((zoom) => layoutTimeline(events, { zoom, cluster: zoom !== ZOOM_LEVELS.at(-1) }));

  it('draws each mark once: on its own or in exactly one cluster of its lane, which names its members', () => {
    for (const L of levels) {
      const inClusters = L.clusters.flatMap((c) => c.members);
      expect(new Set(inClusters).size).toBe(inClusters.length);
      for (const [k, c] of L.clusters.entries()) {
        expect(c.members.length).toBeGreaterThanOrEqual(CLUSTER_MIN);
        for (const i of c.members) {
          expect(L.marks[i].cluster).toBe(k);
          expect(L.marks[i].lane).toBe(c.lane);
          expect(L.marks[i].label).toBeNull();
        }
      }
      expect(L.marks.filter((m) => m.cluster !== undefined)).toHaveLength(inClusters.length);
    }
  });

  it('clusters fewer events as the zoom grows, and none at the deepest level', () => {
    const clustered = levels.map((L) => L.clusters.reduce((n, c) => n + c.members.length, 0));
    expect(clustered[0]).toBeGreaterThan(500);
    for (let i = 1; i < clustered.length; i++) expect(clustered[i]).toBeLessThan(clustered[i - 1]);
    expect(clustered.at(-1)).toBe(0);
  });

  it('puts every badge inside the plot, over no other mark or label', () => {
    for (const L of levels) {
      for (const c of L.clusters) {
        expect(c.x - c.width / 2).toBeGreaterThanOrEqual(0);
        expect(c.x + c.width / 2).toBeLessThanOrEqual(L.width);
        expect(c.y + c.height / 2).toBeLessThanOrEqual(L.plot.height);
      }
      expect(collisions(L)).toEqual([]);
    }
  });

  it('keeps the horizontal drawing short enough to read: under a quarter of its unclustered height at zoom 1', () => {
    const plain = layoutTimeline(events, { zoom: 1, cluster: false });
    expect(levels[0].height).toBeLessThan(plain.height / 4);
  });
});

describe('clusters in real stories', () => {
  it('the seed and every fixture explainer have none: their marks are few enough to tell apart', () => {
    for (const [slug, events] of contentTimelines()) for (const zoom of ZOOM_LEVELS) expect(layoutTimeline(events, { zoom }).clusters, slug).toEqual([]);
  });
});
