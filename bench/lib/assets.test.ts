import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamicImports, htmlRefs, pageWeight, siteClientJs, staticImports } from './assets';

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports, not dynamic imports', () => {
    const js = 'import{a as b}from"./d3-scale.js";import"./side.js";import x, { y } from \'../z.js\';export*from"./all.js";export{q}from"./q.js";const l=()=>import("./lazy.js");';
    expect(staticImports(js).sort()).toEqual(['../z.js', './all.js', './d3-scale.js', './q.js', './side.js']);
  });
  it('does not mistake an identifier ending in "import" or a string for an import', () => {
    expect(staticImports('const reimport="x";foo.import("y")')).toEqual([]);
  });
});

describe('dynamicImports', () => {
  it('finds import() calls and the chunk list of Vite\'s preload helper', () => {
    const js = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/d3.js","_astro/el.js"])))=>i.map(i=>d[i]);x(()=>import("./el.js"),__vite__mapDeps([0,1]))';
    expect(dynamicImports(js).sort()).toEqual(['./el.js', '/_astro/d3.js', '/_astro/el.js']);
  });
});

describe('htmlRefs', () => {
  it('lists module scripts, stylesheets, modulepreloads and inline scripts, skipping JSON data', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js">
      <script type="module" src="/_astro/i.js"></script><script type="application/json">{"a":1}</script>
      <script type="module">import"/_astro/x.js"</script>`;
    const refs = htmlRefs(html);
    expect(refs.stylesheets).toEqual(['/_astro/a.css']);
    expect(refs.modulepreloads).toEqual(['/_astro/m.js']);
    expect(refs.scripts).toEqual(['/_astro/i.js']);
    expect(refs.inlineScripts).toEqual(['import"/_astro/x.js"']);
  });
});

describe('pageWeight', () => {
  it('counts the HTML, its CSS and the static import graph as initial, and import() chunks as lazy', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'story'));
    writeFileSync(join(dist, 'story/index.html'), '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/entry.js"></script><script src="https://cdn.example/x.js"></script>');
    writeFileSync(join(dist, '_astro/a.css'), 'body{color:red}');
    writeFileSync(join(dist, '_astro/entry.js'), 'import{a}from"./shared.js";const go=()=>import("./island.js");');
    writeFileSync(join(dist, '_astro/shared.js'), 'export const a=1;');
    writeFileSync(join(dist, '_astro/island.js'), 'import{a}from"./shared.js";import"./d3.js";');
    writeFileSync(join(dist, '_astro/d3.js'), 'export const d3=1;');
    const w = pageWeight(dist, 'story/index.html');
    expect(w.css.map((a) => a.path)).toEqual(['_astro/a.css']);
    expect(w.js.map((a) => a.path)).toEqual(['_astro/entry.js', '_astro/shared.js']);
    expect(w.lazyJs.map((a) => a.path).sort()).toEqual(['_astro/d3.js', '_astro/island.js']);
    expect(w.external).toEqual(['https://cdn.example/x.js']);
    expect(w.initialGzip).toBe(w.html.gzip + w.css[0].gzip + w.js[0].gzip + w.js[1].gzip);
    expect(siteClientJs(dist).files).toHaveLength(4);
  });
});
