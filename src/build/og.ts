import satori from 'satori';
import { ogFontFamily, ogFonts } from './og-fonts.ts';
import { formatDay } from '../lib/format.ts';
import { dirOf, t } from '../lib/i18n.ts';
import { Resvg } from '@resvg/resvg-js';

/** Site-relative path of an explainer's social image (built by src/pages/og/[...slug].png.ts): /og/<slug>.png, /og/ar/<slug>.png. */
export const ogImagePath = (slug: string) => `/og/${slug}.png`;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  title: string;
  dek: string;
  siteName: string;
  /** The explainer's own dates, e.g. "Published 27 November 2026 · Corrected 1 December 2026". */
  date: string;
  /** Text direction of the card's language (Arabic: rtl, so lines align to the right). */
  dir?: 'ltr' | 'rtl';
}

/**
 * Arabic short vowels and shadda (tashkeel) left out of the card: satori cannot place mark glyphs
 * (they would float beside their letter), and headlines are read without them anyway.
 */
export const plain = (text: string) => text.replace(/[\u064B-\u065F\u0670]/g, '');

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as an SVG string (satori lays out the text, wrapping the title). Text is data, never markup. */
export async function ogSvg(given: OgCard): Promise<string> {
  const card = { ...given, title: plain(given.title), dek: plain(given.dek), siteName: plain(given.siteName), date: plain(given.date) };
  const fonts = ogFonts([card.siteName, card.title, card.dek, card.date].join(' '));
  // Explicit sizes: satori does not shrink a 100%-wide box by its padding.
  const inner = { width: OG_WIDTH - 144, height: OG_HEIGHT - 24 - 104 };
  const tree = h('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', backgroundColor: '#ffffff', color: '#1a1a1a', fontFamily: ogFontFamily(fonts), direction: card.dir ?? 'ltr', textAlign: card.dir === 'rtl' ? 'right' : 'left', borderTop: '24px solid #0b5cad' }, [
    h('div', { ...inner, margin: '56px 72px 48px', display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }, [
      h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#0b5cad' }, card.siteName),
      h('div', { display: 'flex', flexDirection: 'column', width: inner.width }, [
        h('div', { display: 'flex', width: inner.width, fontSize: card.title.length > 70 ? 56 : 66, fontWeight: 700, lineHeight: 1.1 }, clip(card.title, 110)),
        h('div', { display: 'flex', width: inner.width, marginTop: 24, fontSize: 30, lineHeight: 1.3, color: '#4d4d4d' }, clip(card.dek, 140)),
      ]),
      h('div', { display: 'flex', fontSize: 26, color: '#4d4d4d' }, card.date),
    ]),
  ]);
  return satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
}

/** The card as a PNG, rasterised by resvg with no system fonts (text is already paths). */
export async function ogPng(card: OgCard): Promise<Uint8Array> {
  const svg = await ogSvg(card);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

/** What the card of an explainer (or a translation) shows, in its language: its own dates, never its source's. */
export function explainerCard(data: { title: string; dek: string; lang: string; published: string; updated?: string; updates: { kind: 'update' | 'correction'; at: string }[] }): OgCard {
  const lang = data.lang;
  const latest = data.updates.at(-1);
  const date = [
    `${t('explainer.published', {}, lang)} ${formatDay(data.published, lang)}`,
    ...(latest ? [`${t(`updates.${latest.kind}`, {}, lang)} ${formatDay(latest.at, lang)}`] : data.updated ? [`${t('explainer.updated', {}, lang)} ${formatDay(data.updated, lang)}`] : []),
  ].join(' · ');
  return { title: data.title, dek: data.dek, siteName: t('site.name', {}, lang), date, dir: dirOf(lang) };
}
