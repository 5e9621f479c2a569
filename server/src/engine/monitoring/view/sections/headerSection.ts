// The title block of the Statusbericht: plan, office, Stichtag and the period of the changes, the
// Standortbestimmungen, and the Ampel counts the reader sees first.
import { escapeHtml } from '../../../util/escapeHtml';
import { AMPEL, AMPEL_ORDER, STOPPED_WORD } from '../../ampelRules';
import type { Ampel } from '../../statusReport';
import { dateText, type StatusViewModel } from '../viewModel';

export function headerSection(model: StatusViewModel): string {
  const { report } = model;
  const fact = (term: string, value: string) => `<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const assessments = report.assessments.map((a) => `${escapeHtml(dateText(a.assessed))}${a.current ? ' (aktuell)' : ''}`).join(', ');
  return `<header class="plan-kopf">
  <p class="plan-art">Statusbericht zum Maßnahmenplan</p>
  <h1>${escapeHtml(report.plan.title)}</h1>
  <dl class="plan-eckdaten">
    ${fact('Behörde', `${escapeHtml(report.plan.agency)}${report.plan.bundesland ? `, ${escapeHtml(report.plan.bundesland)}` : ''}`)}
    ${fact('Stichtag', escapeHtml(dateText(report.asOf)))}
    ${fact('Änderungen seit', report.since ? escapeHtml(dateText(report.since)) : 'Beginn des Plans')}
    ${fact('Standortbestimmungen', assessments || '–')}
  </dl>
  ${ampelCounts(model)}
</header>`;
}

/** „3 im Plan, 2 Verzug droht, 1 überfällig“: each count with its symbol; stopped measures apart from overdue ones. */
export function ampelCounts({ report }: StatusViewModel): string {
  const stopped = report.measures.filter((m) => m.ampel === 'rot' && m.status === 'zurueckgestellt').length;
  const count = (ampel: Ampel, n: number, word: string) =>
    `<li class="ampel ampel-${ampel}"><span class="ampel-symbol" role="img" aria-label="Ampel ${AMPEL[ampel].colour}">${AMPEL[ampel].symbol}</span> <strong>${n}</strong> ${escapeHtml(word)}</li>`;
  const items = AMPEL_ORDER.map((a) => (a === 'rot' ? count(a, report.counts.rot - stopped, AMPEL.rot.word) : count(a, report.counts[a], AMPEL[a].word)));
  if (stopped) items.push(count('rot', stopped, STOPPED_WORD));
  const total = report.measures.length;
  return `<div class="ampel-uebersicht" role="group" aria-labelledby="ampel-uebersicht-h"><p id="ampel-uebersicht-h"><strong>${total} ${total === 1 ? 'Maßnahme' : 'Maßnahmen'} am Stichtag:</strong></p><ul class="ampel-zaehlung">${items.join('')}</ul></div>`;
}
