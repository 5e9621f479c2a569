// The assessment form in a webview: the office's data and every checklist criterion, grouped by Eckpunkt,
// scored "Wo stehen wir heute?" and "Wie relevant für uns?" (1–5 or unbekannt). Used to create a plan and,
// prefilled with a plan's current scores, to re-generate it after the assessment changed.
import * as vscode from 'vscode';
import { BUNDESLAENDER, CAPACITY, escapeHtml, LIMIT } from '../../../server/src/engine/vocabulary';
import { webviewHtml } from '../webview/html';
import type { Assessment, ChecklistGroup, NewPlanInput } from '../serverCommands';


export interface WizardDefaults {
  /** new: a plan from scratch; update: the current assessment corrected; assessment: the next Standortbestimmung. */
  mode: 'new' | 'update' | 'assessment';
  agency?: { name?: string; bundesland?: string; staff?: number };
  assessment?: Assessment;
  start: string;
  capacity: number;
  limit?: number;
  assessed: string;
}

export type WizardResult = NewPlanInput;

function wizardTitle(mode: WizardDefaults['mode']): string {
  if (mode === 'new') return vscode.l10n.t('New action plan');
  return mode === 'assessment' ? vscode.l10n.t('Record a new self-assessment') : vscode.l10n.t('Update action plan');
}

const FORM_CSS = `
form { max-width: 60rem; }
fieldset { border: 1px solid var(--vscode-panel-border, #888); margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
legend { font-weight: bold; font-size: 1.1em; padding: 0 0.3rem; }
.reihe { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.6rem 1.2rem; }
label { display: block; font-weight: 600; margin-bottom: 0.15rem; }
.kriterium { display: grid; grid-template-columns: 1fr 9rem 9rem; gap: 0.4rem 0.8rem; align-items: start; padding: 0.5rem 0; border-top: 1px solid var(--vscode-panel-border, #555); }
.kriterium p { margin: 0; }
.kriterium code { opacity: 0.8; font-size: 0.85em; }
.hinweis { opacity: 0.85; }
.fehler { color: var(--vscode-errorForeground); }
.aktionen { display: flex; gap: 0.6rem; margin-top: 1rem; }
`;

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function scoreSelect(name: string, label: string, value: unknown, scale: string[]): string {
  const current = value === undefined ? 'unbekannt' : String(value);
  return `<div><label for="${name}">${escapeHtml(label)}</label><select id="${name}" name="${name}">${option('unbekannt', vscode.l10n.t('unknown'), current === 'unbekannt')}${[1, 2, 3, 4, 5].map((n) => option(String(n), `${n} – ${scale[n - 1]}`, current === String(n))).join('')}</select></div>`;
}

export function wizardBody(groups: ChecklistGroup[], defaults: WizardDefaults): string {
  const statusScale = [vscode.l10n.t('no approach visible'), vscode.l10n.t('first steps'), vscode.l10n.t('partly'), vscode.l10n.t('largely'), vscode.l10n.t('already very good')];
  const relevanceScale = [vscode.l10n.t('not relevant'), vscode.l10n.t('low'), vscode.l10n.t('medium'), vscode.l10n.t('high'), vscode.l10n.t('top priority')];
  const agency = defaults.agency ?? {};
  const criteria = groups
    .map((group) => `<fieldset><legend>${escapeHtml(group.eckpunkt.title)}</legend>${group.criteria
      .map((c) => {
        const score = defaults.assessment?.[c.id];
        return `<div class="kriterium"><p>${escapeHtml(c.text)} <code>${escapeHtml(c.id)}</code></p>${scoreSelect(`status--${c.id}`, vscode.l10n.t('Where are we today?'), score?.status, statusScale)}${scoreSelect(`relevance--${c.id}`, vscode.l10n.t('How relevant for us?'), score?.relevance, relevanceScale)}</div>`;
      })
      .join('')}</fieldset>`)
    .join('');
  return `<main>
<h1>${wizardTitle(defaults.mode)}</h1>
<p class="hinweis">${vscode.l10n.t('Score every criterion with the office: where it stands today (1 = no approach visible … 5 = already very good) and how relevant it is (1 = not relevant … 5 = top priority). Leave “unknown” where it is still open; the plan lists it as to be clarified.')}</p>
<form id="wizard" novalidate>
<fieldset><legend>${vscode.l10n.t('The office')}</legend><div class="reihe">
<div><label for="name">${vscode.l10n.t('Name of the immigration office')}</label><input id="name" name="name" required value="${escapeHtml(agency.name ?? '')}" ${defaults.mode !== 'new' ? 'readonly' : ''}></div>
<div><label for="bundesland">${vscode.l10n.t('Federal state')}</label><select id="bundesland" name="bundesland" required ${defaults.mode !== 'new' ? 'disabled' : ''}>${option('', vscode.l10n.t('please choose'), !agency.bundesland)}${BUNDESLAENDER.map((b) => option(b, b, agency.bundesland === b)).join('')}</select></div>
<div><label for="staff">${vscode.l10n.t('Staff')}</label><input id="staff" name="staff" type="number" min="1" value="${agency.staff ?? ''}" ${defaults.mode !== 'new' ? 'readonly' : ''}></div>
<div><label for="assessed">${vscode.l10n.t('Date of the self-assessment')}</label><input id="assessed" name="assessed" type="date" required value="${escapeHtml(defaults.assessed)}"></div>
</div></fieldset>
${defaults.mode === 'new' ? `<fieldset><legend>${vscode.l10n.t('Planning')}</legend><div class="reihe">
<div><label for="start">${vscode.l10n.t('First month')}</label><input id="start" name="start" type="month" required value="${escapeHtml(defaults.start)}"></div>
<div><label for="capacity">${vscode.l10n.t('Measures at the same time')}</label><input id="capacity" name="capacity" type="number" min="${CAPACITY.min}" max="${CAPACITY.max}" value="${defaults.capacity}"></div>
<div><label for="limit">${vscode.l10n.t('Best instruments to propose')}</label><input id="limit" name="limit" type="number" min="${LIMIT.min}" max="${LIMIT.max}" value="${defaults.limit ?? ''}"></div>
</div></fieldset>` : ''}
${criteria}
<p id="meldung" class="fehler" role="alert"></p>
<div class="aktionen"><button type="submit">${defaults.mode === 'new' ? vscode.l10n.t('Create plan') : vscode.l10n.t('Compute changes')}</button><button type="button" class="secondary" id="abbrechen">${vscode.l10n.t('Cancel')}</button></div>
</form>
</main>`;
}

