/**
 * Limits on what one site's content may hold, so a typo or a runaway import cannot build a page
 * nobody can load (10,000 events made a 17 MB page) or an axis squashed by a date in the year 9999.
 * Defaults suit news explainers; a site changes them with environment variables at build and lint
 * time (documented in docs/editing.md):
 *   EXPLAINER_YEARS=1700-2100      dates allowed (years, inclusive; read by src/schemas/common.ts)
 *   EXPLAINER_MAX_EVENTS=300       timeline events per explainer
 *   EXPLAINER_MAX_PAGE_KB=1000     size of one built HTML page, in kilobytes (before compression)
 */
export interface ContentLimits {
  years: { min: number; max: number };
  eventsPerExplainer: number;
  pageKilobytes: number;
}

export const DEFAULT_LIMITS: ContentLimits = { years: { min: 1800, max: 2100 }, eventsPerExplainer: 300, pageKilobytes: 1000 };

/** The limits in force: the defaults, each overridden by its variable when that is set and well formed. */
export function contentLimits(env: Record<string, string | undefined> = {}): ContentLimits {
  const years = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(env.EXPLAINER_YEARS ?? '');
  const whole = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) ? Number(v) : undefined);
  return {
    years: years && Number(years[1]) <= Number(years[2]) ? { min: Number(years[1]), max: Number(years[2]) } : DEFAULT_LIMITS.years,
    eventsPerExplainer: whole(env.EXPLAINER_MAX_EVENTS) ?? DEFAULT_LIMITS.eventsPerExplainer,
    pageKilobytes: whole(env.EXPLAINER_MAX_PAGE_KB) ?? DEFAULT_LIMITS.pageKilobytes,
  };
}

/** Why an explainer has too many events for one page, or undefined. */
export function eventBudgetProblem(count: number, limits: ContentLimits): string | undefined {
  return count > limits.eventsPerExplainer
    ? `has ${count} timeline events, over the budget of ${limits.eventsPerExplainer} for one page: split the story into several explainers, or raise EXPLAINER_MAX_EVENTS`
    : undefined;
}

/** Why a built page is too heavy, or undefined. */
export function pageBudgetProblem(bytes: number, limits: ContentLimits): string | undefined {
  const kb = Math.ceil(bytes / 1000);
  return kb > limits.pageKilobytes
    ? `is ${kb} KB of HTML, over the budget of ${limits.pageKilobytes} KB for one page: fewer events or figures per explainer, or raise EXPLAINER_MAX_PAGE_KB`
    : undefined;
}
