// The status bar entry: whether the toolbox has errors or warnings, from the diagnostics the server published.
// VS Code's own problems entry beside it already shows the counts, so this one names them only in its tooltip
// (and for screen readers): each count stands once in the status bar.
import * as vscode from 'vscode';

/** „1 Fehler, 2 Warnungen“; empty when there is neither. */
export function problemCountText(errors: number, warnings: number): string {
  return [
    errors === 1 ? vscode.l10n.t('1 error') : errors ? vscode.l10n.t('{0} errors', errors) : '',
    warnings === 1 ? vscode.l10n.t('1 warning') : warnings ? vscode.l10n.t('{0} warnings', warnings) : '',
  ].filter(Boolean).join(', ');
}

export class ProblemStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('werkzeugkoffer.problems', vscode.StatusBarAlignment.Left, 50);
  counts = { errors: 0, warnings: 0 };

  constructor() {
    this.item.name = vscode.l10n.t('Werkzeugkoffer problems');
    this.item.command = 'workbench.actions.view.problems';
    this.update();
    this.item.show();
  }

  update(): void {
    let errors = 0;
    let warnings = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== 'werkzeugkoffer') continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    this.counts = { errors, warnings };
    this.item.text = `$(${errors ? 'error' : warnings ? 'warning' : 'pass'}) Werkzeugkoffer`;
    const counts = problemCountText(errors, warnings);
    this.item.tooltip = counts ? vscode.l10n.t('Werkzeugkoffer: {0}', counts) : vscode.l10n.t('Werkzeugkoffer: no problems');
    this.item.accessibilityInformation = { label: this.item.tooltip };
  }

  /** For tests: the entry as the status bar shows it. */
  get shown(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? '') };
  }

  dispose(): void {
    this.item.dispose();
  }
}
