// „Frage aufnehmen“: an incoming question (the text of an issue form or an e-mail: the selection, the clipboard
// or a file) becomes a `frage` document in the toolbox. The engine reads the text, fills in the instrument and
// replaces every personal datum it finds by a marker the editor removes; the extension asks, writes and opens.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { KINDS, TOOLBOX_FOLDER } from '../../server/src/engine/vocabulary';
import type { ServerCommands } from './serverCommands';

export async function takeInQuestion(server: ServerCommands, given?: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the folder of the toolbox first.'));
    return undefined;
  }
  const text = given ?? (await incomingText());
  if (!text?.trim()) return undefined;
  const result = await server.questionFromText(text);
  const toolbox = vscode.workspace.getConfiguration('werkzeugkoffer').get<string>('toolboxFolder', TOOLBOX_FOLDER);
  const target = vscode.Uri.joinPath(folder, toolbox, KINDS.frage.toolboxFolder, `${result.id}.md`);
  if (existsSync(target.fsPath)) throw new Error(vscode.l10n.t('{0} exists already.', target.fsPath));
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.text, 'utf8'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  const found = result.findings.length;
  const summary = [
    found ? vscode.l10n.t('{0} personal data marked for removal; the check reports each marker as an error until it is removed.', found) : vscode.l10n.t('No personal data found.'),
    result.instrument ? '' : vscode.l10n.t('No instrument found.'),
  ].filter(Boolean).join(' ');
  // Each marker's line in the incoming text and the kind of datum it stands for („Zeile 6: Name“), then the notes.
  const detail = [...result.findings.map((f) => vscode.l10n.t('Line {0}: {1}', f.line, f.label)), ...result.notes].join('\n');
  void vscode.window.showInformationMessage(vscode.l10n.t('Question taken in: {0}. {1}', `${result.id}.md`, summary), { detail });
  return target;
}

/** The selection if there is one, else the clipboard or a file, as the editor chooses. */
async function incomingText(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor && !editor.selection.isEmpty) return editor.document.getText(editor.selection);
  const clipboard = vscode.l10n.t('From the clipboard');
  const file = vscode.l10n.t('From a file …');
  const choice = await vscode.window.showQuickPick([clipboard, file], { title: vscode.l10n.t('Take in a question'), placeHolder: vscode.l10n.t('The text of an issue form or an e-mail') });
  if (choice === clipboard) return vscode.env.clipboard.readText();
  if (choice !== file) return undefined;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Text: ['txt', 'md', 'eml'] } });
  return picked?.[0] ? Buffer.from(await vscode.workspace.fs.readFile(picked[0])).toString('utf8') : undefined;
}
