import { describe, expect, it } from 'vitest';
import { casualtyLayout } from './chart.ts';
import { OPEN_LENGTH } from './geometry.ts';
import { sumQualifier } from './tolls.ts';
import { wrapText, formatReportedAt, mergeCitations } from './reports.ts';
import { EXACT, REVISED, SEED, SOURCES } from '../../../tests/helpers/casualty-fixtures.ts';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 3);

describe('casualtyLayout(seed figures)', () => {
  const layout = casualtyLayout(SEED, { sources: SOURCES });
  const [damascus, homs, total] = layout.rows;

  it('draws one bar per incident, then one bar per total: every bar stands for an incident a reader can select', () => {
    expect(layout.rows.map((r) => [r.kind, r.incident])).toEqual([
      ['incident', 'damascus-bombings'],
      ['incident', 'homs-bombings'],
      ['total', 'damascus-homs-total'],
    ]);
    expect(layout.totalsY).toBeGreaterThan(homs.barY);
  });

  it('gives each incident one colour, and the added-up bar the colours of its parts in the same order', () => {
    expect([damascus.colour, homs.colour]).toEqual([0, 1]);
    expect(total.colour).toBeUndefined();
    expect(total.views.latest.segments!.map((s) => [s.incident, s.colour])).toEqual([
      ['damascus-bombings', 0],
      ['homs-bombings', 1],
    ]);
    expect(layout.colours).toEqual([0, 1]);
  });

  it('draws a minimum with an open end and says "at least" in its label, never a bare count', () => {
    const m = damascus.views.latest;
    expect(m.open).toBeDefined();
    close(m.open!.x, m.solid.width);
    close(m.open!.width, OPEN_LENGTH);
    expect(m.range).toBeUndefined();
    expect(m.exact).toBeUndefined();
    // Too long for a phone's line: broken at its seam, not before the year.
    expect(m.valueLines).toEqual(['at least 68 killed ·', 'reported 21 February 2016']);
    expect(m.ariaLabel).toMatch(/^Damascus bombings — at least 68 killed · reported 21 February 2016\. .*paragraph 7\.$/);
  });

  it('scales bars to their minimums on a shared axis that fits the largest figure', () => {
    expect(layout.domain).toEqual([0, 130]);
    close(damascus.views.latest.solid.width / homs.views.latest.solid.width, 68 / 59);
    close(total.views.latest.stated!.x / damascus.views.latest.solid.width, 120 / 68);
    expect(layout.axis.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100', '120']);
  });

  it('adds up the parts as segments to at least 127, with a tick at the source\'s "more than 120"', () => {
    const m = total.views.latest;
    expect(m.segments!.map((s) => s.value)).toEqual([68, 59]);
    close(m.segments![1].x, damascus.views.latest.solid.width);
    close(m.segments![0].width + m.segments![1].width, m.stated!.x * (127 / 120));
    expect(m.open).toBeDefined();
    close(m.open!.x, m.segments![0].width + m.segments![1].width);
    expect(m.valueLines).toEqual(['added up: at least 127', '(Damascus 68 + Homs 59)', "the source's total: more than 120 killed ·", 'reported 21 February 2016']);
    expect(layout.notes[0].text.latest).toBe(
      "Added up, the tolls reported for each attack fit the source's total for Damascus and Homs: both are minimums.",
    );
  });

  it('describes the chart in words from the data', () => {
    expect(layout.alt.latest).toBe(
      'At least 68 killed in Damascus (Damascus bombings, 21 February 2016); at least 59 killed in Homs (Homs bombings, 21 February 2016). Together, the source gives more than 120 killed in Damascus and Homs; the tolls for each attack add up to at least 127.',
    );
  });

  it('offers no first/latest switch when nothing was revised, and cites the paragraphs under the chart', () => {
    expect(layout.hasRevisions).toBe(false);
    expect(layout.citations).toEqual([{ kind: 'article', article: 'wire', paragraphs: [1, 7] }]);
    expect(layout.reportedRange).toBe('21 February 2016');
    expect(layout.marks).toEqual(['open', 'stated']);
  });

  it('stacks rows without overlap', () => {
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].labelY[0]).toBeGreaterThan(layout.rows[i - 1].barY + layout.barHeight);
    expect(layout.axis.y).toBeGreaterThan(total.barY + layout.barHeight);
    expect(layout.height).toBeGreaterThan(layout.axis.y);
  });
});

