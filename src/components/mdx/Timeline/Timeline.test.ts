import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Timeline from './Timeline.astro';
import { normaliseSvg } from '../../../../tests/helpers/svg-snapshot.ts';

// Vitest has no content layer: serve the seed content through the same schemas, read without Astro.
vi.mock('../../../content/site.ts', async () => {
  const { readContentDir } = await import('../../../content/folder-fs.ts');
  const { ROOT } = await import('../../../../tests/helpers/content-fixture.ts');
  const { input, problems, entries } = readContentDir(ROOT);
  if (problems.length) throw new Error(`seed content has problems: ${JSON.stringify(problems)}`);
  return {
    getExplainerData: async (slug: string) => {
      const { writtenInterval } = await import('../../../lib/dates.ts');
      const { storyOrder } = await import('../../../lib/timeline/order.ts');
      const own = input.events.filter((e) => e.explainer === slug);
      const events = storyOrder(own, writtenInterval, (e) => own.indexOf(e));
      return {
        site: {
          actors: new Map(input.actors.map((a) => [a.id, a])),
          glossary: new Map(input.glossary.map((g) => [g.id, g])),
          places: new Map((input.places ?? []).map((p) => [p.id, p])),
          sources: new Map(entries.sources.map((s) => [s.id, { ...s.data, id: s.id }])),
          explainers: [],
        },
        events,
        incidents: input.incidents.filter((i) => i.explainer === slug),
      };
    },
  };
});

const SLUG = 'syria-ceasefire-2016';
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (props: Record<string, unknown> = {}) =>
  container.renderToString(Timeline, { props: { title: 'Timeline: from the Munich deal to the truce', ...props }, locals: { explainer: SLUG } });

/** One SVG of the rendered component, one element per line, numbers rounded, Astro's ids dropped. */
function svgOf(html: string, orientation: 'horizontal' | 'vertical'): string {
  const m = new RegExp(`<svg class="timeline-svg timeline-svg--${orientation}"[\\s\\S]*?</svg>`).exec(html);
  if (!m) throw new Error(`no ${orientation} SVG`);
  return normaliseSvg(m[0]);
}

describe('<Timeline> on the seed explainer', () => {
  it('draws the horizontal SVG as pinned in the snapshot', async () => {
    await expect(svgOf(await render(), 'horizontal')).toMatchFileSnapshot('./__snapshots__/seed-horizontal.svg');
  });

  it('draws the vertical (phone) SVG as pinned in the snapshot', async () => {
    await expect(svgOf(await render(), 'vertical')).toMatchFileSnapshot('./__snapshots__/seed-vertical.svg');
  });

  it('gives the SVG a description and every mark a name, and no name of its own (the section is the named region)', async () => {
    const html = await render();
    const svg = svgOf(html, 'horizontal');
    expect(svg).not.toMatch(/<title|aria-labelledby/);
    expect(svg).toMatch(/<desc [^>]*>15 events from 11 February 2016 to 27 February 2016 in 4 lanes: Diplomacy, Humanitarian, Syrian parties, Violence\./);
    const marks = svg.match(/<a [^>]*>/g) ?? [];
    expect(marks).toHaveLength(15);
    for (const a of marks) expect(a).toMatch(/aria-label="(week of |around |after )?\d{1,2} February 2016: [^"]+"/);
    expect(svg).toContain('aria-label="after 21 February 2016: Kerry hopes Obama and Putin will talk soon. Diplomacy. Expected at the time of the report."');
  });

  it('keeps the ordered list, one item per event with its anchor, behind "All events as a list"', async () => {
    const html = await render();
    expect(html.match(/<li id="event-[a-z0-9-]+"/g)).toHaveLength(15);
    expect(html).toMatch(/<details class="timeline-all" data-list[^>]*>\s*<summary[^>]*>All events as a list<\/summary>\s*<ol class="timeline-list/);
  });

  it('writes the details panel with the first event, once', async () => {
    const html = await render();
    const panel = /<div data-details-body[^>]*>([\s\S]*?)<\/div>/.exec(html)![1];
    expect(panel).toContain('The International Syria Support Group meets in Munich');
    expect(panel).not.toContain('id="event-');
  });

  it('lays out each zoom level anew, in templates, each with its own ticks', async () => {
    const html = await render();
    const levels = [...html.matchAll(/<template data-zoom-level="(\d+)"/g)].map((m) => m[1]);
    expect(levels).toEqual(['2', '4', '8']);
    const ticks = (zoom: string) => (new RegExp(`data-zoom="${zoom}"[\\s\\S]*?</svg>`).exec(html)![0].match(/class="tick /g) ?? []).length;
    expect(ticks('8')).toBeGreaterThan(ticks('1'));
  });

  it('hides lanes, ticks and breaks from assistive tech: the marks carry the dates', async () => {
    const svg = svgOf(await render(), 'horizontal');
    expect(svg).toMatch(/<g aria-hidden="true">\n<g class="lane/);
    expect(svg).not.toMatch(/<g class="tick[^]*<g class="plot"[^]*<g class="tick/);
  });

  it('uses the short label where the title does not fit, and never an ellipsis', async () => {
    const html = await render();
    expect(html).not.toMatch(/<text[^>]*>[^<]*…/);
    expect(html).toMatch(/class="label label--short"/);
  });

  it('shows only the lanes asked for, in that order', async () => {
    const svg = svgOf(await render({ lanes: ['violence', 'diplomacy'] }), 'horizontal');
    const names = [...svg.matchAll(/<text class="lane-name"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(names).toEqual(['Violence', 'Diplomacy']);
  });

  it('fails the build on a wrong prop, naming the component, the prop and the allowed values', async () => {
    await expect(render({ lanes: ['diplomcy'] })).rejects.toThrow(
      /<Timeline> prop "lanes\.0": "diplomcy" is not a known lane; did you mean `diplomacy`\?/,
    );
    await expect(render({ colour: 'red' })).rejects.toThrow(/<Timeline> prop "colour": not a prop of <Timeline>; allowed props: title, /);
    await expect(render({ from: '2016-02-30' })).rejects.toThrow(/<Timeline> prop "from": 2016-02-30 is not a real day/);
  });
});
