// „Geplant und tatsächlich“: per measure the planned bar (start to the end of its last month) and below it the
// actual bar (first update to laufend until abgeschlossen, or until the Stichtag), the Stichtag as a dashed rule.
import { AMPEL } from '../../ampelRules';
import type { MeasureReport } from '../../statusReport';
import { dateLabel, isMonth } from '../../../plan/months';
import type { Chart } from '../../../plan/view/charts/chartToSvg';
import { wrapWords } from '../../../plan/view/charts/needsChart';
import { dayAfterMonth, monthStartDay, monthTicks } from '../../../plan/view/charts/ganttChart';
import { actualPeriod, plannedPeriod, type StatusViewModel } from '../viewModel';

const PLANNED = 'geplant';
const ACTUAL = 'tatsächlich';
/** Characters on a label's line: the labels wrap, so that the chart keeps the page's width and its type stays legible in print. */
const LABEL_LINE = 30;
const LINE_HEIGHT = 13;

/** A measure's label in the chart: its Ampel's symbol (black and white) and its title. */
export function timelineLabel(m: MeasureReport): string {
  return `${AMPEL[m.ampel].symbol} ${m.title}`;
}

export function timelineChart({ report }: StatusViewModel): Chart {
  const rows = report.measures.filter((m) => isMonth(m.plannedStart) && isMonth(m.plannedDue));
  const bars = rows.flatMap((m) => [
    { massnahme: timelineLabel(m), art: PLANNED, start: monthStartDay(m.plannedStart), ende: dayAfterMonth(m.plannedDue) },
    ...(m.actualStart ? [{ massnahme: timelineLabel(m), art: ACTUAL, start: m.actualStart, ende: m.actualEnd ?? report.asOf }] : []),
  ]);
  const span = [...rows.map((m) => ({ start: m.plannedStart, due: m.plannedDue })), { start: report.asOf, due: report.asOf }];
  const labels = Object.fromEntries(rows.map((m) => [timelineLabel(m), wrapWords(timelineLabel(m), LABEL_LINE).join('\n')]));
  const lines = Math.max(1, ...Object.values(labels).map((label) => label.split('\n').length));
  const stichtag = `Stichtag ${dateLabel(report.asOf)}`;
  return {
    id: 'soll-ist',
    title: 'Geplant und tatsächlich',
    description: rows.length
      ? `${stichtag}. ${rows.map((m) => `${m.title} (Ampel ${AMPEL[m.ampel].colour}): geplant ${plannedPeriod(m)}, tatsächlich ${actualPeriod(m)}`).join('; ')}.`
      : 'Noch keine Maßnahmen mit Start und Ende.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 400,
      height: { step: Math.max(26, lines * LINE_HEIGHT + 6) },
      layer: [
        {
          data: { values: bars },
          mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8, cornerRadius: 2 },
          encoding: {
            y: { field: 'massnahme', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0, labelExpr: `split(${JSON.stringify(labels)}[datum.value], '\\n')`, labelLineHeight: LINE_HEIGHT } },
            yOffset: { field: 'art', sort: [PLANNED, ACTUAL] },
            x: { field: 'start', type: 'temporal', title: null, scale: { type: 'utc' }, axis: { values: monthTicks(span), format: '%b %Y', labelAngle: 0, grid: true } },
            x2: { field: 'ende' },
            fill: { field: 'art', type: 'nominal', title: null, scale: { domain: [PLANNED, ACTUAL], range: ['#ffffff', '#555555'] } },
          },
        },
        {
          data: { values: [{ tag: report.asOf, text: stichtag }] },
          layer: [
            { mark: { type: 'rule', stroke: '#111', strokeDash: [6, 3], strokeWidth: 2 }, encoding: { x: { field: 'tag', type: 'temporal' } } },
            // Left of the rule, inside the plot: the Stichtag is the latest date shown, so text right of it would widen the chart.
            { mark: { type: 'text', align: 'right', baseline: 'top', dx: -4, dy: -14, fontWeight: 'bold', color: '#111' }, encoding: { x: { field: 'tag', type: 'temporal' }, y: { value: 0 }, text: { field: 'text' } } },
          ],
        },
      ],
    },
  };
}

