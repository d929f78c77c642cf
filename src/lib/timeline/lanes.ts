/** Lanes: the rows (horizontal) or columns (vertical) events are grouped in, named after their id. */

/** How many lane colours the theme defines (`--color-lane-1` … `-5`). */
export const LANE_COLOURS = 5;

/** "syrian-parties" → "Syrian parties". */
export function humanizeLane(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Lanes in the given order, else in order of first appearance. */
export function laneOrder(events: readonly { lane: string }[], lanes?: readonly string[]): string[] {
  const seen = [...new Set(events.map((e) => e.lane))];
  if (!lanes) return seen;
  return [...lanes.filter((l) => seen.includes(l)), ...seen.filter((l) => !lanes.includes(l))];
}

/** Lane id → its colour number, 1–LANE_COLOURS, in lane order. */
export function laneColours(laneIds: readonly string[]): Map<string, number> {
  return new Map(laneIds.map((id, i) => [id, (i % LANE_COLOURS) + 1]));
}
