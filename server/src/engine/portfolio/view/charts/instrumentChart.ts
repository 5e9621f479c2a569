// „Instrumente nach Status“: per instrument, how many offices plan, run, completed or put back their measure of it,
// as stacked bars in greys with outlines (black and white). Withheld counts are not drawn; the table shows „< 3“.
import { wrapWords } from '../../../plan/view/charts/needsChart';
import type { Chart } from '../../../plan/view/charts/chartToSvg';
import { MEASURE_STATUS, MEASURE_STATUSES } from '../../../vocabulary';
import { isWithheld, withheldWords } from '../../anonymise';
import type { PortfolioReport } from '../../portfolioReport';

const GREYS = ['#ffffff', '#bdbdbd', '#555555', '#111111'];
const LINE_HEIGHT = 13;

export function instrumentChart(report: PortfolioReport): Chart {
  const rows = report.instruments.flatMap((instrument, i) =>
    MEASURE_STATUSES.flatMap((s, order) => {
      const count = instrument.status[s];
      return isWithheld(count) || count === 0 ? [] : [{ key: String(i), status: MEASURE_STATUS[s]!, order, behoerden: count }];
    }),
  );
  const labels = Object.fromEntries(report.instruments.map((instrument, i) => [String(i), wrapWords(instrument.title, 40).join('\n')]));
  const lines = Math.max(1, ...Object.values(labels).map((l) => l.split('\n').length));
  return {
    id: 'instrumente-status',
    title: 'Instrumente nach Status: Zahl der Behörden',
    description: `Für jedes Instrument, wie viele Behörden es planen, umsetzen, abgeschlossen oder zurückgestellt haben. ${report.instruments.map((i) => `${i.title} – ${MEASURE_STATUSES.filter((s) => i.status[s] !== 0).map((s) => `${MEASURE_STATUS[s]}: ${isWithheld(i.status[s]) ? withheldWords(i.status[s]) : i.status[s]}`).join(', ') || 'keine Angaben'}.`).join(' ')} Zahlen von weniger als drei Behörden und die zu ihrem Schutz zurückgehaltenen sind nicht dargestellt.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 280,
      height: { step: lines * LINE_HEIGHT + 8 },
      data: { values: rows },
      mark: { type: 'bar', stroke: '#111', strokeWidth: 0.6 },
      encoding: {
        y: { field: 'key', type: 'nominal', title: null, sort: null, scale: { domain: report.instruments.map((_, i) => String(i)) }, axis: { labelExpr: `split(${JSON.stringify(labels)}[datum.value], '\\n')`, labelLineHeight: LINE_HEIGHT, labelFontSize: 11 } },
        x: { field: 'behoerden', type: 'quantitative', stack: 'zero', title: 'Zahl der Behörden', axis: { format: 'd', tickMinStep: 1 } },
        color: { field: 'status', type: 'nominal', title: 'Status', scale: { domain: MEASURE_STATUSES.map((s) => MEASURE_STATUS[s]!), range: GREYS } },
        order: { field: 'order' },
      },
    },
  };
}
