// Which places a story's map shows, and what the list under it says of each: pure, so the
// component, the embed and the tests agree.

/** What the map needs of a timeline event or an incident: its id and the places it happened in. */
export interface PlacedItem {
  id: string;
  places?: readonly string[];
}

/**
 * The places of a story, each once, in the order a reader meets them: the places of its events
 * (in time order), then of its incidents, then the extra ones the editor lists on the map.
 */
export function storyPlaceIds(events: readonly PlacedItem[], incidents: readonly PlacedItem[], extra: readonly string[] = []): string[] {
  return [...new Set([...events.flatMap((e) => e.places ?? []), ...incidents.flatMap((i) => i.places ?? []), ...extra])];
}

/** The items (events or incidents) that happened at a place, in their given order. */
export function itemsAt<T extends PlacedItem>(place: string, items: readonly T[]): T[] {
  return items.filter((i) => i.places?.includes(place));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Numbers (from 1) of the paragraphs that name the place as a whole word, any case: "Syria" is
 * named in "in Syria" and "SYRIA", not in "Syrian".
 */
export function paragraphsNaming(name: string, paragraphs: readonly string[]): number[] {
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu');
  return paragraphs.flatMap((p, i) => (re.test(p) ? [i + 1] : []));
}
