// „Stand (bzw. Relevanz) je Kriterium“: how many offices gave each value (1 to 5, unbekannt), as stacked bars in
// greys with outlines, so that the chart reads in black and white. Withheld counts (fewer than three offices) are
// not drawn; the table beside the chart shows them as „< 3“.
import { wrapWords } from '../../../plan/view/charts/needsChart';
import type { Chart } from '../../../plan/view/charts/chartToSvg';
import { isWithheld, withheldWords } from '../../anonymise';
import { SCORE_VALUES } from '../../buildPortfolio';
import type { CriterionPortfolio, PortfolioReport } from '../../portfolioReport';

export type Dimension = 'status' | 'relevance';

export const DIMENSION_LABELS: Record<Dimension, string> = { status: 'Stand', relevance: 'Relevanz' };
/** The values as the legend and the tables name them. */
export const VALUE_LABELS: Record<string, string> = { 1: '1', 2: '2', 3: '3', 4: '4', 5: '5', unbekannt: 'unbekannt' };
const GREYS = ['#111111', '#555555', '#8a8a8a', '#bdbdbd', '#e6e6e6', '#ffffff'];
const LINE = 56;
const LINE_HEIGHT = 13;

export function distributionChart(report: PortfolioReport, dimension: Dimension): Chart {
  const label = DIMENSION_LABELS[dimension];
  const rows = report.criteria.flatMap((c, i) =>
    SCORE_VALUES.flatMap((v, order) => {
      const count = c[dimension][v];
      return isWithheld(count) || count === 0 ? [] : [{ key: String(i), wert: VALUE_LABELS[v]!, order, behoerden: count }];
    }),
  );
  const labels = Object.fromEntries(report.criteria.map((c, i) => [String(i), wrapWords(c.text, LINE).join('\n')]));
  const lines = Math.max(1, ...Object.values(labels).map((l) => l.split('\n').length));
  return {
    id: `verteilung-${dimension === 'status' ? 'stand' : 'relevanz'}`,
    title: `${label} je Kriterium: Zahl der Behörden je Wert`,
    description: `Für jedes Kriterium, wie viele Behörden welchen Wert (1 bis 5 oder unbekannt) für ${label === 'Stand' ? 'den Stand' : 'die Relevanz'} angegeben haben. ${report.criteria.map((c) => describe(c, dimension)).join(' ')} Zahlen von weniger als drei Behörden und die zu ihrem Schutz zurückgehaltenen sind nicht dargestellt.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 260,
      height: { step: lines * LINE_HEIGHT + 8 },
      data: { values: rows },
      mark: { type: 'bar', stroke: '#111', strokeWidth: 0.6 },
      encoding: {
        y: { field: 'key', type: 'nominal', title: null, sort: null, scale: { domain: report.criteria.map((_, i) => String(i)) }, axis: { labelExpr: `split(${JSON.stringify(labels)}[datum.value], '\\n')`, labelLineHeight: LINE_HEIGHT, labelFontSize: 11 } },
        x: { field: 'behoerden', type: 'quantitative', stack: 'zero', title: 'Zahl der Behörden', axis: { format: 'd', tickMinStep: 1 } },
        color: { field: 'wert', type: 'nominal', title: label, scale: { domain: Object.values(VALUE_LABELS), range: GREYS } },
        order: { field: 'order' },
      },
    },
  };
}

function describe(c: CriterionPortfolio, dimension: Dimension): string {
  const parts = SCORE_VALUES.map((v) => ({ v, n: c[dimension][v] })).filter(({ n }) => n !== 0).map(({ v, n }) => `${VALUE_LABELS[v]}: ${isWithheld(n) ? withheldWords(n) : n}`);
  return `${c.text} – ${parts.join(', ')}.`;
}
