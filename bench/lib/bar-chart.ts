// The bench's pictures: a horizontal (optionally stacked) bar chart. Pure layout with d3-scale
// returns numbers; `renderBarChart` writes them as a standalone SVG string (presentation
// attributes, no style="", a <title> and <desc> for screen readers), for the README.
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarRow {
  label: string;
  segments: { key: string; value: number }[];
  /** Text after the bar, e.g. "14.2 s". Default: the total formatted with `format`. */
  note?: string;
}

export interface BarChartInput {
  title: string;
  description: string;
  rows: BarRow[];
  /** Segment keys in stacking order, with their legend label and fill colour. */
  keys: { key: string; label: string; color: string }[];
  /** Axis and total labels. */
  format: (v: number) => string;
  axisLabel: string;
  width?: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  title: string;
  description: string;
  axisLabel: string;
  plot: { x: number; y: number; width: number; height: number };
  rows: { label: string; y: number; height: number; note: string; noteX: number; segments: { key: string; x: number; width: number; color: string; value: number }[] }[];
  ticks: { x: number; label: string }[];
  legend: { x: number; y: number; label: string; color: string }[];
}

const LABEL_WIDTH = 200;
const NOTE_WIDTH = 190;
const ROW_HEIGHT = 34;
const TOP = 56;

export function barChartLayout(input: BarChartInput): BarChartLayout {
  const width = input.width ?? 720;
  const keys = input.keys.filter((k) => input.rows.some((r) => r.segments.some((s) => s.key === k.key && s.value > 0)));
  const plot = { x: LABEL_WIDTH, y: TOP, width: width - LABEL_WIDTH - NOTE_WIDTH, height: input.rows.length * ROW_HEIGHT };
  const totals = input.rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0));
  const x = scaleLinear()
    .domain([0, Math.max(...totals, 0) || 1])
    .nice()
    .range([plot.x, plot.x + plot.width]);
  const y = scaleBand<number>()
    .domain(input.rows.map((_, i) => i))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const rows = input.rows.map((r, i) => {
    let acc = 0;
    const segments = keys.flatMap((k) => {
      const value = r.segments.find((s) => s.key === k.key)?.value ?? 0;
      if (value <= 0) return [];
      const seg = { key: k.key, x: x(acc), width: x(acc + value) - x(acc), color: k.color, value };
      acc += value;
      return [seg];
    });
    return { label: r.label, y: y(i)!, height: y.bandwidth(), note: r.note ?? input.format(totals[i]), noteX: x(totals[i]) + 6, segments };
  });
  const ticks = x.ticks(5).map((t) => ({ x: x(t), label: input.format(t) }));
  const legendY = plot.y + plot.height + 58;
  const legend = keys.length > 1 ? keys.map((k, i) => ({ x: plot.x + i * 90, y: legendY, label: k.label, color: k.color })) : [];
  return {
    width,
    height: legendY + (legend.length ? 24 : 0),
    title: input.title,
    description: input.description,
    axisLabel: input.axisLabel,
    plot,
    rows,
    ticks,
    legend,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);

/** A standalone SVG document for a bar chart layout (white background: readable in dark READMEs too). */
export function renderBarChart(l: BarChartLayout): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">`,
    `<title id="t">${esc(l.title)}</title>`,
    `<desc id="d">${esc(l.description)}</desc>`,
    `<rect width="${l.width}" height="${l.height}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="16" font-weight="bold" fill="#1a1a1a">${esc(l.title)}</text>`,
  );
  const bottom = l.plot.y + l.plot.height;
  for (const t of l.ticks) {
    out.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${l.plot.y}" y2="${bottom}" stroke="#d9d9d9"/>`);
    out.push(`<text x="${n(t.x)}" y="${bottom + 16}" text-anchor="middle" fill="#4d4d4d">${esc(t.label)}</text>`);
  }
  out.push(`<text x="${n(l.plot.x + l.plot.width / 2)}" y="${bottom + 34}" text-anchor="middle" fill="#4d4d4d">${esc(l.axisLabel)}</text>`);
  for (const r of l.rows) {
    const mid = r.y + r.height / 2;
    out.push(`<text x="${l.plot.x - 8}" y="${n(mid)}" dy="0.35em" text-anchor="end" fill="#1a1a1a">${esc(r.label)}</text>`);
    for (const s of r.segments) {
      out.push(`<rect x="${n(s.x)}" y="${n(r.y)}" width="${n(Math.max(s.width, 0.5))}" height="${n(r.height)}" fill="${s.color}"><title>${esc(`${r.label}: ${s.key} ${s.value}`)}</title></rect>`);
    }
    out.push(`<text x="${n(r.noteX)}" y="${n(mid)}" dy="0.35em" fill="#1a1a1a">${esc(r.note)}</text>`);
  }
  for (const g of l.legend) {
    out.push(`<rect x="${n(g.x)}" y="${n(g.y - 10)}" width="12" height="12" fill="${g.color}"/>`);
    out.push(`<text x="${n(g.x + 17)}" y="${n(g.y)}" fill="#1a1a1a">${esc(g.label)}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