const WIZARD_SCRIPT = `
const vscode = acquireVsCodeApi();
const form = document.getElementById('wizard');
document.getElementById('abbrechen').addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = {};
  for (const element of form.elements) if (element.name) data[element.name] = element.value;
  vscode.postMessage({ type: 'submit', data });
});
window.addEventListener('message', (event) => { if (event.data.type === 'error') document.getElementById('meldung').textContent = event.data.message; });
`;

/** Turns the form's values into the builder's input; returns a German/English error text for missing data. */
export function parseWizard(data: Record<string, string>, groups: ChecklistGroup[], defaults: WizardDefaults): WizardResult | string {
  const name = (data.name ?? defaults.agency?.name ?? '').trim();
  const bundesland = data.bundesland || defaults.agency?.bundesland || '';
  if (!name) return vscode.l10n.t('Please enter the name of the office.');
  if (!BUNDESLAENDER.includes(bundesland)) return vscode.l10n.t('Please choose the federal state.');
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
    assessed: /^\d{4}-\d{2}-\d{2}$/.test(data.assessed ?? '') ? data.assessed! : defaults.assessed,
    assessment,
    start: /^\d{4}-\d{2}$/.test(data.start ?? '') ? data.start! : defaults.start,
    capacity: Number(data.capacity) >= CAPACITY.min ? Math.min(CAPACITY.max, Math.floor(Number(data.capacity))) : defaults.capacity,
    ...(Number.isInteger(limit) && limit > 0 ? { limit } : defaults.limit ? { limit: defaults.limit } : {}),
  };
}

/** Shows the form; resolves with the input, or undefined when cancelled. */
export function showWizard(extensionUri: vscode.Uri, groups: ChecklistGroup[], defaults: WizardDefaults): Promise<WizardResult | undefined> {
  const panel = vscode.window.createWebviewPanel('werkzeugkoffer.planWizard', wizardTitle(defaults.mode), vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [extensionUri],
  });
  panel.webview.html = webviewHtml(panel.webview, { title: panel.title, body: wizardBody(groups, defaults), css: FORM_CSS, script: WIZARD_SCRIPT });
  return new Promise((resolve) => {
    let settled = false;
    panel.webview.onDidReceiveMessage((message: { type: string; data?: Record<string, string> }) => {
      if (message.type === 'cancel') {
        settled = true;
        resolve(undefined);
        panel.dispose();
        return;
      }
      const result = parseWizard(message.data ?? {}, groups, defaults);
      if (typeof result === 'string') {
        void panel.webview.postMessage({ type: 'error', message: result });
        return;
      }
      settled = true;
      resolve(result);
      panel.dispose();
    });
    panel.onDidDispose(() => {
      if (!settled) resolve(undefined);
    });
  });
}
