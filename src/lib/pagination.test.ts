import { describe, expect, it } from 'vitest';
import { DEFAULT_HOME_PAGE_SIZE, homePagePath, homePageSize, pageNumberOf, pageParam, pageWindow } from './pagination.ts';

describe('home page pagination', () => {
  it('puts page 1 at the language’s home page and the older pages under page/<n>/', () => {
    expect(homePagePath('en', 1)).toBe('/');
    expect(homePagePath('en', 2)).toBe('/page/2/');
    expect(homePagePath('ar', 1)).toBe('/ar/');
    expect(homePagePath('ar', 12)).toBe('/ar/page/12/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
  });

  it('reads the page number from the addresses paginate() makes for a [...page] route', () => {
    expect(pageNumberOf('/')).toBe(1);
    expect(pageNumberOf('/ar')).toBe(1);
    expect(pageNumberOf('/ar/')).toBe(1);
    expect(pageNumberOf('/2')).toBe(2);
    expect(pageNumberOf('/ar/13/')).toBe(13);
  });

  it('takes the page size from EXPLAINER_HOME_PAGE_SIZE when it is a whole number of at least 1', () => {
    expect(homePageSize({})).toBe(DEFAULT_HOME_PAGE_SIZE);
    expect(homePageSize({ EXPLAINER_HOME_PAGE_SIZE: '3' })).toBe(3);
    expect(homePageSize({ EXPLAINER_HOME_PAGE_SIZE: ' 50 ' })).toBe(50);
    for (const bad of ['0', '-2', '2.5', 'ten', '']) expect(homePageSize({ EXPLAINER_HOME_PAGE_SIZE: bad })).toBe(DEFAULT_HOME_PAGE_SIZE);
  });

  it('links to the first and last pages and those near the current one, with a gap for each run left out', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(1, 6)).toEqual([1, 2, 3, 'gap', 6]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(6, 42)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 42]);
    expect(pageWindow(42, 42)).toEqual([1, 'gap', 40, 41, 42]);
    // A gap of a single page shows that page.
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });
});
