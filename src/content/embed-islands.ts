import { getExplainerData } from './site.ts';
import { EMBED_ISLANDS, type EmbedIsland } from '../lib/embed.ts';

/** The islands an explainer can embed: a timeline only with events, a casualty chart only with figures. */
export async function embeddableIslands(slug: string): Promise<EmbedIsland[]> {
  const { events, incidents } = await getExplainerData(slug);
  return (Object.keys(EMBED_ISLANDS) as EmbedIsland[]).filter((island) => (island === 'timeline' ? events.length > 0 : incidents.length > 0));
}
