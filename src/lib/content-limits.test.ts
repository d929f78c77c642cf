import { describe, expect, it } from 'vitest';
import { contentLimits, DEFAULT_LIMITS, eventBudgetProblem, pageBudgetProblem } from './content-limits.ts';

describe('contentLimits(env)', () => {
  it('uses the defaults (1800–2100, 300 events, 1000 KB) unless a variable says otherwise', () => {
    expect(contentLimits({})).toEqual(DEFAULT_LIMITS);
    expect(contentLimits({ EXPLAINER_YEARS: '1700-2100', EXPLAINER_MAX_EVENTS: '50', EXPLAINER_MAX_PAGE_KB: '400' })).toEqual({
      years: { min: 1700, max: 2100 },
      eventsPerExplainer: 50,
      pageKilobytes: 400,
    });
  });

  it('ignores a malformed or reversed value rather than guessing', () => {
    expect(contentLimits({ EXPLAINER_YEARS: '2100-1800', EXPLAINER_MAX_EVENTS: '-3', EXPLAINER_MAX_PAGE_KB: '1e3' })).toEqual(DEFAULT_LIMITS);
  });
});

describe('budgets and ranges', () => {
  it('reports an explainer over its event budget and a page over its size budget', () => {
    expect(eventBudgetProblem(10_000, DEFAULT_LIMITS)).toMatch(/^has 10000 timeline events, over the budget of 300/);
    expect(eventBudgetProblem(300, DEFAULT_LIMITS)).toBeUndefined();
    expect(pageBudgetProblem(17_000_000, DEFAULT_LIMITS)).toMatch(/^is 17000 KB of HTML, over the budget of 1000 KB/);
    expect(pageBudgetProblem(210_000, DEFAULT_LIMITS)).toBeUndefined();
  });
});
