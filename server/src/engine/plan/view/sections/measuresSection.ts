// „Die Maßnahmen im Einzelnen“: per measure what the office decides — owner, period, why, indicator,
// milestones. What the instrument is and how it works stands in the appendix.
import { escapeHtml } from '../../../util/escapeHtml';
import { indicatorCriterion, indicatorTarget, indicatorText, type Measure } from '../../model';
import { monthLabel } from '../../months';
import { isMonth, quickWinBadge, type PlanViewModel } from '../viewModel';
import { appendixNumber } from './appendixSection';

export function measuresSection(model: PlanViewModel): string {
  return `<section class="plan-abschnitt" aria-labelledby="massnahmen-h">
  <h2 id="massnahmen-h">Die Maßnahmen im Einzelnen</h2>
  ${model.measures.map((m, i) => measureArticle(model, m, i)).join('\n')}
</section>`;
}

function measureArticle(model: PlanViewModel, m: Measure, i: number): string {
  const ranked = model.proposal.ranked.find((r) => r.instrument.id === m.instrument);
  const appendix = appendixNumber(model, m.instrument);
  const about = [
    ranked ? `Punktwert ${ranked.score}` : '',
    appendix ? `<a href="#anhang-${appendix}">Beschreibung des Instruments: Anhang A.${appendix}</a>` : '',
  ].filter(Boolean).join(' · ');
  return `<article class="massnahme"${model.options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}" tabindex="0"` : ''} aria-labelledby="massnahme-${i}">
  <h3 id="massnahme-${i}">${i + 1}. ${escapeHtml(m.title ?? model.instrumentTitle(m.instrument))}${quickWinBadge(model, m.instrument)}</h3>
  ${about ? `<p class="klein">${about}</p>` : ''}
  ${m.note ? `<p class="notiz"><strong>Notiz:</strong> ${escapeHtml(m.note)}</p>` : ''}
  ${measureFacts(model, m)}
</article>`;
}

/**
 * The indicator as a reader sees it: its sentence, and for one that points at the checklist the criterion by its
 * statement (from the toolbox, so the plan never goes stale when the checklist's wording changes) and the target.
 */
function readableIndicator(model: PlanViewModel, m: Measure): string | undefined {
  const text = indicatorText(m.indicator);
  if (!text) return undefined;
  const criterion = indicatorCriterion(m.indicator);
  const target = indicatorTarget(m.indicator);
  const goal = [
    criterion && model.hasCriterion(criterion) ? `Kriterium: ${escapeHtml(model.criterionText(criterion))}${model.idLabel(criterion)}` : '',
    target !== undefined ? `Ziel: mindestens Stand ${target} in der nächsten Standortbestimmung` : '',
  ].filter(Boolean).join(' · ');
  return `${escapeHtml(model.readable(text))}${goal ? `<br><span class="klein">${goal}</span>` : ''}`;
}

function measureFacts(model: PlanViewModel, m: Measure): string {
  const wide = (term: string, value: string | undefined) => (value ? `<div class="breit"><dt>${term}</dt><dd>${value}</dd></div>` : '');
  return `<dl class="massnahme-daten">
    <div><dt>Verantwortlich</dt><dd>${escapeHtml(m.owner ?? '–')}</dd></div>
    <div><dt>Zeitraum</dt><dd>${isMonth(m.start) ? escapeHtml(monthLabel(m.start)) : '–'} bis ${isMonth(m.due) ? escapeHtml(monthLabel(m.due)) : '–'}</dd></div>
    ${wide('Begründung', m.reason ? escapeHtml(model.readable(m.reason)) : undefined)}
    ${wide('Indikator', readableIndicator(model, m))}
    ${wide('Meilensteine', m.milestones?.length ? `<ul class="meilensteine">${m.milestones.map((s) => `<li>${s.due && isMonth(s.due) ? `${escapeHtml(monthLabel(s.due))}: ` : ''}${escapeHtml(s.text)}</li>`).join('')}</ul>` : undefined)}
  </dl>`;
}
