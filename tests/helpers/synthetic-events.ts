/**
 * Synthetic timeline events for the benchmark and the layout tests: n valid content events over a
 * year, with crowds on some days, every precision, some context. Deterministic (mulberry32).
 */
export const SYNTHETIC_ARTICLE = '2016-02-21-amman-syria-ceasefire';

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANES = ['diplomacy', 'violence', 'humanitarian', 'syrian-parties'];
const PRECISIONS = ['day', 'day', 'day', 'day', 'week', 'approximate', 'after'] as const;

/** n valid content events over a year: crowds on some days, every precision, some context. */
export function syntheticEvents(n: number, seed = 1) {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const day = Math.floor(rnd() * rnd() * 365);
    const date = new Date(Date.UTC(2016, 0, 1 + day)).toISOString().slice(0, 10);
    const precision = PRECISIONS[Math.floor(rnd() * PRECISIONS.length)];
    const context = rnd() < 0.15;
    return {
      id: `event-${i}`,
      date,
      precision,
      status: precision === 'after' ? ('expected' as const) : ('reported' as const),
      lane: LANES[Math.floor(rnd() * LANES.length)],
      title: `Synthetic event ${i}: ${'talks, strikes and aid convoys across the region '.slice(0, 10 + Math.floor(rnd() * 40)).trim()}`,
      description: `Generated for the timeline benchmark, event number ${i}.`,
      actors: [] as string[],
      citation: context ? { document: `Benchmark document ${i}`, date } : { article: SYNTHETIC_ARTICLE, paragraphs: [1 + (i % 9)] },
    };
  });
}

