import { chromium } from '@playwright/test';
const url = process.argv[2], w = Number(process.argv[3] ?? 375);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: w, height: w < 600 ? 812 : 900 } });
await page.goto(url, { waitUntil: 'networkidle' });
await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 400) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 50)); } scrollTo(0, 0); });
await page.waitForTimeout(400);
const r = await page.evaluate(() => {
  const out = [`total ${document.documentElement.scrollHeight}`];
  const art = document.querySelector('article.explainer') ?? document.querySelector('main');
  for (const c of art.children) { const b = c.getBoundingClientRect(); if (b.height > 30) out.push(`${Math.round(b.top + scrollY)}\t${Math.round(b.height)}\t${c.tagName.toLowerCase()}.${[...c.classList].slice(0,2).join('.')}\t${(c.innerText||'').slice(0,50).replace(/\n/g,' ')}`); }
  const seen = new Map();
  for (const b of document.querySelectorAll('main p, main li, main dd, main figcaption, main blockquote, main td, main summary')) {
    if (b.querySelector('p, li, dd, blockquote')) continue;
    const s = getComputedStyle(b), bb = b.getBoundingClientRect(); if (s.display === 'none' || s.visibility === 'hidden' || bb.width === 0) continue;
    const t = b.innerText.replace(/\s+/g, ' ').trim();
    if (t.length >= 40 && !/^(Sources?|Who|Citation)\s*:/i.test(t)) seen.set(t, (seen.get(t) || 0) + 1);
  }
  for (const [t, n] of seen) if (n > 1) out.push(`TWICE ${n}: ${t.slice(0, 100)}`);
  return out.join('\n');
});
console.log(r);
await browser.close();
