// „Zeitplan der Maßnahmen“ as a Gantt chart: one bar per measure from its start to the end of its last month,
// shaded by status; dashed lines lead from a prerequisite to the measure that builds on it.
import { MEASURE_STATUS, QUICK_WIN } from '../../../vocabulary';
import type { Measure } from '../../model';
import { formatMonth, monthLabel, parseMonth } from '../../months';
import { isMonth, type PlanViewModel } from '../viewModel';
import type { Chart } from './chartToSvg';

/** A measure's label in the chart: its title, and the symbol of a Sofortmaßnahme. */
export function ganttLabel(model: PlanViewModel, m: Measure): string {
  return `${m.title ?? model.instrumentTitle(m.instrument)}${model.quickWins.has(m.instrument) ? ` ${QUICK_WIN.symbol}` : ''}`;
}

export function ganttChart(model: PlanViewModel): Chart {
  const rows = model.measures.filter((m) => isMonth(m.start) && isMonth(m.due));
  const label = (m: Measure) => ganttLabel(model, m);
  const day = monthStartDay;
  const afterEnd = dayAfterMonth;
  const edges = rows.flatMap((m) => (model.instruments.get(m.instrument)?.requires ?? []).flatMap((r) => {
    const prerequisite = rows.find((p) => p.instrument === r);
    return prerequisite ? [{ from: label(prerequisite), to: label(m), x: afterEnd(prerequisite.due), x2: day(m.start) }] : [];
  }));
  return {
    id: 'zeitplan',
    title: 'Zeitplan der Maßnahmen',
    description: rows.length ? `${rows.map((m) => `${label(m)}: ${monthLabel(m.start)} bis ${monthLabel(m.due)}`).join('; ')}.${edges.length ? ` Abhängigkeiten: ${edges.map((e) => `${e.to} baut auf ${e.from} auf`).join('; ')}.` : ''}` : 'Noch keine Maßnahmen mit Start und Ende.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: { step: 24 },
      layer: [
        {
          data: { values: rows.map((m) => ({ massnahme: label(m), start: day(m.start), ende: afterEnd(m.due), status: MEASURE_STATUS[m.status] ?? m.status })) },
          mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8, cornerRadius: 2 },
          encoding: {
            y: { field: 'massnahme', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
            x: { field: 'start', type: 'temporal', title: null, scale: { type: 'utc' }, axis: { values: monthTicks(rows), format: '%b %Y', labelAngle: 0, grid: true } },
            x2: { field: 'ende' },
            fill: { field: 'status', type: 'nominal', title: 'Status', scale: { domain: ['geplant', 'laufend', 'abgeschlossen', 'zurückgestellt'], range: ['#ffffff', '#999999', '#333333', '#e6e6e6'] } },
          },
        },
        ...(edges.length
          ? [{
              data: { values: edges },
              mark: { type: 'rule' as const, stroke: '#111', strokeDash: [4, 2], strokeWidth: 2 },
              encoding: { x: { field: 'x', type: 'temporal' as const }, x2: { field: 'x2' }, y: { field: 'from', type: 'nominal' as const, sort: null }, y2: { field: 'to' } },
            }]
          : []),
      ],
    },
  };
}

/** The first day of a month (`JJJJ-MM` or a day in it), where a bar begins. */
export function monthStartDay(month: string): string {
  return `${month.slice(0, 7)}-01`;
}

/** The first day after a month, where a bar that lasts to the month's end stops. */
export function dayAfterMonth(month: string): string {
  return `${formatMonth(parseMonth(month) + 1)}-01`;
}

/** Steps between month ticks, smallest first; the chart takes the first that leaves at most eight ticks. */
const TICK_STEPS = [1, 2, 3, 6, 12];
const MAX_TICKS = 6;

/** Month ticks that step evenly from the first month of the plan to the month after its last measure. */
export function monthTicks(rows: Pick<Measure, 'start' | 'due'>[]): { year: number; month: number; date: number; utc: true }[] {
  if (!rows.length) return [];
  const first = Math.min(...rows.map((m) => parseMonth(m.start)));
  const last = Math.max(...rows.map((m) => parseMonth(m.due))) + 1;
  const step = TICK_STEPS.find((s) => (last - first) / s <= MAX_TICKS) ?? Math.ceil((last - first) / MAX_TICKS);
  const ticks = [];
  for (let month = first; month <= last; month += step) ticks.push({ year: Math.floor(month / 12), month: (month % 12) + 1, date: 1, utc: true as const });
  return ticks;
}
