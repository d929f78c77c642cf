import { describe, expect, it } from 'vitest';
import { lowerBoundRevisedDown, repeatedParts } from './checks.ts';

const atLeast = (value: number) => ({ qualifier: 'at-least' as const, value });

describe('repeatedParts(parts)', () => {
  it('names each repeat of a part, on its own item', () => {
    expect(repeatedParts(['damascus', 'damascus', 'homs'])).toEqual([
      { path: ['parts', 1], message: '"damascus" is listed twice: a total counts each part once, remove the repeat' },
    ]);
    expect(repeatedParts(['damascus', 'homs'])).toEqual([]);
    expect(repeatedParts(undefined)).toEqual([]);
  });
});

describe('lowerBoundRevisedDown(reports)', () => {
  it('refuses a minimum revised down (68 → 40) without the correction flag, naming both tolls', () => {
    expect(lowerBoundRevisedDown([{ killed: atLeast(68) }, { killed: atLeast(40) }])).toEqual([
      {
        path: ['reports', 1, 'killed'],
        message: 'lowers the toll from at least 68 to at least 40: a minimum only goes up; if the source corrected the earlier figure, add correction: true to this report',
      },
    ]);
  });

  it('accepts it as a correction, and judges later reports against the corrected figure', () => {
    expect(lowerBoundRevisedDown([{ killed: atLeast(68) }, { killed: atLeast(40), correction: true }, { killed: atLeast(45) }])).toEqual([]);
  });

  it('compares ranges by their low end, and a bare or approximate figure by its number, which sets no minimum itself', () => {
    expect(lowerBoundRevisedDown([{ killed: { qualifier: 'range', low: 50, high: 70 } }, { killed: atLeast(45) }])).toHaveLength(1);
    expect(lowerBoundRevisedDown([{ killed: atLeast(68) }, { killed: { qualifier: 'about', value: 70 } }])).toEqual([]);
    expect(lowerBoundRevisedDown([{ killed: { qualifier: 'about', value: 70 } }, { killed: atLeast(60) }])).toEqual([]);
    expect(lowerBoundRevisedDown([{ killed: atLeast(51) }, { killed: { qualifier: 'none', value: 47 } }])).toEqual([
      { path: ['reports', 1, 'killed'], message: expect.stringMatching(/^lowers the toll from at least 51 to 47: /) },
    ]);
    expect(lowerBoundRevisedDown([{ killed: atLeast(68) }, { killed: { qualifier: 'about', value: 60 } }])).toHaveLength(1);
    expect(lowerBoundRevisedDown([{ killed: atLeast(51) }, { killed: { qualifier: 'none', value: 47 }, correction: true }, { killed: atLeast(48) }])).toEqual([]);
    expect(lowerBoundRevisedDown([{ killed: atLeast(40) }, { killed: atLeast(68) }, { killed: { qualifier: 'exactly', value: 68 } }])).toEqual([]);
  });
});
