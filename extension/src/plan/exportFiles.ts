// Writes an export (the plan, the Statusbericht) into the workspace's export folder as HTML, and prints it to
// PDF where Chromium is available: one place for the file names, the progress and the messages (with the
// actions „Öffnen“ and „Im Ordner anzeigen“).
import * as vscode from 'vscode';
import { PLAN_EXPORT_FOLDER } from '../../../server/src/engine/vocabulary';
import { ChromiumMissingError, findChromium, printToPdf, printWithPageNumbers } from '../../../server/src/node/pdf';

/** `withPages`: the page again with the printed page of each section heading, for the PDF's contents. */
export async function writeExport(
  document: vscode.TextDocument,
  name: string,
  html: string,
  progressTitle: string,
  withPages?: (pages: ReadonlyMap<string, number>) => Promise<string>,
): Promise<{ html: string; pdf?: string }> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.Uri.joinPath(document.uri, '..');
  const htmlUri = vscode.Uri.joinPath(folder, PLAN_EXPORT_FOLDER, `${name}.html`);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, PLAN_EXPORT_FOLDER));
  await vscode.workspace.fs.writeFile(htmlUri, Buffer.from(html, 'utf8'));
  const file = (path: string) => path.split('/').pop() ?? '';
  if (!findChromium()) {
    announce(vscode.l10n.t('Exported {0}. For a PDF, install Chromium (apt-get install chromium).', file(htmlUri.fsPath)), htmlUri);
    return { html: htmlUri.fsPath };
  }
  const pdf = htmlUri.fsPath.replace(/\.html$/, '.pdf');
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: progressTitle }, async () =>
      withPages ? printWithPageNumbers(htmlUri.fsPath, pdf, withPages) : printToPdf(htmlUri.fsPath, pdf),
    );
  } catch (error) {
    void vscode.window.showWarningMessage(error instanceof ChromiumMissingError ? error.message : vscode.l10n.t('The PDF could not be printed: {0}', String(error)));
    return { html: htmlUri.fsPath };
  }
  announce(vscode.l10n.t('Exported {0} and {1}.', file(htmlUri.fsPath), file(pdf)), vscode.Uri.file(pdf));
  return { html: htmlUri.fsPath, pdf };
}

/**
 * The notification after an export, with „Öffnen“ (the file in its program: the PDF, else the HTML) and „Im Ordner
 * anzeigen“ (the file manager on the desktop; the explorer where VS Code runs remotely or in a browser). The
 * export does not wait for the click.
 */
function announce(message: string, exported: vscode.Uri): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Show in folder');
  void vscode.window.showInformationMessage(message, open, reveal).then(async (choice) => {
    if (choice === open) await vscode.env.openExternal(exported);
    else if (choice === reveal) {
      const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
      await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', exported);
    }
  });
}
