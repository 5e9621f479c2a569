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

/** The counts of the findings; one that stands for findings not shown one by one (`data.omitted`) counts as those. */
export function summarize(reports: FileReport[]): CheckSummary {
  const summary: CheckSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0 };
  const field = { error: 'errors', warning: 'warnings', info: 'infos' } as const;
  for (const report of reports) {
    for (const d of report.diagnostics) summary[field[d.severity]] += typeof d.data?.omitted === 'number' ? d.data.omitted : 1;
  }
  return summary;
}
