// „Aktionsplan“: the measures as a table in the form German action plans use — what, who, with whom, with
// what, by when, building on what, status.
import { escapeHtml } from '../../../util/escapeHtml';
import { MEASURE_STATUS } from '../../../vocabulary';
import type { Measure } from '../../model';
import { monthLabel } from '../../months';
import { isMonth, quickWinBadge, tableFrame, type PlanViewModel } from '../viewModel';

export function actionPlanSection(model: PlanViewModel): string {
  return `<section class="plan-abschnitt" aria-labelledby="aktionsplan-h">
  <h2 id="aktionsplan-h">Aktionsplan</h2>
  ${tableFrame('aktionsplan-tabelle', `<table class="tabelle aktionsplan"><caption id="aktionsplan-tabelle">Maßnahmen in der Form eines Aktionsplans</caption>
    <thead><tr><th scope="col">Was?</th><th scope="col">Wer?</th><th scope="col">Mit wem?</th><th scope="col">Womit?</th><th scope="col">Bis wann?</th><th scope="col">Aufbauend auf</th><th scope="col">Status</th></tr></thead>
    <tbody>${model.measures.map((m) => actionPlanRow(model, m)).join('')}</tbody>
  </table>`)}
</section>`;
}

function actionPlanRow(model: PlanViewModel, m: Measure): string {
  const builds = (model.instruments.get(m.instrument)?.requires ?? []).filter((r) => model.measures.some((o) => o.instrument === r));
  const interactive = model.options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}"` : '';
  const due = `${isMonth(m.due) ? escapeHtml(monthLabel(m.due)) : ''}${isMonth(m.start) ? `<br><span class="klein">ab ${escapeHtml(monthLabel(m.start))}</span>` : ''}`;
  return `<tr${interactive}><th scope="row">${model.link('instrument', m.instrument, m.title ?? model.instrumentTitle(m.instrument))}${quickWinBadge(model, m.instrument)}</th><td>${escapeHtml(m.owner ?? '')}</td><td>${escapeHtml((m.participants ?? []).join(', '))}</td><td>${escapeHtml(m.resources ?? '')}</td><td>${due}</td><td>${builds.map((b) => escapeHtml(model.instrumentTitle(b))).join(', ') || '–'}</td><td>${escapeHtml(MEASURE_STATUS[m.status] ?? String(m.status ?? ''))}</td></tr>`;
}
