// Writes an export (the plan, the Statusbericht) into the workspace's export folder as HTML, and prints it to
// PDF where Chromium is available: one place for the file names, the progress and the messages.
import * as vscode from 'vscode';
import { PLAN_EXPORT_FOLDER } from '../../../server/src/engine/vocabulary';
import { ChromiumMissingError, findChromium, printToPdf } from '../../../server/src/node/pdf';

export async function writeExport(document: vscode.TextDocument, name: string, html: string, progressTitle: string): Promise<{ html: string; pdf?: string }> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.Uri.joinPath(document.uri, '..');
  const htmlUri = vscode.Uri.joinPath(folder, PLAN_EXPORT_FOLDER, `${name}.html`);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, PLAN_EXPORT_FOLDER));
  await vscode.workspace.fs.writeFile(htmlUri, Buffer.from(html, 'utf8'));
  const file = (path: string) => path.split('/').pop() ?? '';
  if (!findChromium()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}. For a PDF, install Chromium (apt-get install chromium).', file(htmlUri.fsPath)));
    return { html: htmlUri.fsPath };
  }
  const pdf = htmlUri.fsPath.replace(/\.html$/, '.pdf');
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: progressTitle }, async () => printToPdf(htmlUri.fsPath, pdf));
  } catch (error) {
    void vscode.window.showWarningMessage(error instanceof ChromiumMissingError ? error.message : vscode.l10n.t('The PDF could not be printed: {0}', String(error)));
    return { html: htmlUri.fsPath };
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} and {1}.', file(htmlUri.fsPath), file(pdf)));
  return { html: htmlUri.fsPath, pdf };
}
