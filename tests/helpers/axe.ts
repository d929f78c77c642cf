import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels every page is held to, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * label-content-name-mismatch (WCAG 2.5.3) leaves out of a control's visible text any text node it
 * takes for an icon-font ligature: one whose whole string, drawn on a canvas, differs from its first
 * letter drawn alone by 10 % of the pixels and is 10 % narrower than its letters side by side
 * (axe-core's isIconLigature). Arabic script fails that test by its nature: its letters join, so a
 * word is narrower than its letters apart, and it runs right to left, so the first letter is not
 * where the canvas draws it alone. On the Arabic page axe dropped three of the five lines of the
 * casualty chart's added-up bar as "icons" and found the two left ("دمشق وحمص معًا" … "59)") out of
 * order in the bar's name, which holds all five lines, in order, from its start (the session-4
 * waiver in tests/hardening/sweep.spec.ts). The kit draws no icon fonts (its icons are SVG), so
 * every text node is text: a threshold of 100 % lets no line pass as an icon, which makes the rule
 * stricter on every page, never looser.
 */
const EVERY_TEXT_IS_TEXT = { 'label-content-name-mismatch': { options: { pixelThreshold: 1 } } };

/** axe.run's options: a check's options go under `checks` (axe-core's getCheckOption), which its RunOptions type leaves out. */
const RUN_OPTIONS: Parameters<AxeBuilder['options']>[0] & { checks: typeof EVERY_TEXT_IS_TEXT } = { resultTypes: ['violations'], checks: EVERY_TEXT_IS_TEXT };

/**
 * Runs axe on the page (or on the part `include` selects) and returns the violations in a form that reads well in a failed assertion.
 *
 * Every rule runs on every node, as before; two settings only cut what travels back. `resultTypes:
 * ['violations']` keeps every violation with all its nodes and sends one example node for the passes
 * (a full run of the seed page returned 1 MB of passing nodes, now 60 KB). Legacy mode runs `axe.run`
 * in the page instead of `runPartial` + `finishRun` in a new blank page (a new renderer process per
 * run): it checks same-origin frames the older way, and no page of the kit has a frame
 * (tests/hardening/page-checks.ts refuses iframes on every page). On the seed page under load this
 * took a run from about 15 s to about 4 s.
 */
export async function axeViolations(page: Page, { include }: { include?: string } = {}) {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options(RUN_OPTIONS);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}
