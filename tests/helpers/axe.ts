import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels every page is held to, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}
