// The charts' size (chartToSvg.ts): each fits the printed page at its own size, so that its labels print at 8 to
// 9 pt instead of being scaled down; the labels are laid out by the widths of a real font (textWidth.ts).
import { describe, expect, it } from 'vitest';
import { everyViewHtml } from '../../../testing/everyView';
import type { Criterion } from '../../model';
import { chartToSvg, PRINT_WIDTH } from './chartToSvg';
import { profileChart } from './profileChart';
import { textWidth } from './textWidth';

/** Each SVG of `html` by the id of its title, with its width. */
function chartWidths(html: string): Record<string, number> {
  return Object.fromEntries([...html.matchAll(/<svg role="img" aria-labelledby="([\w-]+)-titel[^>]*? width="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe('the charts’ size', () => {
  it('is at most the printed page’s width for every chart of the plan view, the Statusbericht and the portfolio', async () => {
    const [planView, report, portfolio] = await everyViewHtml();
    const widths = { ...chartWidths(planView), ...chartWidths(report), ...chartWidths(portfolio) };
    expect(Object.keys(widths).sort()).toEqual(['bedarf', 'instrumente-status', 'profil', 'profil-vergleich', 'raster', 'soll-ist', 'verteilung-relevanz', 'verteilung-stand', 'zeitplan']);
    for (const [id, width] of Object.entries(widths)) {
      expect(width, id).toBeLessThanOrEqual(PRINT_WIDTH);
      // Not shrunk to nothing either: the bars keep their room.
      expect(width, id).toBeGreaterThan(PRINT_WIDTH * 0.55);
    }
  });

  it('wraps a long Eckpunkt name in the profile instead of cutting it or widening the chart', async () => {
    const criteria: Criterion[] = [
      { id: 'a-1', text: 'Erstes Kriterium', eckpunkt: 'aussen', eckpunktTitle: 'Äußeres Erscheinungsbild und externe Kommunikation', eckpunktOrder: 4 },
      { id: 'b-1', text: 'Zweites Kriterium', eckpunkt: 'netz', eckpunktTitle: 'Vernetzung', eckpunktOrder: 5 },
    ];
    const scored = criteria.map((criterion) => ({ criterion, status: 2, relevance: 4, need: 12 }));
    const svg = await chartToSvg(profileChart(criteria, scored));
    expect(svg).toContain('<tspan>Äußeres Erscheinungsbild</tspan>');
    expect(svg).toContain('>und externe Kommunikation</tspan>');
    expect(svg).toContain('>Vernetzung</text>');
    expect(Number(/ width="(\d+)"/.exec(svg)![1])).toBeLessThanOrEqual(PRINT_WIDTH);
  });
});

describe('the width of a chart’s text', () => {
  it('is the advance width of DejaVu Sans, regular and bold, a full em for a character it does not know', () => {
    // DejaVu Sans: „i“ 278, „m“ 974, space 318 thousandths of an em; bold „m“ 1042.
    expect(textWidth('im i', 10)).toBeCloseTo((278 + 974 + 318 + 278) / 100, 5);
    expect(textWidth('m', 10, 'bold')).toBeCloseTo(10.42, 5);
    expect(textWidth('m', 10, 700)).toBe(textWidth('m', 10, 'bold'));
    expect(textWidth('m', 10, 400)).toBe(textWidth('m', 10));
    expect(textWidth('漢', 12)).toBe(12);
    // Narrower than Vega's own guess of 0.8 em per character, which left the label columns half empty.
    const label = 'Äußeres Erscheinungsbild und externe Kommunikation';
    expect(textWidth(label, 12)).toBeLessThan(0.8 * 12 * label.length * 0.8);
  });
});
