import { createHash } from 'node:crypto';

/**
 * Runs in <head> before first paint, so a reader who chose a theme never sees the other one flash:
 * ?theme=dark|light (embeds) wins, then the choice saved by the theme toggle; otherwise the CSS
 * follows prefers-color-scheme. Kept as one constant so its CSP hash is computed from the exact
 * bytes rendered (BaseHead adds it with Astro.csp.insertScriptHash: Astro does not hash is:inline).
 */
export const THEME_INIT_SCRIPT =
  "(function(){var t=null;try{var q=new URLSearchParams(location.search).get('theme');var s=localStorage.getItem('theme');" +
  "t=q==='dark'||q==='light'?q:s==='dark'||s==='light'?s:null}catch(e){}if(t)document.documentElement.setAttribute('data-theme',t)})();";

export const THEME_INIT_HASH = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const;
