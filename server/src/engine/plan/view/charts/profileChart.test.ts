import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../model';
import { chartToSvg } from './chartToSvg';
import { profileChart } from './profileChart';

const criterion = (id: string, eckpunkt: string, order: number): Criterion => ({ id, text: `Kriterium ${id}`, eckpunkt, eckpunktTitle: eckpunkt, eckpunktOrder: order });

describe('the profile per Eckpunkt', () => {
  const criteria = [criterion('a-1', 'Selbstverständnis', 1), criterion('a-2', 'Selbstverständnis', 1), criterion('b-1', 'Vernetzung', 5)];
  const scored = [
    { criterion: criteria[0]!, status: 1, relevance: 5, need: 20 },
    { criterion: criteria[1]!, status: 2, relevance: 4, need: 12 },
    { criterion: criteria[2]!, status: 1, relevance: 1, need: 4 },
  ];

  it('draws the scale 1 to 5 from 1: a bar is as long as its score lies above the lowest', async () => {
    const chart = profileChart(criteria, scored);
    const encoding = (chart.spec as { encoding: { x: { scale: { domain: number[]; zero: boolean }; axis: { values: number[] } }; x2: { datum: number } } }).encoding;
    expect(encoding.x.scale).toEqual({ domain: [1, 5], zero: false });
    expect(encoding.x2).toEqual({ datum: 1 });
    const svg = await chartToSvg(chart);
    const tickLabels = [...svg.matchAll(/<text[^>]*>([0-5])<\/text>/g)].map((m) => m[1]);
    expect(tickLabels).toEqual(['1', '2', '3', '4', '5']);
    // Vernetzung: status 1 and relevance 1 are bars of no length (Vega writes a zero-width rect as „h0“ or width 0).
    const bars = [...svg.matchAll(/<path[^>]*d="M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v/g)].map((m) => Number(m[3]));
    expect(bars).toContain(0);
  });

  it('says the averages with a decimal comma', () => {
    expect(profileChart(criteria, scored).description).toBe('Durchschnitt je Eckpunkt auf der Skala 1 bis 5. Selbstverständnis: Stand 1,5, Relevanz 4,5; Vernetzung: Stand 1, Relevanz 1.');
  });
});
