// `--format json`: a flat array, 1-based lines and columns. A contract: tests and CI scripts rely on it.
import type { FileReport } from './types';

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** Only on the finding that stands for findings of its code not shown one by one: how many (see README, „Grenzen“). */
  omitted?: number;
}

export function toJson(reports: FileReport[]): JsonDiagnostic[] {
  return reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      file: report.file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(typeof d.data?.omitted === 'number' ? { omitted: d.data.omitted } : {}),
    })),
  );
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJson(reports), null, 2)}\n`;
}