describe('casualtyLayout(revised figures)', () => {
  const layout = casualtyLayout(REVISED, { sources: SOURCES });
  const [damascus, homs, sum] = layout.rows;

  it('shows first report → latest: the latest toll with a mark where the first stood', () => {
    expect(layout.hasRevisions).toBe(true);
    expect(damascus.revised).toBe(true);
    expect(damascus.reports.map((r) => r.figure)).toEqual(['at least 68', 'at least 83', 'about 90']);
    const latest = damascus.views.latest;
    expect(latest.about).toBeDefined();
    expect(latest.open).toBeUndefined();
    close(latest.revision!.firstX, damascus.views.first.solid.width);
    close(latest.revision!.latestX, latest.solid.width);
    expect(latest.valueLines.join(' ')).toBe('about 90 killed · revised 24 February 2016 at 18:00 GMT+2 first reported as at least 68');
    expect(damascus.views.first.valueLines.join(' ')).toBe('at least 68 killed · first reported 21 February 2016');
    expect(damascus.views.first.revision).toBeUndefined();
  });

  it('draws a range from its low to its high end, closed at both ends', () => {
    const m = homs.views.latest;
    expect(m.range).toBeDefined();
    expect(m.open).toBeUndefined();
    close(m.range!.x, m.solid.width);
    close((m.range!.x + m.range!.width) / m.solid.width, 64 / 57);
    expect(m.valueLines.join(' ')).toBe('between 57 and 64 killed · revised 23 February 2016 first reported as at least 59');
  });

  it('sets the total beside its parts as they stood when it was reported, in both views', () => {
    // The total is from 21 February; the parts' revisions (22–24 February) came later, so the
    // latest view still adds the 21 February figures: like with like.
    expect(sum.views.first.valueLines.join(' ')).toMatch(/^added up: at least 127 \(Damascus 68 \+ Homs 59\) /);
    expect(sum.views.latest.valueLines.join(' ')).toMatch(/^added up: at least 127 \(Damascus 68 \+ Homs 59\) /);
    expect(layout.domain[1]).toBeGreaterThanOrEqual(127);
  });

  it('describes each view, the latest with the revision', () => {
    expect(layout.alt.first).toContain('At least 68 killed in Damascus (Damascus bombings, 21 February 2016);');
    expect(layout.alt.latest).toContain('About 90 killed in Damascus (Damascus bombings, 21 February 2016), revised from at least 68 (21 February 2016) to about 90 (24 February 2016 at 18:00 GMT+2)');
  });

  it('spans the report times under the chart and cites every source once', () => {
    expect(layout.reportedRange).toBe('21 February 2016 – 24 February 2016 at 18:00 GMT+2');
    expect(layout.marks).toEqual(['open', 'range', 'about', 'revision', 'stated']);
    expect(layout.citations).toHaveLength(2);
    expect(layout.citations[0]).toEqual({ kind: 'article', article: 'wire', paragraphs: [1, 2, 3, 7] });
  });
});

describe('casualtyLayout(other qualifiers)', () => {
  it('closes an exact count with an end cap and no open end', () => {
    const [row] = casualtyLayout([EXACT], { sources: SOURCES }).rows;
    expect(row.views.latest.exact).toBeDefined();
    expect(row.views.latest.open).toBeUndefined();
    expect(row.views.latest.valueLines[0]).toBe('4 killed · reported 4 March 2030');
  });
});

