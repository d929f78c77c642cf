import { describe, expect, it } from 'vitest';
import { byExplainer, groupBy } from './group-by.ts';

describe('groupBy', () => {
  it('keeps each group in the order of the items, and the groups in the order first seen', () => {
    const groups = groupBy([3, 10, 4, 21, 5], (n) => n % 2);
    expect([...groups]).toEqual([
      [1, [3, 21, 5]],
      [0, [10, 4]],
    ]);
  });

  it('groups entries by their explainer, those without one under ""', () => {
    const events = [{ id: 'a', explainer: 'x' }, { id: 'b' }, { id: 'c', explainer: 'y' }, { id: 'd', explainer: 'x' }];
    const groups = byExplainer(events);
    expect(groups.get('x')?.map((e) => e.id)).toEqual(['a', 'd']);
    expect(groups.get('y')?.map((e) => e.id)).toEqual(['c']);
    expect(groups.get('')?.map((e) => e.id)).toEqual(['b']);
  });
});
