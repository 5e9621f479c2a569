// „Wichtigkeit und Stand der Kriterien“: the importance–performance grid. Each circle stands for the criteria
// with one status (across) and one relevance (up); the upper left field is „Hier ansetzen“.
import { QUADRANT_LABELS, quadrantOf, type CriterionNeed } from '../../needs';
import type { Chart } from './chartToSvg';

export const QUADRANTS = ['hier-ansetzen', 'weiter-so', 'geringe-prioritaet', 'ggf-zu-viel-aufwand'] as const;

export function priorityGridChart(scored: CriterionNeed[]): Chart {
  const cells = new Map<string, { status: number; relevance: number; ids: string[] }>();
  for (const n of scored) {
    const key = `${n.status}/${n.relevance}`;
    const cell = cells.get(key) ?? { status: n.status, relevance: n.relevance, ids: [] };
    cell.ids.push(n.criterion.id);
    cells.set(key, cell);
  }
  return {
    id: 'raster',
    title: 'Wichtigkeit und Stand der Kriterien',
    description: `Jeder Kreis steht für die Kriterien mit demselben Stand (waagerecht) und derselben Relevanz (senkrecht); die Zahl nennt ihre Anzahl. Oben links liegt das Feld „Hier ansetzen“. ${QUADRANTS.map((q) => `${QUADRANT_LABELS[q]}: ${scored.filter((n) => quadrantOf(n.status, n.relevance) === q).length}`).join(', ')}.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 360,
      height: 300,
      layer: [
        {
          data: { values: [{ x: 0.5, x2: 3.5, y: 2.5, y2: 5.5, label: 'Hier ansetzen', lx: 0.6, ly: 5.4 }, { x: 3.5, x2: 5.5, y: 2.5, y2: 5.5, label: 'Weiter so', lx: 3.6, ly: 5.4 }, { x: 0.5, x2: 3.5, y: 0.5, y2: 2.5, label: 'Geringe Priorität', lx: 0.6, ly: 2.4 }, { x: 3.5, x2: 5.5, y: 0.5, y2: 2.5, label: 'Ggf. zu viel Aufwand', lx: 3.6, ly: 2.4 }] },
          layer: [
            { mark: { type: 'rect', stroke: '#777', strokeDash: [3, 3] }, encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0.5, 5.5] }, title: 'Wo stehen wir heute? (1 = keine Ansätze, 5 = sehr gut)', axis: { values: [1, 2, 3, 4, 5], format: 'd' } }, x2: { field: 'x2' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0.5, 5.5] }, title: 'Relevanz (1 = gering, 5 = hoch)', axis: { values: [1, 2, 3, 4, 5], format: 'd' } }, y2: { field: 'y2' }, fill: { field: 'label', type: 'nominal', scale: { domain: ['Hier ansetzen', 'Weiter so', 'Geringe Priorität', 'Ggf. zu viel Aufwand'], range: ['#d9d9d9', '#ffffff', '#ffffff', '#f2f2f2'] }, legend: null } } },
            { mark: { type: 'text', align: 'left', baseline: 'top', fontWeight: 'bold', fontSize: 11, color: '#222' }, encoding: { x: { field: 'lx', type: 'quantitative' }, y: { field: 'ly', type: 'quantitative' }, text: { field: 'label' } } },
          ],
        },
        {
          data: { values: [...cells.values()].map((c) => ({ ...c, count: c.ids.length })) },
          layer: [
            { mark: { type: 'circle', stroke: '#111', fill: '#fff', opacity: 1 }, encoding: { x: { field: 'status', type: 'quantitative' }, y: { field: 'relevance', type: 'quantitative' }, size: { field: 'count', type: 'quantitative', scale: { range: [250, 1400] }, legend: null } } },
            { mark: { type: 'text', fontSize: 12, fontWeight: 'bold', color: '#111' }, encoding: { x: { field: 'status', type: 'quantitative' }, y: { field: 'relevance', type: 'quantitative' }, text: { field: 'count' } } },
          ],
        },
      ],
    },
  };
}
