/**
 * The paths of a language's home pages (src/pages/[...page].astro, src/pages/[lang]/[...page].astro):
 * its explainers, newest first, split by Astro's `paginate()` into pages of EXPLAINER_HOME_PAGE_SIZE
 * (src/lib/pagination.ts), page 1 at the language's home and the others at page/<n>/; each with a
 * cache key (src/content/cache-key.ts) of what it shows, so an incremental build renders again only
 * the pages whose list changed.
 */
import type { PaginateFunction } from 'astro';
import type { ExplainerEntry } from './site.ts';
import { cacheKeyOf } from './cache-key.ts';
import { homePagePath, homePageSize, pageNumberOf, pageParam } from '../lib/pagination.ts';

export function homePagePaths(paginate: PaginateFunction, entries: ExplainerEntry[], lang: string, languages: string[], params: Record<string, string> = {}) {
  const pageSize = homePageSize(process.env);
  return paginate(entries, { pageSize, params, props: { lang, languages }, format: (url) => homePagePath(lang, pageNumberOf(url)) }).map((path) => {
    const { page } = path.props;
    return {
      params: { ...params, page: pageParam(page.currentPage) },
      props: path.props,
      // A card shows its explainer's front matter (title, dek, dates, tags): the whole of it is hashed, so
      // a card that starts showing another field cannot go stale; an edit to the words alone leaves it.
      cacheKey: cacheKeyOf({
        home: lang,
        languages,
        page: page.currentPage,
        lastPage: page.lastPage,
        pageSize,
        total: page.total,
        cards: page.data.map((e) => ({ id: e.id, data: e.data })),
      }),
    };
  });
}