describe('casualtyLayout(a total of approximate and exact parts)', () => {
  const quake = { ...EXACT, id: 'quake', place: 'the valley', reports: [{ ...EXACT.reports[0], killed: { qualifier: 'about' as const, value: 25 } }] };
  const total = { ...EXACT, id: 'both', kind: 'total' as const, by: 'accident', label: 'Both', place: 'the valley and the road', parts: ['crash', 'quake'], reports: [{ ...EXACT.reports[0], killed: { qualifier: 'more-than' as const, value: 25 } }] };
  const layout = casualtyLayout([EXACT, quake, total], { sources: SOURCES });
  const sum = layout.rows.find((r) => r.kind === 'total')!;

  it('marks an approximate sum as "about", not as a minimum, and does not call it a lower bound', () => {
    expect(sum.views.latest.about).toBeDefined();
    expect(sum.views.latest.open).toBeUndefined();
    expect(sum.views.latest.valueLines.join(' ')).toMatch(/^added up: about 29 \(Portvale 4 \+ the valley 25\) /);
    expect(layout.notes[0].text.latest).toBe("The tolls reported for each accident add up to about 29 (Portvale 4 + the valley 25); the source's total for the valley and the road is more than 25.");
  });
});

describe('casualtyLayout(a subset chosen by the editor)', () => {
  it('adds up a total from all its parts, even those the chart does not show, in their page-wide colours', () => {
    const layout = casualtyLayout([SEED[0], SEED[2]], { sources: SOURCES }, SEED);
    expect(layout.rows.map((r) => r.key)).toEqual(['damascus-bombings', 'damascus-homs-total']);
    expect(layout.rows[1].views.latest.valueLines.join(' ')).toMatch(/^added up: at least 127 \(Damascus 68 \+ Homs 59\) /);
    expect(layout.rows[1].views.latest.segments!.map((s) => s.colour)).toEqual([0, 1]);
    expect(layout.alt.latest).not.toContain('Homs bombings');
  });
});

describe('helpers', () => {
  it('sumQualifier: exact only when every part is, a minimum as soon as one part is', () => {
    expect(sumQualifier([{ qualifier: 'exactly', value: 1 }, { qualifier: 'exactly', value: 2 }])).toBe('exactly');
    expect(sumQualifier([{ qualifier: 'exactly', value: 1 }, { qualifier: 'at-least', value: 2 }])).toBe('at-least');
    expect(sumQualifier([{ qualifier: 'about', value: 1 }, { qualifier: 'exactly', value: 2 }])).toBe('about');
  });

  it('wrapText cuts a word longer than a line, so no SVG text runs past the edge', () => {
    expect(wrapText('at least 3 aaaaaaaaaabbbbbbbbbb', 10)).toEqual(['at least 3', 'aaaaaaaaaa', 'bbbbbbbbbb']);
  });

  it('wrapText breaks at spaces within the width', () => {
    expect(wrapText('Damascus and Homs: the tolls of its parts added up', 34)).toEqual(['Damascus and Homs: the tolls of', 'its parts added up']);
  });

  it('formatReportedAt shows a time in the zone it was written in, with that zone, and says when there is none', () => {
    expect(formatReportedAt('2016-02-24T18:00+02:00')).toBe('24 February 2016 at 18:00 GMT+2');
    expect(formatReportedAt('2016-02')).toBe('February 2016');
    expect(formatReportedAt('unknown')).toBe('date not given');
    expect(formatReportedAt('2016-02-21')).toBe('21 February 2016');
  });

  it('mergeCitations merges paragraphs of one article and keeps documents once', () => {
    const doc = { kind: 'document' as const, document: 'D', date: '2016-02-22' };
    expect(mergeCitations([{ kind: 'article', article: 'a', paragraphs: [7] }, doc, { kind: 'article', article: 'a', paragraphs: [1, 7] }, doc])).toEqual([
      { kind: 'article', article: 'a', paragraphs: [1, 7] },
      doc,
    ]);
  });
});

