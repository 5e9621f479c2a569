import type { Diagnostic } from '../../engine';

/** A diagnostic of one file, as the CLI reports it: file relative to the working directory, with its text for excerpts. */
export interface FileReport {
  file: string;
  text?: string;
  diagnostics: Diagnostic[];
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(reports: FileReport[]): CheckSummary {
  const all = reports.flatMap((r) => r.diagnostics);
  return {
    files: reports.length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length,
  };
}
