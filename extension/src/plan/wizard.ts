// The assessment form in a webview panel (the page itself is in wizardForm.ts). Used to create a plan and,
// prefilled with a plan's current scores, to re-generate it after the assessment changed. The panel stays open
// until what the form was for is done: a cancelled save dialog leaves the assessment in the form with a note.
import * as vscode from 'vscode';
import { webviewHtml } from '../webview/html';
import type { ChecklistGroup } from '../serverCommands';
import { FORM_CSS, parseWizard, WIZARD_SCRIPT, wizardBody, wizardTitle, type WizardDefaults, type WizardResult } from './wizardForm';

export type { WizardDefaults, WizardResult };

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

/**
 * What happens with a complete form: undefined when it is done (the panel closes), or a note for the form
 * (it stays open with everything entered, e.g. after the save dialog was cancelled).
 */
export type WizardCompletion = (result: WizardResult) => Promise<string | undefined>;

/** `discarded`: the consultant chose to drop the kept entries the form was prefilled with (`keptOn`). */
export type WizardOutcome = WizardResult | 'discarded' | undefined;

/** Shows the form; resolves with the input once `complete` accepted it, or undefined when cancelled or closed. */
export function showWizard(extensionUri: vscode.Uri, groups: ChecklistGroup[], defaults: WizardDefaults, complete: WizardCompletion = async () => undefined): Promise<WizardOutcome> {
  const panel = vscode.window.createWebviewPanel('werkzeugkoffer.planWizard', wizardTitle(defaults.mode, t), vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [extensionUri],
  });
  panel.webview.html = webviewHtml(panel.webview, { title: panel.title, body: wizardBody(groups, defaults, t), css: FORM_CSS, script: WIZARD_SCRIPT });
  return new Promise((resolve) => {
    let settled = false;
    let busy = false;
    const tell = (type: 'error' | 'info', message: string) => panel.webview.postMessage({ type, message });
    const finish = (result: WizardOutcome) => {
      settled = true;
      resolve(result);
      panel.dispose();
    };
    const onSubmit = async (data: Record<string, string>) => {
      if (busy || settled) return;
      const result = parseWizard(data, groups, defaults, t);
      if (typeof result === 'string') return void (await tell('error', result));
      busy = true;
      try {
        const note = await complete(result);
        if (note === undefined) finish(result);
        else await tell('info', note);
      } catch (error) {
        await tell('error', error instanceof Error ? error.message : String(error));
      } finally {
        busy = false;
      }
    };
    panel.webview.onDidReceiveMessage((message: { type: string; data?: Record<string, string> }) => {
      if (message.type === 'cancel') finish(undefined);
      else if (message.type === 'discard' && defaults.keptOn) finish('discarded');
      else if (message.type === 'submit') void onSubmit(message.data ?? {});
    });
    panel.onDidDispose(() => {
      if (!settled) {
        settled = true;
        resolve(undefined);
      }
    });
  });
}
