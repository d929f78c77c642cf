// Timeline events made up for tests and the bench: deterministic (a seeded PRNG), so a big case is
// the same every run. One generator, so the layout tests and the bench measure the same kind of data.

/** A deterministic pseudo-random generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_LANES = ['diplomacy', 'violence', 'humanitarian', 'syrian-parties', 'un-security-council'];
const PRECISIONS = ['day', 'day', 'day', 'week', 'approximate', 'after'] as const;

/**
 * n valid content events (as in content/events/*.yaml) over one year, in five lanes: crowds of
 * same-day events, every precision, "after" ones expected, one in five cited from an outside document.
 * `article` is the source the others cite (paragraphs 1–9).
 */
export function syntheticEvents(n: number, seed = 1, article = '2016-02-21-amman-syria-ceasefire') {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const day = Math.floor(rnd() * rnd() * 365);
    const date = new Date(Date.UTC(2016, 0, 1 + day)).toISOString().slice(0, 10);
    const precision = PRECISIONS[Math.floor(rnd() * PRECISIONS.length)];
    const status = precision === 'after' || rnd() < 0.1 ? ('expected' as const) : ('reported' as const);
    const lane = SYNTHETIC_LANES[Math.floor(rnd() * SYNTHETIC_LANES.length)];
    const title = `${'A headline of some length about what happened '.slice(0, 12 + Math.floor(rnd() * 34)).trim()} ${i}`;
    const citation = rnd() < 0.2 ? { document: `Synthetic document ${i}`, date } : { article, paragraphs: [1 + (i % 9)] };
    return { id: `event-${i}`, date, precision, status, lane, title, description: `A made-up event, number ${i}.`, actors: [] as string[], citation };
  });
}
