import { shareImageRoute } from '../../../build/share-image-route.ts';

/** The share image of each translated explainer, /og/<lang>/<slug>.png, in its language and direction. */
export const { getStaticPaths, GET } = shareImageRoute(
  (site) => site.translations,
  (entry) => ({ lang: entry.data.lang, slug: entry.data.translation!.of }),
);
