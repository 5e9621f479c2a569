// The Werkzeugkoffer extension: a thin client. It starts the bundled language server and offers the
// editors' and consultants' commands; every decision is made by the engine behind the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { declaresKind } from '../../server/src/engine/vocabulary';
import { createClient } from './client';
import { buildHandbook, createDocument } from './documents';
import { PlanCommands } from './plan/commands';
import type { UpdateMode } from './plan/keptEntries';
import type { WizardDefaults } from './plan/wizardForm';
import { MonitoringCommands, type StatusInput } from './plan/monitoring';
import { PlanPreview } from './plan/preview';
import { PortfolioView } from './portfolio/portfolioView';
import { StatusReportView } from './plan/statusReportView';
import { ServerCommands, type Assessment, type NewPlanInput } from './serverCommands';
import { takeInQuestion } from './questions';
import { ProblemStatus } from './statusBar';
import { ToolboxView } from './toolboxView';


export interface WerkzeugkofferApi {
  client: LanguageClient;
  ready: Promise<void>;
  previewHtml(uri: vscode.Uri): string | undefined;
  reportHtml(uri: vscode.Uri): string | undefined;
  portfolioHtml(): string | undefined;
  planMeasures(uri: string): string[];
  problemCounts(): { errors: number; warnings: number };
  problemStatus(): { text: string; tooltip: string };
  tree(): { label: string; children: string[] }[];
  /** What the update form of a plan would open with (the plan's scores, or the entries kept from a declined update). */
  updateFormDefaults(uri: vscode.Uri, mode: UpdateMode): Promise<WizardDefaults>;
}

let client: LanguageClient | undefined;

async function hasToolbox(): Promise<boolean> {
  const folder = vscode.workspace.getConfiguration('werkzeugkoffer').get<string>('toolboxFolder', 'toolbox');
  if ((await vscode.workspace.findFiles(`${folder}/**/*.md`, '**/node_modules/**', 1)).length) return true;
  return vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown' && declaresKind(d.getText()));
}

export async function activate(context: vscode.ExtensionContext): Promise<WerkzeugkofferApi | undefined> {
  // Activated by a Markdown file: start only for a toolbox, or once a Werkzeugkoffer document is opened.
  if (!(await hasToolbox())) {
    await new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === 'markdown' && declaresKind(d.getText())) {
          listener.dispose();
          resolve();
        }
      });
      context.subscriptions.push(listener);
    });
  }
  return start(context);
}

async function start(context: vscode.ExtensionContext): Promise<WerkzeugkofferApi> {
  client = createClient(context);
  const server = new ServerCommands(client);
  const ready = client.start();
  const status = new ProblemStatus();
  const tree = new ToolboxView(server);
  // Documents appearing or vanishing (by any means, not only the editor's file operations) change the outline.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  const openInstrument = async (id: string) => {
    const outline = await server.outline();
    const entry = outline.eckpunkte.flatMap((e) => e.instruments).find((i) => i.id === id);
    if (entry) await vscode.window.showTextDocument(vscode.Uri.parse(entry.uri), { viewColumn: vscode.ViewColumn.One });
  };
  const preview = new PlanPreview(server, context.extensionUri, openInstrument);
  const plans = new PlanCommands(server, preview, context.extensionUri, context.workspaceState);
  const reports = new StatusReportView(server, context.extensionUri);
  const monitoring = new MonitoringCommands(server, reports);
  const portfolio = new PortfolioView(server, context.extensionUri);

  context.subscriptions.push(
    client,
    status,
    preview,
    plans,
    reports,
    portfolio,
    vscode.window.registerTreeDataProvider('werkzeugkoffer.toolbox', tree),
    vscode.languages.onDidChangeDiagnostics(() => {
      status.update();
      tree.redraw();
    }),
    vscode.workspace.onDidSaveTextDocument(() => tree.refresh()),
    watcher,
    watcher.onDidCreate(() => tree.refresh()),
    watcher.onDidDelete(() => tree.refresh()),
    vscode.commands.registerCommand('werkzeugkoffer.plan.new', (input?: NewPlanInput, target?: vscode.Uri) => plans.newPlan(input, target)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.preview', (uri?: vscode.Uri) => plans.showPreview(uri)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.addInstrument', (uri?: vscode.Uri, instrument?: string) => plans.addInstrument(uri, instrument)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.export', (uri?: vscode.Uri) => plans.export(uri)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.update', (uri?: vscode.Uri, assessment?: Assessment, accept?: boolean) => plans.update(uri, assessment, accept)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.newAssessment', (uri?: vscode.Uri, assessment?: Assessment, assessed?: string, accept?: boolean) => plans.update(uri, assessment, accept, 'assessment', assessed)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.status', (uri?: vscode.Uri | string, instrument?: string, input?: StatusInput) => monitoring.updateStatus(uri, instrument, input)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.report', (uri?: vscode.Uri) => monitoring.showReport(uri)),
    vscode.commands.registerCommand('werkzeugkoffer.plan.exportReport', (uri?: vscode.Uri) => monitoring.exportReport(uri)),
    vscode.commands.registerCommand('werkzeugkoffer.portfolio.show', (named?: boolean) => portfolio.show(named)),
    vscode.commands.registerCommand('werkzeugkoffer.new.instrument', (id?: string, title?: string) => createDocument(server, 'instrument', id, title)),
    vscode.commands.registerCommand('werkzeugkoffer.new.case', (id?: string, title?: string) => createDocument(server, 'case', id, title)),
    vscode.commands.registerCommand('werkzeugkoffer.new.site', (id?: string, title?: string) => createDocument(server, 'site', id, title)),
    vscode.commands.registerCommand('werkzeugkoffer.question.new', (text?: string) => takeInQuestion(server, text)),
    vscode.commands.registerCommand('werkzeugkoffer.handbook.build', (open?: boolean) => buildHandbook(context, open !== false)),
    vscode.commands.registerCommand('werkzeugkoffer.refreshView', () => tree.load()),
    vscode.commands.registerCommand('werkzeugkoffer.showReferences', (uri: string, position: { line: number; character: number }) =>
      vscode.commands.executeCommand('editor.action.findReferences', vscode.Uri.parse(uri), new vscode.Position(position.line, position.character)),
    ),
  );

  await ready;
  await tree.load();
  status.update();
  return {
    client,
    ready,
    previewHtml: (uri) => preview.lastHtml.get(uri.toString()),
    reportHtml: (uri) => reports.lastHtml.get(uri.toString()),
    portfolioHtml: () => portfolio.lastHtml,
    planMeasures: (uri) => tree.planMeasures(uri),
    problemCounts: () => status.counts,
    problemStatus: () => status.shown,
    tree: () => tree.snapshot(),
    updateFormDefaults: (uri, mode) => plans.updateDefaults(uri, mode),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
