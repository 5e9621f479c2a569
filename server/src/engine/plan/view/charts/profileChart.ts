// „Profil je Eckpunkt“: the office's average status and relevance per Eckpunkt (scale 1 to 5), as bars.
import type { CriterionNeed } from '../../needs';
import type { Criterion } from '../../model';
import { decimalLabel } from '../../months';
import type { Chart } from './chartToSvg';
import { wrapWords } from './needsChart';

/** Characters on one line of an Eckpunkt's name. */
const LABEL_LINE = 26;

export function profileChart(criteria: Criterion[], scored: CriterionNeed[]): Chart {
  const eckpunkte = [...new Map(criteria.map((c) => [c.eckpunkt, c])).values()];
  const profile = eckpunkte.flatMap((e) => {
    const ofEckpunkt = scored.filter((n) => n.criterion.eckpunkt === e.eckpunkt);
    if (!ofEckpunkt.length) return [];
    const average = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    return [
      { eckpunkt: e.eckpunktTitle, order: e.eckpunktOrder, Maß: 'Stand heute', Wert: average(ofEckpunkt.map((s) => s.status)) },
      { eckpunkt: e.eckpunktTitle, order: e.eckpunktOrder, Maß: 'Relevanz', Wert: average(ofEckpunkt.map((s) => s.relevance)) },
    ];
  });
  return {
    id: 'profil',
    title: 'Profil je Eckpunkt: Stand heute und Relevanz',
    description: profile.length
      ? `Durchschnitt je Eckpunkt auf der Skala 1 bis 5. ${eckpunkte.map((e) => { const rows = profile.filter((p) => p.eckpunkt === e.eckpunktTitle); return rows.length ? `${e.eckpunktTitle}: Stand ${decimalLabel(rows[0]!.Wert)}, Relevanz ${decimalLabel(rows[1]!.Wert)}` : ''; }).filter(Boolean).join('; ')}.`
      : 'Noch keine bewerteten Kriterien.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: 200,
      data: { values: profile },
      mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8 },
      encoding: {
        // An Eckpunkt's name in lines of up to LABEL_LINE characters: whole, and the chart no wider than the page.
        y: { field: 'eckpunkt', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 0, labelExpr: `split(${JSON.stringify(Object.fromEntries(eckpunkte.map((e) => [e.eckpunktTitle, wrapWords(e.eckpunktTitle, LABEL_LINE).join('\n')])))}[datum.value], '\\n')`, labelLineHeight: 14 } },
        yOffset: { field: 'Maß', sort: ['Stand heute', 'Relevanz'] },
        // The scale is 1 to 5, so the bars start at 1: a bar's length is how far above the lowest score it lies.
        x: { field: 'Wert', type: 'quantitative', title: 'Durchschnitt (1 = gering, 5 = hoch)', scale: { domain: [1, 5], zero: false }, axis: { values: [1, 2, 3, 4, 5], format: 'd' } },
        x2: { datum: 1 },
        color: { field: 'Maß', type: 'nominal', title: null, scale: { domain: ['Stand heute', 'Relevanz'], range: ['#ffffff', '#444444'] }, sort: ['Stand heute', 'Relevanz'] },
      },
    },
  };
}
