// The assessment form's page, without VS Code: the office's data and every checklist criterion, grouped by
// Eckpunkt, scored "Wo stehen wir heute?" and "Wie relevant für uns?" (1–5 or unbekannt). Dates are chosen as
// day, month and year in German form („20.“ „Oktober“ „2026“). The page keeps what was entered in the webview's
// state, so it survives the panel being hidden and a cancelled save. `t` translates (vscode.l10n.t in the
// extension, the German bundle in the browser test).
import { BUNDESLAENDER, CAPACITY, dateLabel, escapeHtml, isDay, LIMIT, MONTH_NAMES } from '../../../server/src/engine/vocabulary';
import type { Assessment, ChecklistGroup, NewPlanInput } from '../serverCommands';

export type Translate = (message: string, ...args: (string | number)[]) => string;

export interface WizardDefaults {
  /** new: a plan from scratch; update: the current assessment corrected; assessment: the next Standortbestimmung. */
  mode: 'new' | 'update' | 'assessment';
  agency?: { name?: string; bundesland?: string; staff?: number };
  assessment?: Assessment;
  /** The plan's first month, JJJJ-MM. */
  start: string;
  capacity: number;
  limit?: number;
  /** The day of the Standortbestimmung, JJJJ-MM-TT. */
  assessed: string;
  /**
   * Set when the scores are entries of an update that was not applied (JJJJ-MM-TT, the day they were kept): the form
   * says so and offers to discard them.
   */
  keptOn?: string;
}

export type WizardResult = NewPlanInput;

export function wizardTitle(mode: WizardDefaults['mode'], t: Translate): string {
  if (mode === 'new') return t('New action plan');
  return mode === 'assessment' ? t('Record a new self-assessment') : t('Update action plan');
}

/**
 * Every select is as wide as its longest option, so no text is cut; a criterion's statement takes the room the
 * two scales leave, and below about 46rem the scales move under it.
 */
export const FORM_CSS = `
form { max-width: 64rem; }
fieldset { border: 1px solid var(--vscode-panel-border, #888); margin: 1rem 0; padding: 0.5rem 1rem 1rem; min-width: 0; }
legend { font-weight: bold; font-size: 1.1em; padding: 0 0.3rem; }
select, input { box-sizing: border-box; max-width: 100%; }
.reihe { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.8rem 1.2rem; }
.reihe input { width: 100%; }
label, .beschriftung { display: block; font-weight: 600; margin-bottom: 0.15rem; }
.datum { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.kriterium { display: grid; grid-template-columns: minmax(12rem, 1fr) max-content max-content; gap: 0.4rem 1rem; align-items: end; padding: 0.6rem 0; border-top: 1px solid var(--vscode-panel-border, #555); }
.kriterium .aussage { margin: 0; align-self: center; }
.kennung { display: block; margin-top: 0.1rem; font-family: var(--vscode-editor-font-family, monospace); font-size: 0.8em; opacity: 0.7; }
@media (max-width: 46rem) {
  .kriterium { grid-template-columns: max-content max-content; }
  .kriterium .aussage { grid-column: 1 / -1; }
}
@media (max-width: 28rem) {
  .kriterium { grid-template-columns: minmax(0, 1fr); }
}
.hinweis { opacity: 0.85; }
.fehler { color: var(--vscode-errorForeground); }
.fehler:empty, .info:empty { display: none; }
.info { border-left: 3px solid var(--vscode-focusBorder); padding: 0.3rem 0.6rem; }
.vorbelegt { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; margin: 1rem 0; }
.vorbelegt p { margin: 0; flex: 1 1 24rem; }
.aktionen { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 1rem; }
`;

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function scoreSelect(name: string, label: string, value: unknown, scale: string[], t: Translate): string {
  const current = value === undefined ? 'unbekannt' : String(value);
  return `<div><label for="${name}">${escapeHtml(label)}</label><select id="${name}" name="${name}">${option('unbekannt', t('unknown'), current === 'unbekannt')}${[1, 2, 3, 4, 5].map((n) => option(String(n), `${n} – ${scale[n - 1]}`, current === String(n))).join('')}</select></div>`;
}