describe('casualtyLayout(a bare figure, and a total reported before its parts)', () => {
  const art = EXACT.reports[0].citation;
  const dalmi = { ...EXACT, id: 'dalmi', label: 'Dalmi district', place: 'Dalmi district', reports: [{ killed: { qualifier: 'none' as const, value: 41 }, reportedAt: '2030-03-04', citation: art }] };
  const serat = { ...EXACT, id: 'serat', label: 'Serat district', place: 'Serat district', reports: [{ killed: { qualifier: 'at-least' as const, value: 28 }, reportedAt: '2030-03-04', citation: art }] };
  const quake = {
    ...EXACT, id: 'quake', kind: 'total' as const, by: 'district', label: 'The quake', place: 'Korath', parts: ['dalmi', 'serat'],
    reports: [
      { killed: { qualifier: 'none' as const, value: 37 }, reportedAt: 'unknown', citation: art },
      { killed: { qualifier: 'at-least' as const, value: 69 }, reportedAt: '2030-03-04', citation: art },
    ],
  };
  const layout = casualtyLayout([dalmi, serat, quake], { sources: SOURCES });
  const row = (key: string) => layout.rows.find((r) => r.key === key)!;

  it('draws a bare figure with a plain end: no cap, no open end, and keys it as such', () => {
    const m = row('dalmi').views.latest;
    expect([m.plain !== undefined, m.exact, m.open]).toEqual([true, undefined, undefined]);
    expect(m.valueLines.join(' ')).toBe('41 killed · reported 4 March 2030');
    expect(layout.marks).toContain('plain');
    expect(layout.marks).not.toContain('exact');
  });

  it('as first reported, sets no sum beside a total with no time: the bar is the source\'s figure alone, and the note says why', () => {
    const first = row('quake').views.first;
    expect(first.valueLines.join(' ')).toBe("the source's total: 37 killed · earlier report, date not given");
    expect(first.segments).toBeUndefined();
    expect(first.plain).toBeDefined();
    expect(layout.notes[0].text.first).toContain('is not set beside the tolls for each district');
    expect(layout.alt.first).toContain('Together, the source gives 37 killed in Korath.');
  });

  it('at the latest, adds the districts as they stood then, in their own colours', () => {
    const latest = row('quake').views.latest;
    expect(latest.valueLines.join(' ')).toMatch(/^added up: at least 69 \(Dalmi district 41 \+ Serat district 28\) /);
    expect(latest.segments!.map((s) => s.colour)).toEqual([row('dalmi').colour, row('serat').colour]);
    expect(layout.notes[0].text.latest).toContain("the same as the source's total for Korath, at least 69");
    expect(layout.reportedRange).toBe('4 March 2030');
  });
});

describe('casualtyLayout(a toll the source corrected downwards)', () => {
  const corrected = {
    ...SEED[0],
    reports: [...SEED[0].reports, { killed: { qualifier: 'at-least' as const, value: 40 }, reportedAt: '2016-02-22', citation: SEED[0].reports[0].citation, correction: true as const }],
  };
  const layout = casualtyLayout([corrected], { sources: SOURCES });
  const [row] = layout.rows;

  it('says the toll was revised down, from the first figure to the latest, on the bar and in the description', () => {
    expect(row.views.latest.valueLines.join(' ')).toBe('at least 40 killed · revised 22 February 2016 revised down from at least 68 to at least 40');
    expect(row.views.latest.revision!.latestX).toBeLessThan(row.views.latest.revision!.firstX);
    expect(layout.alt.latest).toContain('revised down from at least 68 (21 February 2016) to at least 40 (22 February 2016)');
    expect(row.views.first.valueLines.join(' ')).toBe('at least 68 killed · first reported 21 February 2016');
  });
});
