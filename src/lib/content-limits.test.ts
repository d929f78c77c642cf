import { describe, expect, it } from 'vitest';
import { contentLimits, DEFAULT_LIMITS, eventBudgetProblem, pageBudgetProblem, yearProblem } from './content-limits';

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
  it('refuses a date in the year 9999 (the axis would squash) and one before 1800, naming the setting', () => {
    expect(yearProblem('9999-12-31', DEFAULT_LIMITS)).toBe('year 9999 is outside the years this site allows (1800–2100): check the date, or set EXPLAINER_YEARS (e.g. EXPLAINER_YEARS=1800-9999)');
    expect(yearProblem('1799-01-01T00:00Z', DEFAULT_LIMITS)).toMatch(/^year 1799 is outside/);
    expect(yearProblem('1800', DEFAULT_LIMITS)).toBeUndefined();
    expect(yearProblem('2100-12-31', DEFAULT_LIMITS)).toBeUndefined();
  });

  it('reports an explainer over its event budget and a page over its size budget', () => {
    expect(eventBudgetProblem(10_000, DEFAULT_LIMITS)).toMatch(/^has 10000 timeline events, over the budget of 300/);
    expect(eventBudgetProblem(300, DEFAULT_LIMITS)).toBeUndefined();
    expect(pageBudgetProblem(17_000_000, DEFAULT_LIMITS)).toMatch(/^is 17000 KB of HTML, over the budget of 1000 KB/);
    expect(pageBudgetProblem(210_000, DEFAULT_LIMITS)).toBeUndefined();
  });
});
