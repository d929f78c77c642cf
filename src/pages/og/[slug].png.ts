import { shareImageRoute } from '../../build/share-image-route.ts';

/** The share image of each explainer: /og/<slug>.png. */
export const { getStaticPaths, GET } = shareImageRoute(
  (site) => site.explainers,
  (entry) => ({ slug: entry.id }),
);