/** Month and year (and the day, for `withDay`) as selects in German form; the value JJJJ-MM(-TT) picks the options. */
function dateSelects(name: string, label: string, value: string, withDay: boolean, years: number[], t: Translate): string {
  const [year, month, day] = value.split('-').map(Number);
  const days = withDay ? `<select id="${name}-day" name="${name}-day" aria-label="${escapeHtml(t('Day'))}">${range(1, 31).map((d) => option(String(d), `${d}.`, d === day)).join('')}</select>` : '';
  const months = `<select id="${name}-month" name="${name}-month" aria-label="${escapeHtml(t('Month'))}">${MONTH_NAMES.map((m, i) => option(String(i + 1), m, i + 1 === month)).join('')}</select>`;
  const yearOptions = years.includes(year!) ? years : [...years, year!].sort((a, b) => a - b);
  const yearSelect = `<select id="${name}-year" name="${name}-year" aria-label="${escapeHtml(t('Year'))}">${yearOptions.map((y) => option(String(y), String(y), y === year)).join('')}</select>`;
  return `<div role="group" aria-labelledby="${name}-label"><span class="beschriftung" id="${name}-label">${escapeHtml(label)}</span><div class="datum">${days}${months}${yearSelect}</div></div>`;
}

export function wizardBody(groups: ChecklistGroup[], defaults: WizardDefaults, t: Translate): string {
  const statusScale = [t('no approach visible'), t('first steps'), t('partly'), t('largely'), t('already very good')];
  const relevanceScale = [t('not relevant'), t('low'), t('medium'), t('high'), t('top priority')];
  const agency = defaults.agency ?? {};
  const fixed = defaults.mode !== 'new';
  const discard = t('Discard entries');
  // Above the form, where it is read before the scores: they are not the plan's.
  const kept = defaults.keptOn
    ? `<div id="vorbelegt" class="info vorbelegt" role="status"><p>${escapeHtml(t('Prefilled with your entries of {0} that are not in the plan yet. “{1}” loads the plan’s assessment again.', dateLabel(defaults.keptOn), discard))}</p><button type="button" class="secondary" id="verwerfen">${escapeHtml(discard)}</button></div>`
    : '';
  const assessedYear = Number(defaults.assessed.slice(0, 4));
  const startYear = Number(defaults.start.slice(0, 4)) || assessedYear;
  const criteria = groups
    .map((group) => `<fieldset><legend>${escapeHtml(group.eckpunkt.title)}</legend>${group.criteria
      .map((c) => {
        const score = defaults.assessment?.[c.id];
        return `<div class="kriterium" role="group" aria-labelledby="aussage--${c.id}"><p class="aussage"><span id="aussage--${c.id}">${escapeHtml(c.text)}</span><span class="kennung">${escapeHtml(c.id)}</span></p>${scoreSelect(`status--${c.id}`, t('Where are we today?'), score?.status, statusScale, t)}${scoreSelect(`relevance--${c.id}`, t('How relevant for us?'), score?.relevance, relevanceScale, t)}</div>`;
      })
      .join('')}</fieldset>`)
    .join('');
  return `<main>
<h1>${escapeHtml(wizardTitle(defaults.mode, t))}</h1>
<p class="hinweis">${escapeHtml(t('Score every criterion with the office: where it stands today (1 = no approach visible … 5 = already very good) and how relevant it is (1 = not relevant … 5 = top priority). Leave “unknown” where it is still open; the plan lists it as to be clarified.'))}</p>
${kept}
<form id="wizard" novalidate>
<fieldset><legend>${escapeHtml(t('The office'))}</legend><div class="reihe">
<div><label for="name">${escapeHtml(t('Name of the immigration office'))}</label><input id="name" name="name" required value="${escapeHtml(agency.name ?? '')}" ${fixed ? 'readonly' : ''}></div>
<div><label for="bundesland">${escapeHtml(t('Federal state'))}</label><select id="bundesland" name="bundesland" required ${fixed ? 'disabled' : ''}>${option('', t('please choose'), !agency.bundesland)}${BUNDESLAENDER.map((b) => option(b, b, agency.bundesland === b)).join('')}</select></div>
<div><label for="staff">${escapeHtml(t('Staff'))}</label><input id="staff" name="staff" type="number" min="1" value="${agency.staff ?? ''}" ${fixed ? 'readonly' : ''}></div>
${dateSelects('assessed', t('Date of the self-assessment'), defaults.assessed, true, range(assessedYear - 10, assessedYear + 2), t)}
</div></fieldset>
${defaults.mode === 'new' ? `<fieldset><legend>${escapeHtml(t('Planning'))}</legend><div class="reihe">
${dateSelects('start', t('First month'), defaults.start, false, range(startYear - 2, startYear + 5), t)}
<div><label for="capacity">${escapeHtml(t('Measures at the same time'))}</label><input id="capacity" name="capacity" type="number" min="${CAPACITY.min}" max="${CAPACITY.max}" value="${defaults.capacity}"></div>
<div><label for="limit">${escapeHtml(t('Best instruments to propose'))}</label><input id="limit" name="limit" type="number" min="${LIMIT.min}" max="${LIMIT.max}" value="${defaults.limit ?? ''}"></div>
</div></fieldset>` : ''}
${criteria}
<p id="meldung" class="fehler" role="alert"></p>
<p id="info" class="info" role="status"></p>
<div class="aktionen"><button type="submit">${escapeHtml(defaults.mode === 'new' ? t('Create plan') : t('Compute changes'))}</button><button type="button" class="secondary" id="abbrechen">${escapeHtml(t('Cancel'))}</button></div>
</form>
</main>`;
}

