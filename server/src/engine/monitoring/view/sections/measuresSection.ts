// „Die Maßnahmen im Einzelnen“: per measure its Ampel with the reason, the status, the last update with its
// note, the next milestone and the indicator with whether it is reached.
import { escapeHtml } from '../../../util/escapeHtml';
import type { MeasureReport } from '../../statusReport';
import { actualPeriod, ampelBadge, dateText, indicatorResult, monthText, plannedPeriod, statusLabel, type StatusViewModel } from '../viewModel';

export function measuresSection(model: StatusViewModel): string {
  return `<section class="plan-abschnitt" aria-labelledby="massnahmen-h">
  <h2 id="massnahmen-h">Die Maßnahmen im Einzelnen</h2>
  ${model.report.measures.map((m, i) => measureArticle(model, m, i)).join('\n')}
</section>`;
}

function measureArticle(model: StatusViewModel, m: MeasureReport, i: number): string {
  const eckpunkt = model.eckpunktTitle(m.eckpunkt);
  return `<article class="massnahme"${model.options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}" tabindex="0"` : ''} aria-labelledby="massnahme-${i}">
  <h3 id="massnahme-${i}">${i + 1}. ${escapeHtml(m.title)}</h3>
  <p class="ampel-zeile">${ampelBadge(m.ampel, m.status)} <span class="ampel-grund">${escapeHtml(m.ampelReason)}</span></p>
  <dl class="massnahme-daten">
    <div><dt>Status</dt><dd>${escapeHtml(statusLabel(m.status))}</dd></div>
    <div><dt>Verantwortlich</dt><dd>${escapeHtml(m.owner || '–')}</dd></div>
    ${eckpunkt ? `<div><dt>Eckpunkt</dt><dd>${escapeHtml(eckpunkt)}</dd></div>` : ''}
    <div><dt>Geplant</dt><dd>${escapeHtml(plannedPeriod(m))}</dd></div>
    <div><dt>Tatsächlich</dt><dd>${escapeHtml(actualPeriod(m))}</dd></div>
    <div><dt>Nächster Meilenstein</dt><dd>${m.nextMilestone ? `${escapeHtml(m.nextMilestone.text)}${m.nextMilestone.due ? ` (${escapeHtml(monthText(m.nextMilestone.due))})` : ''}` : '–'}</dd></div>
    <div class="breit"><dt>Letzte Aktualisierung</dt><dd>${lastUpdate(m)}</dd></div>
    ${m.indicator ? `<div class="breit"><dt>Indikator</dt><dd>${indicator(m)}</dd></div>` : ''}
  </dl>
</article>`;
}

function lastUpdate(m: MeasureReport): string {
  const u = m.lastUpdate;
  if (!u) return 'noch keine';
  return `${escapeHtml(dateText(u.date))}: ${escapeHtml(statusLabel(u.status))}${u.note ? ` – ${escapeHtml(u.note)}` : ''}`;
}

function indicator(m: MeasureReport): string {
  const ind = m.indicator!;
  const result = indicatorResult(ind);
  const about = ind.criterionText ? `<br><span class="klein">Kriterium: ${escapeHtml(ind.criterionText)}</span>` : '';
  return `${escapeHtml(ind.text)}${about}${result ? `<br><strong class="${ind.reached === true ? 'erreicht' : 'offen'}">${escapeHtml(result)}</strong>` : ''}`;
}
