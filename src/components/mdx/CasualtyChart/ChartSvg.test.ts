import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartSvg from './ChartSvg.astro';
import { normaliseSvg } from '../../../../tests/helpers/svg-snapshot.ts';
import { casualtyLayout } from '../../../lib/casualties/index.ts';
import { EXACT, REVISED, SEED, SOURCES } from '../../../../tests/helpers/casualty-fixtures.ts';


async function render(layout: ReturnType<typeof casualtyLayout>, id: string) {
  const container = await AstroContainer.create();
  return normaliseSvg(await container.renderToString(ChartSvg, { props: { layout, id } }));
}

describe('ChartSvg', () => {
  it('draws the seed figures: minimums with open ends, the total adding up its parts in their colours', async () => {
    const svg = await render(casualtyLayout(SEED, { sources: SOURCES }), 'cc-seed');
    expect(svg).not.toMatch(/style=/);
    expect(svg).not.toMatch(/role="img"/);
    expect(svg.match(/class="cc-row cc-row--/g)).toHaveLength(3);
    expect(svg.match(/class="cc-open cc-colour-/g)).toHaveLength(3);
    // Homs is colour 1 in its own bar and in the added-up bar.
    expect(svg).toMatch(/data-incident="homs-bombings"[\s\S]*?<g class="cc-colour-1">/);
    expect(svg).toMatch(/<g class="cc-seg cc-colour-1" data-part="homs-bombings">/);
    await expect(svg).toMatchFileSnapshot('__snapshots__/seed.svg');
  });

  it('draws revisions in two views, ranges, "about" and exact counts', async () => {
    const svg = await render(casualtyLayout([...REVISED, EXACT], { sources: SOURCES }), 'cc-revised');
    // Three bars and the figures on the total's segments, per view.
    expect(svg.match(/class="cc-view cc-view--first"/g)).toHaveLength(5);
    expect(svg.match(/class="cc-view cc-view--latest"/g)).toHaveLength(5);
    expect(svg).toContain('class="cc-range cc-colour-');
    expect(svg).toContain('class="cc-about"');
    expect(svg).toContain('cc-revision--up');
    await expect(svg).toMatchFileSnapshot('__snapshots__/revised.svg');
  });
});
