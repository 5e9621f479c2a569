// The consultant's commands: new plan (form → builder → document beside its preview), add an instrument
// ordered by need, export printable HTML (and PDF where Chromium is available), re-generate with a reviewable diff.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { CAPACITY, isValidId, KINDS, LIMIT, planId, TOOLBOX_FOLDER } from '../../../server/src/engine/vocabulary';
import { writeExport } from './exportFiles';
import type { Assessment, NewPlanInput, ServerCommands } from '../serverCommands';
import { KeptEntriesStore, updateFormDefaults, type UpdateMode } from './keptEntries';
import type { PlanPreview } from './preview';
import { showWizard, type WizardDefaults, type WizardResult } from './wizard';
import { wizardTitle } from './wizardForm';

const PROPOSAL_SCHEME = 'werkzeugkoffer-proposal';

/** An assessment for an update, from the form or a script, and the update the server computed from it. */
interface Entered {
  assessment: Assessment;
  assessed?: string;
}
type Computed = { entered: Entered; result: Awaited<ReturnType<ServerCommands['updatePlan']>> };

export class PlanCommands implements vscode.Disposable {
  private readonly proposals = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly kept: KeptEntriesStore;

  constructor(private readonly server: ServerCommands, private readonly preview: PlanPreview, private readonly extensionUri: vscode.Uri, workspaceState: vscode.Memento) {
    this.kept = new KeptEntriesStore(workspaceState);
    this.disposables.push(vscode.workspace.registerTextDocumentContentProvider(PROPOSAL_SCHEME, { provideTextDocumentContent: (uri) => this.proposals.get(uri.toString()) ?? '' }));
  }

  private settings() {
    const config = vscode.workspace.getConfiguration('werkzeugkoffer');
    const start = config.get<string>('plan.startMonth') || nextMonth();
    return { capacity: config.get<number>('plan.capacity', CAPACITY.default), start, limit: config.get<number>('plan.limit', LIMIT.default) || undefined, folder: config.get<string>('toolboxFolder', TOOLBOX_FOLDER) };
  }

  /** The active plan document, or the one passed by a command argument. */
  private async planDocument(arg?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
    if (arg) return vscode.workspace.openTextDocument(typeof arg === 'string' ? vscode.Uri.parse(arg) : arg);
    const editor = vscode.window.activeTextEditor;
    if (editor && /^---\s*\r?\n(?:[\s\S]*?\n)?kind:\s*plan\b/.test(editor.document.getText().slice(0, 400))) return editor.document;
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an action plan (a document with kind: plan) first.'));
    return undefined;
  }

