// The title block of the plan: what an office signs — office, Stand, version, status, who drew it up, the
// date of the self-assessment and the planning frame — and a line for the sign-off.
import { escapeHtml } from '../../../util/escapeHtml';
import { AUTHORITY, CAPACITY, PLAN_STATUS, PLAN_STATUS_DEFAULT } from '../../../vocabulary';
import { dateLabel, decimalLabel, monthLabel } from '../../months';
import type { PlanViewModel } from '../viewModel';

interface Edition {
  status?: string;
  version?: string;
  date?: string;
  author?: string;
}

export function headerSection({ data, title }: PlanViewModel): string {
  const agency = data.agency ?? { name: '', bundesland: '' };
  const edition = ((data as { edition?: Edition }).edition ?? {}) as Edition;
  const status = PLAN_STATUS[edition.status ?? PLAN_STATUS_DEFAULT] ?? String(edition.status);
  const text = (value: unknown) => escapeHtml(String(value ?? ''));
  const fact = (term: string, value: string | undefined) => (value ? `<div><dt>${term}</dt><dd>${value}</dd></div>` : '');
  const kind = typeof agency.authority === 'string' ? AUTHORITY[agency.authority] : undefined;
  return `<header class="plan-kopf">
  <p class="plan-art">Maßnahmenplan · ${escapeHtml(status)}</p>
  <h1>${escapeHtml(title)}</h1>
  <dl class="plan-eckdaten">
    ${fact('Behörde', `${text(agency.name)}${agency.bundesland ? `, ${text(agency.bundesland)}` : ''}`)}
    ${fact('Gebietskörperschaft', kind && escapeHtml(kind))}
    ${fact('Mitarbeitende', typeof agency.staff === 'number' ? decimalLabel(agency.staff) : undefined)}
    ${fact('Stand', edition.date ? escapeHtml(dateLabel(String(edition.date))) : undefined)}
    ${fact('Version', edition.version ? text(edition.version) : undefined)}
    ${fact('Status', escapeHtml(status))}
    ${fact('Erstellt von', edition.author ? text(edition.author) : undefined)}
    ${fact('Standortbestimmung', data.assessed ? escapeHtml(dateLabel(String(data.assessed))) : '–')}
    ${fact('Planungsrahmen', `ab ${escapeHtml(data.planning?.start ? monthLabel(data.planning.start) : '–')}, höchstens ${data.planning?.capacity ?? CAPACITY.default} Maßnahmen gleichzeitig`)}
  </dl>
  <div class="freigabe" role="group" aria-label="Freigabe">
    <p><strong>Freigabe</strong> durch die Leitung der Behörde</p>
    <div class="unterschrift"><span class="linie"></span><span>Ort, Datum</span></div>
    <div class="unterschrift"><span class="linie"></span><span>Unterschrift, Name und Funktion</span></div>
  </div>
</header>`;
}
