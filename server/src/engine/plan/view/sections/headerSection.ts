// The head of the plan: office, date of the self-assessment, planning frame, and how the proposal comes about.
import { escapeHtml } from '../../../util/escapeHtml';
import { CAPACITY } from '../../../vocabulary';
import { monthLabel } from '../../months';
import { NEED_FORMULA } from '../../needs';
import type { PlanViewModel } from '../viewModel';

export function headerSection({ data, title }: PlanViewModel): string {
  const agency = data.agency ?? { name: '', bundesland: '' };
  return `<header class="plan-kopf">
  <p class="plan-art">Maßnahmenplan</p>
  <h1>${escapeHtml(title)}</h1>
  <dl class="plan-eckdaten">
    <div><dt>Behörde</dt><dd>${escapeHtml(String(agency.name ?? ''))}${agency.bundesland ? `, ${escapeHtml(String(agency.bundesland))}` : ''}</dd></div>
    ${typeof agency.staff === 'number' ? `<div><dt>Mitarbeitende</dt><dd>${agency.staff}</dd></div>` : ''}
    <div><dt>Standortbestimmung</dt><dd>${escapeHtml(String(data.assessed ?? '–'))}</dd></div>
    <div><dt>Planungsrahmen</dt><dd>ab ${escapeHtml(data.planning?.start ? monthLabel(data.planning.start) : '–')}, höchstens ${data.planning?.capacity ?? CAPACITY.default} Maßnahmen gleichzeitig</dd></div>
  </dl>
  <p class="plan-formel"><strong>So entsteht der Vorschlag:</strong> ${escapeHtml(NEED_FORMULA)} (0 bis 20) für jedes Kriterium der Checkliste. Der Punktwert eines Instruments ist die Summe der Bedarfe der Kriterien, die es adressiert; bei Gleichstand zählen geringerer Aufwand, kürzere Dauer, dann die Kennung.</p>
</header>`;
}