  /**
   * „Neuen Maßnahmenplan anlegen“. `input` (for scripts and tests) skips the form; `target` sets the file. The form
   * stays open until the plan is written: a cancelled save dialog keeps the assessment in it, with a note how to save.
   */
  async newPlan(input?: NewPlanInput, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const settings = this.settings();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = (plan: NewPlanInput) => (folder ? vscode.Uri.joinPath(folder, settings.folder, KINDS.plan.toolboxFolder, `${planId(plan.agency.name)}.md`) : undefined);
    if (input) {
      const file = target ?? suggested(input);
      return file && this.writePlan(input, file, true);
    }
    let created: vscode.Uri | undefined;
    const defaults: WizardDefaults = { mode: 'new', start: settings.start, capacity: settings.capacity, limit: settings.limit, assessed: localDay() };
    await showWizard(this.extensionUri, await this.server.checklist(), defaults, async (plan) => {
      const file = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested(plan), filters: { Markdown: ['md'] }, title: vscode.l10n.t('Save the action plan') }));
      created = file && (await this.writePlan(plan, file, false));
      if (created) return undefined;
      const note = vscode.l10n.t('The plan is not saved yet. Your assessment stays in the form: choose “{0}” again and pick a file to save the plan.', vscode.l10n.t('Create plan'));
      void vscode.window.showInformationMessage(note);
      return note;
    });
    return created;
  }

  /** Builds the plan and writes it to `target`; an existing file is overwritten only when the consultant agrees. */
  private async writePlan(plan: NewPlanInput, target: vscode.Uri, scripted: boolean): Promise<vscode.Uri | undefined> {
    if (existsSync(target.fsPath)) {
      if (scripted) throw new Error(vscode.l10n.t('{0} exists already.', target.fsPath));
      const overwrite = vscode.l10n.t('Overwrite');
      if ((await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists already. Overwrite it?', target.fsPath), { modal: true }, overwrite)) !== overwrite) return undefined;
    }
    const id = target.path.split('/').pop()!.replace(/\.md$/i, '');
    const result = await this.server.newPlan({ ...plan, id: isValidId(id) ? id : undefined });
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.text, 'utf8'));
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await this.preview.show(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('Action plan created with {0} measures.', result.measures));
    return target;
  }

  async showPreview(arg?: vscode.Uri | string): Promise<void> {
    const document = await this.planDocument(arg);
    if (document) await this.preview.show(document.uri);
  }

  /** „Instrument zum Plan hinzufügen“: a quick pick ordered by the plan's needs; `instrument` skips it. */
  async addInstrument(arg?: vscode.Uri | string, instrument?: string): Promise<boolean> {
    const document = await this.planDocument(arg);
    if (!document) return false;
    if (document.isDirty) await document.save();
    let choice = instrument;
    if (!choice) {
      const items = (await this.server.instrumentsByNeed(document.uri.toString()))
        .filter((i) => !i.inPlan)
        .map((i) => ({
          label: i.title,
          description: i.score ? vscode.l10n.t('score {0} · effort {1} · {2} weeks', i.score, i.effort, i.durationWeeks) : vscode.l10n.t('no need · effort {0}', i.effort),
          detail: i.summary,
          id: i.id,
        }));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Add an instrument to the plan'), placeHolder: vscode.l10n.t('Ordered by the plan’s needs'), matchOnDetail: true });
      if (!picked) return false;
      choice = picked.id;
    }
    const { text } = await this.server.addMeasure(document.uri.toString(), choice);
    return replaceAll(document, text);
  }

  /** „Maßnahmenplan exportieren“: printable HTML in the workspace's export folder, and a PDF where Chromium is available. */
  async export(arg?: vscode.Uri | string): Promise<{ html: string; pdf?: string } | undefined> {
    const document = await this.planDocument(arg);
    if (!document) return undefined;
    if (document.isDirty) await document.save();
    // The exported files are handed over: links only to the published handbook, and a folder that is not committed.
    const handbookUrl = vscode.workspace.getConfiguration('werkzeugkoffer').get<string>('plan.handbookUrl', '').trim();
    const handbook = /^https?:\/\//i.test(handbookUrl) ? handbookUrl : undefined;
    const { html, errors } = await this.server.exportPlan(document.uri.toString(), handbook);
    if (errors) void vscode.window.showWarningMessage(vscode.l10n.t('The plan has {0} errors; the export shows it as it is.', errors));
    const name = document.uri.path.split('/').pop()!.replace(/\.md$/i, '');
    // The PDF's contents get their page numbers from a first print.
    const withPages = async (pages: ReadonlyMap<string, number>) => (await this.server.exportPlan(document.uri.toString(), handbook, pages)).html;
    return writeExport(document, name, html, vscode.l10n.t('Printing the plan to PDF …'), withPages);
  }

  /**
   * „Plan aktualisieren“ (mode `update`: the current Standortbestimmung corrected, its date kept) and „Neue
   * Standortbestimmung erfassen“ (mode `assessment`: the form prefilled with the last scores, dated today; the
   * previous one moves into the plan's history): the re-generation as a diff, applied only when the consultant
   * accepts. `assessment` (scripts, tests) skips the form, `assessed` dates it; `accept` skips the question. What is
   * not applied stays kept for the plan, and the next form opens with it, until an update of the plan is applied.
   */
  async update(arg?: vscode.Uri | string, assessment?: Assessment, accept?: boolean, mode: UpdateMode = 'update', assessedOn?: string): Promise<{ changes: string[]; applied: boolean } | undefined> {
    const document = await this.planDocument(arg);
    if (!document) return undefined;
    const key = document.uri.toString();
    const computed = assessment ? await this.compute(key, { assessment, assessed: assessedOn }) : await this.askAssessment(document.uri, mode);
    if (!computed) return undefined;
    const { entered, result } = computed;
    const changes = result.changes.map((c) => c.text);
    if (result.text === document.getText()) {
      // The plan says what was entered already: nothing is left to keep.
      await this.kept.drop(key);
      void vscode.window.showInformationMessage(vscode.l10n.t('The plan is up to date.'));
      return { changes, applied: false };
    }
    const applied = accept ?? (await this.askToApply(document.uri, result.text, changes));
    if (!applied) {
      await this.kept.keep(key, { mode, assessment: entered.assessment, ...(entered.assessed ? { assessed: entered.assessed } : {}), keptOn: localDay() });
      this.tellKept(document.uri, mode);
      return { changes, applied: false };
    }
    await replaceAll(document, result.text);
    await document.save();
    await this.kept.drop(key);
    return { changes, applied: true };
  }

  /** The form's defaults for an update of the plan `uri`: its own scores, or the entries kept from a declined update. */
  async updateDefaults(uri: vscode.Uri, mode: UpdateMode): Promise<WizardDefaults> {
    const plan = (await this.server.planData(uri.toString())) ?? {};
    return updateFormDefaults(mode, plan, localDay(), this.kept.get(uri.toString()));
  }

  private async compute(key: string, entered: Entered): Promise<Computed> {
    return { entered, result: await this.server.updatePlan(key, entered.assessment, entered.assessed) };
  }

  /**
   * The form for an update. The update is computed while the form is open, so a refusal (a date before the current
   * Standortbestimmung) shows in the form with everything entered; „Eingaben verwerfen“ drops the kept entries and
   * opens the form again with the plan's scores.
   */
  private async askAssessment(uri: vscode.Uri, mode: UpdateMode): Promise<Computed | undefined> {
    const groups = await this.server.checklist();
    let computed: Computed | undefined;
    const complete = async (input: WizardResult) => {
      computed = await this.compute(uri.toString(), { assessment: input.assessment, assessed: input.assessed });
      return undefined;
    };
    for (;;) {
      const outcome = await showWizard(this.extensionUri, groups, await this.updateDefaults(uri, mode), complete);
      if (outcome !== 'discarded') return outcome && computed;
      await this.kept.drop(uri.toString());
    }
  }

  /**
   * The proposal as a diff beside the plan and the question whether to apply it. The diff is closed once answered:
   * its virtual document is forgotten then, and a diff restored later (a reloaded window) would show an empty one.
   */
  private async askToApply(uri: vscode.Uri, proposed: string, changes: string[]): Promise<boolean> {
    const proposal = vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: uri.path, query: String(Date.now()) });
    this.proposals.set(proposal.toString(), proposed);
    try {
      await vscode.commands.executeCommand('vscode.diff', uri, proposal, vscode.l10n.t('{0}: proposed update', uri.path.split('/').pop() ?? ''));
      const apply = vscode.l10n.t('Apply changes');
      return (await vscode.window.showInformationMessage(vscode.l10n.t('Apply the update? {0}', changes.slice(0, 5).join(' ')), { modal: true, detail: changes.join('\n') }, apply)) === apply;
    } finally {
      const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === proposal.toString());
      if (tabs.length) await vscode.window.tabGroups.close(tabs);
      this.proposals.delete(proposal.toString());
    }
  }

  /** Says that the entries are kept, with the form to reopen and the choice to drop them. */
  private tellKept(uri: vscode.Uri, mode: UpdateMode): void {
    const reopen = vscode.l10n.t('Open the form again');
    const discard = vscode.l10n.t('Discard entries');
    const t = (message: string) => vscode.l10n.t(message);
    const note = vscode.l10n.t('The plan is unchanged. Your entries are kept: the next “{0}” or “{1}” for this plan opens the form with them.', wizardTitle('update', t), wizardTitle('assessment', t));
    void vscode.window.showInformationMessage(note, reopen, discard).then(async (choice) => {
      if (choice === reopen) await this.update(uri, undefined, undefined, mode);
      else if (choice === discard) await this.kept.drop(uri.toString());
    }).then(undefined, (error: unknown) => vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function replaceAll(document: vscode.TextDocument, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  return vscode.workspace.applyEdit(edit);
}

/** Today in the local time zone, JJJJ-MM-TT (toISOString would give yesterday's date after midnight in Germany). */
export function localDay(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function nextMonth(): string {
  const now = new Date();
  const month = now.getMonth() + 1;
  return month === 12 ? `${now.getFullYear() + 1}-01` : `${now.getFullYear()}-${String(month + 1).padStart(2, '0')}`;
}
