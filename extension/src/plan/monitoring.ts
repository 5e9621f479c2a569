// The consultant's side of the Umsetzungsmonitoring: „Status einer Maßnahme aktualisieren“ (the code lens calls
// it with the measure), „Statusbericht anzeigen“ and „Statusbericht exportieren“. The server checks and writes
// the update's text (every other byte of the plan stays); the extension only asks and applies.
import * as vscode from 'vscode';
import { MEASURE_STATUS, MEASURE_STATUSES, quoted } from '../../../server/src/engine/vocabulary';
import type { MeasureStatus, ServerCommands } from '../serverCommands';
import { writeExport } from './exportFiles';
import type { StatusReportView } from './statusReportView';

/** What a script or test passes to skip the questions. */
export interface StatusInput {
  status: MeasureStatus;
  note?: string;
  date?: string;
}

export class MonitoringCommands {
  constructor(private readonly server: ServerCommands, private readonly reports: StatusReportView) {}

  /** The plan given by a command argument (a code lens, the explorer), else the active editor's. */
  private async plan(arg?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
    if (arg) return vscode.workspace.openTextDocument(typeof arg === 'string' ? vscode.Uri.parse(arg) : arg);
    const document = vscode.window.activeTextEditor?.document;
    if (document && /^---\s*\r?\n(?:[\s\S]*?\n)?kind:\s*plan\b/.test(document.getText().slice(0, 400))) return document;
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an action plan (a document with kind: plan) first.'));
    return undefined;
  }

  /** „Status einer Maßnahme aktualisieren“: measure, status and note by quick picks; dated today. */
  async updateStatus(arg?: vscode.Uri | string, instrument?: string, input?: StatusInput): Promise<boolean> {
    const document = await this.plan(arg);
    if (!document) return false;
    const uri = document.uri.toString();
    const measures = await this.server.measureSummaries(uri);
    const measure = instrument ? measures.find((m) => m.instrument === instrument) : await pickMeasure(measures);
    if (!measure) {
      if (instrument) void vscode.window.showWarningMessage(vscode.l10n.t('The plan has no measure for {0}.', instrument));
      return false;
    }
    const update = input ?? (await askUpdate(measure.title, measure.status));
    if (!update) return false;
    try {
      const { text, summary } = await this.server.appendMeasureUpdate(uri, measure.instrument, update);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      if (!(await vscode.workspace.applyEdit(edit))) return false;
      void vscode.window.setStatusBarMessage(summary, 5000);
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  async showReport(arg?: vscode.Uri | string): Promise<void> {
    const document = await this.plan(arg);
    if (document) await this.reports.show(document.uri);
  }

  /** „Statusbericht exportieren“: the printable page next to the plan's export, and its PDF where Chromium is there. */
  async exportReport(arg?: vscode.Uri | string): Promise<{ html: string; pdf?: string } | undefined> {
    const document = await this.plan(arg);
    if (!document) return undefined;
    if (document.isDirty) await document.save();
    const { html, asOf } = await this.server.exportStatusReport(document.uri.toString());
    const name = `${document.uri.path.split('/').pop()!.replace(/\.md$/i, '')}-statusbericht-${asOf}`;
    return writeExport(document, name, html, vscode.l10n.t('Printing the status report to PDF …'));
  }
}

type Measure = Awaited<ReturnType<ServerCommands['measureSummaries']>>[number];

async function pickMeasure(measures: Measure[]): Promise<Measure | undefined> {
  if (!measures.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The plan has no measures yet.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    measures.map((m) => ({ label: m.title, description: m.lens, detail: m.reason, measure: m })),
    { title: vscode.l10n.t('Update the status of a measure'), placeHolder: vscode.l10n.t('Which measure?'), matchOnDescription: true },
  );
  return picked?.measure;
}

async function askUpdate(title: string, current: MeasureStatus): Promise<StatusInput | undefined> {
  const status = await vscode.window.showQuickPick(
    MEASURE_STATUSES.map((s) => ({ label: MEASURE_STATUS[s] ?? s, description: s === current ? vscode.l10n.t('current status') : undefined, status: s })),
    { title: vscode.l10n.t('Status of {0} today', quoted(title)), placeHolder: vscode.l10n.t('New status') },
  );
  if (!status) return undefined;
  const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Status of {0} today', quoted(title)), prompt: vscode.l10n.t('What happened or was decided? (optional; no personal data)'), validateInput: (v) => (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v) ? vscode.l10n.t('The note contains control characters.') : undefined) });
  if (note === undefined) return undefined;
  return { status: status.status, ...(note.trim() ? { note: note.trim() } : {}) };
}
