/**
 * `<theme-toggle>`: a pressed/not-pressed "Dark theme" button. The theme in force before first paint
 * is set by the inline script in BaseHead.astro; this only reflects it and saves the reader's choice
 * in localStorage ("theme" = "dark" | "light"). Without JavaScript the button stays hidden and the
 * page follows prefers-color-scheme.
 */
export const THEME_KEY = 'theme';

export function effectiveTheme(root: HTMLElement, prefersDark: boolean): 'dark' | 'light' {
  const chosen = root.getAttribute('data-theme');
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return prefersDark ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme(root, media.matches) === 'dark'));
    sync();
    media.addEventListener('change', sync);
    button.removeAttribute('data-pending');
    button.inert = false;
    button.addEventListener('click', () => {
      const next = effectiveTheme(root, media.matches) === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Private mode or a sandboxed frame: the choice lasts for this page only.
      }
      sync();
    });
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
