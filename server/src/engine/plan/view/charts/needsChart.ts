// „Bedarf je Kriterium“: the criteria with a need (relevance × (5 − status)), highest first, as bars.
import type { CriterionNeed } from '../../needs';
import type { Chart } from './chartToSvg';

/** The criteria with a need, highest first (ties by id). */
export function criteriaByNeed(scored: CriterionNeed[]): CriterionNeed[] {
  return scored.filter((n) => n.need > 0).sort((a, b) => b.need - a.need || a.criterion.id.localeCompare(b.criterion.id));
}

export function needsChart(scored: CriterionNeed[]): Chart {
  const topNeeds = criteriaByNeed(scored);
  return {
    id: 'bedarf',
    title: 'Bedarf je Kriterium',
    description: topNeeds.length ? `Die Kriterien mit Bedarf, absteigend: ${topNeeds.map((n) => `${n.criterion.id} ${n.need}`).join(', ')}.` : 'Kein Kriterium hat Bedarf.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 480,
      height: { step: 16 },
      data: { values: topNeeds.map((n) => ({ kriterium: n.criterion.id, bedarf: n.need })) },
      layer: [
        { mark: { type: 'bar', fill: '#555', stroke: '#111', strokeWidth: 0.5 }, encoding: { y: { field: 'kriterium', type: 'nominal', sort: null, title: null }, x: { field: 'bedarf', type: 'quantitative', title: 'Bedarf (0 bis 20)', scale: { domain: [0, 20] } } } },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 11, color: '#111' }, encoding: { y: { field: 'kriterium', type: 'nominal', sort: null }, x: { field: 'bedarf', type: 'quantitative' }, text: { field: 'bedarf' } } },
      ],
    },
  };
}
