/**
 * Everything the kit's pages run before any interaction, as ONE module: the islands' loaders (each
 * fetches its island's behaviour when the island nears the viewport, ./island.ts), the permalinks'
 * copy buttons (<copy-link>), whose code loads on the reader's first interaction, and the back
 * matter's copy buttons, whose code loads when their disclosure first opens. Seven small files
 * compressed one by one cost about 1 KB gzip more than one (issue 13: 40 KB before interaction).
 * Every component that needs any of it renders <KitScripts /> (src/components/KitScripts.astro),
 * which Astro includes once per page; defining an element a page does not hold costs nothing.
 */
import { firstInteraction } from './island.ts';
import './timeline/element.ts';
import './casualty-chart/element.ts';
import './map/element.ts';

// The permalinks' "Copy link" buttons show on hover or keyboard focus, which follow the reader's
// first interaction: their code loads then, not with the page. Until it has, each is what it is
// without JavaScript, a plain link to its heading. Offline or a failed chunk: the links stay.
if (document.querySelector('copy-link')) firstInteraction().then(() => import('./copy-link.ts').catch(() => {}));

// The back matter's copy buttons (Cite this page, Embed) are folded away in closed disclosures:
// their code loads when one first opens, not with the page.
// Offline or a failed chunk: the text stays, to select and copy by hand (no uncaught error).
const copyText = () => import('./copy-text.ts').catch(() => {});
for (const d of document.querySelectorAll('details:has(copy-text)')) {
  if ((d as HTMLDetailsElement).open) copyText();
  else d.addEventListener('toggle', copyText, { once: true });
}