/**
 * The page's script: every change goes into the webview's state (values and the last message), which is restored
 * when the page is shown again; the extension answers a submit with an error (`error`) or a note (`info`).
 */
export const WIZARD_SCRIPT = `
const vscode = acquireVsCodeApi();
const form = document.getElementById('wizard');
const values = () => {
  const data = {};
  for (const element of form.elements) if (element.name && !element.disabled) data[element.name] = element.value;
  return data;
};
const show = (message) => {
  document.getElementById('meldung').textContent = message && message.type === 'error' ? message.message : '';
  document.getElementById('info').textContent = message && message.type === 'info' ? message.message : '';
};
const saved = vscode.getState();
if (saved && saved.values) {
  for (const [name, value] of Object.entries(saved.values)) {
    const element = form.elements.namedItem(name);
    if (element && !element.readOnly && !element.disabled) element.value = value;
  }
}
if (saved && saved.message) show(saved.message);
const remember = (message) => vscode.setState({ values: values(), message: message === undefined ? (vscode.getState() || {}).message : message });
form.addEventListener('input', () => remember());
form.addEventListener('change', () => remember());
document.getElementById('abbrechen').addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
const discard = document.getElementById('verwerfen');
if (discard) discard.addEventListener('click', () => vscode.postMessage({ type: 'discard' }));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  show(undefined);
  remember(null);
  vscode.postMessage({ type: 'submit', data: values() });
});
window.addEventListener('message', (event) => {
  if (event.data.type !== 'error' && event.data.type !== 'info') return;
  show(event.data);
  remember(event.data);
});
`;

/** Turns the form's values into the builder's input; returns the error text for missing or impossible data. */
export function parseWizard(data: Record<string, string>, groups: ChecklistGroup[], defaults: WizardDefaults, t: Translate): WizardResult | string {
  const name = (data.name ?? defaults.agency?.name ?? '').trim();
  const bundesland = data.bundesland || defaults.agency?.bundesland || '';
  if (!name) return t('Please enter the name of the office.');
  if (!BUNDESLAENDER.includes(bundesland)) return t('Please choose the federal state.');
  const pad = (value: string | undefined) => String(Number(value)).padStart(2, '0');
  const assessed = data['assessed-year'] ? `${data['assessed-year']}-${pad(data['assessed-month'])}-${pad(data['assessed-day'])}` : defaults.assessed;
  if (!isDay(assessed)) return t('{0} does not exist; please choose another day for the self-assessment.', `${Number(data['assessed-day'])}. ${MONTH_NAMES[Number(data['assessed-month']) - 1] ?? ''} ${data['assessed-year']}`);
  const start = data['start-year'] ? `${data['start-year']}-${pad(data['start-month'])}` : defaults.start;
  const assessment: Assessment = {};
  for (const group of groups) {
    for (const criterion of group.criteria) {
      const read = (key: string) => {
        const value = data[`${key}--${criterion.id}`] ?? 'unbekannt';
        return value === 'unbekannt' ? 'unbekannt' : Number(value);
      };
      assessment[criterion.id] = { status: read('status'), relevance: read('relevance') };
      const note = defaults.assessment?.[criterion.id]?.note;
      if (note) assessment[criterion.id]!.note = note;
    }
  }
  const staff = Number(data.staff);
  const limit = Number(data.limit);
  return {
    agency: { name, bundesland, ...(Number.isInteger(staff) && staff > 0 ? { staff } : {}) },
    assessed,
    assessment,
    start: /^\d{4}-(0[1-9]|1[0-2])$/.test(start) ? start : defaults.start,
    capacity: Number(data.capacity) >= CAPACITY.min ? Math.min(CAPACITY.max, Math.floor(Number(data.capacity))) : defaults.capacity,
    ...(Number.isInteger(limit) && limit > 0 ? { limit } : defaults.limit ? { limit: defaults.limit } : {}),
  };
}
