// Creating a new instrument, case or site from its schema (every required field and section), and
// running the handbook build and opening the result.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { INSTRUMENT_PLACEHOLDER, isValidId, slugify, TOOLBOX_FOLDER } from '../../server/src/engine/vocabulary';
import { newDocumentPath } from './newDocumentPath';
import { handbookBuildCommand } from './handbookBuild';
import type { ServerCommands } from './serverCommands';

/** The setting with the question form of „Frage stellen“ (package.json). */
const QUESTION_URL_SETTING = 'werkzeugkoffer.handbook.questionUrl';

export async function createDocument(server: ServerCommands, kind: string, id?: string, title?: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the folder of the toolbox first.'));
    return undefined;
  }
  const newTitle = title ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Title of the new document'), validateInput: (v) => (v.trim().length >= 3 ? undefined : vscode.l10n.t('At least three characters.')) }));
  if (!newTitle) return undefined;
  const suggested = slugify(newTitle);
  const newId = id ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Identifier (file name)'), value: suggested, validateInput: (v) => (isValidId(v) ? undefined : vscode.l10n.t('Lower-case letters, digits and hyphens only.')) }));
  if (!newId) return undefined;
  const toolbox = vscode.workspace.getConfiguration('werkzeugkoffer').get<string>('toolboxFolder', TOOLBOX_FOLDER);
  const path = newDocumentPath(toolbox, kind, newId);
  if ('refused' in path) throw new Error(path.refused === 'kind' ? vscode.l10n.t('There is no document kind “{0}”.', kind) : vscode.l10n.t('“{0}” is no identifier: lower-case letters, digits and hyphens only.', newId));
  const target = vscode.Uri.joinPath(folder, ...path.segments);
  if (existsSync(target.fsPath)) throw new Error(vscode.l10n.t('{0} exists already.', target.fsPath));
  const { text } = await server.skeleton(kind, newId, newTitle);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

/**
 * Runs `werkzeugkoffer build` (the toolbox's own CLI, else the bundled one) on the workspace's toolbox, with the
 * question form of the settings, and opens the start page.
 */
export async function buildHandbook(context: vscode.ExtensionContext, open = true): Promise<{ code: number; output: string; index?: string }> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) throw new Error(vscode.l10n.t('Open the folder of the toolbox first.'));
  const configuration = vscode.workspace.getConfiguration('werkzeugkoffer');
  const toolbox = configuration.get<string>('toolboxFolder', TOOLBOX_FOLDER);
  const out = `${folder}/dist/handbook`;
  // The toolbox's own installation (with Pagefind for the search) if the workspace has one, else the bundled CLI.
  const local = [`${folder}/node_modules/werkzeugkoffer/bin/werkzeugkoffer.js`, `${folder}/bin/werkzeugkoffer.js`].find((path) => existsSync(path) && existsSync(path.replace(/bin\/werkzeugkoffer\.js$/, 'dist/cli.js')));
  const cli = local ?? context.asAbsolutePath('dist/cli.js');
  // The bundled CLI has no Pagefind binary (that comes with the toolbox's own npm installation).
  const command = handbookBuildCommand({ cli, toolbox, out, search: Boolean(local), questionUrl: configuration.get<string>('handbook.questionUrl', '') });
  if ('invalidQuestionUrl' in command) {
    const message = command.problem.kind === 'address'
      ? vscode.l10n.t('The setting {0} is not an http(s) address: “{1}”. The handbook was not built.', QUESTION_URL_SETTING, command.invalidQuestionUrl)
      : vscode.l10n.t('The setting {0} lacks the placeholder {1}: “{2}”. Without it, “Frage stellen” opens the form without the instrument. Put {1} where the form takes the instrument, e.g. “&instrument={1}”. The handbook was not built.', QUESTION_URL_SETTING, INSTRUMENT_PLACEHOLDER, command.invalidQuestionUrl);
    void vscode.window.showErrorMessage(message);
    return { code: 2, output: message };
  }
  const channel = vscode.window.createOutputChannel('Werkzeugkoffer Handbuch');
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the handbook …') }, () =>
    new Promise<{ code: number; output: string }>((resolve) => {
      // The extension host's executable runs as plain Node with ELECTRON_RUN_AS_NODE.
      const child = spawn(process.execPath, command.args, { cwd: folder, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
      let output = '';
      child.stdout.on('data', (d) => (output += String(d)));
      child.stderr.on('data', (d) => (output += String(d)));
      child.on('close', (code) => resolve({ code: code ?? 1, output }));
      child.on('error', (error) => resolve({ code: 2, output: error.message }));
    }),
  );
  channel.append(result.output);
  const index = `${out}/index.html`;
  if (result.code !== 0) {
    channel.show(true);
    void vscode.window.showErrorMessage(vscode.l10n.t('The handbook was not built: the toolbox has errors (see the output).'));
    return result;
  }
  if (open && existsSync(index)) await vscode.env.openExternal(vscode.Uri.file(index));
  return { ...result, index };
}
