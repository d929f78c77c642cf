import { describe, expect, it, vi } from 'vitest';
import { recentMemo } from './recent.ts';

describe('recentMemo', () => {
  it('makes a value once while it is among the last keys asked for, and again once it has been dropped', () => {
    const memo = recentMemo<string, string>(2);
    const make = vi.fn((k: string) => `${k}!`);
    expect(memo('a', () => make('a'))).toBe('a!');
    expect(memo('a', () => make('a'))).toBe('a!');
    memo('b', () => make('b'));
    memo('a', () => make('a')); // a is the newest again
    memo('c', () => make('c')); // b, the oldest, goes
    memo('a', () => make('a'));
    expect(make.mock.calls.map(([k]) => k)).toEqual(['a', 'b', 'c']);
    memo('b', () => make('b'));
    expect(make.mock.calls.map(([k]) => k)).toEqual(['a', 'b', 'c', 'b']);
  });
});
