// The status bar entry: the toolbox's error and warning counts, from the diagnostics the server published.
import * as vscode from 'vscode';

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
    this.item.text = errors || warnings ? `$(error) ${errors} $(warning) ${warnings} Werkzeugkoffer` : '$(pass) Werkzeugkoffer';
    this.item.tooltip = vscode.l10n.t('Werkzeugkoffer: {0} errors, {1} warnings', errors, warnings);
    this.item.accessibilityInformation = { label: this.item.tooltip };
  }

  dispose(): void {
    this.item.dispose();
  }
}
