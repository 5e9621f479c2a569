// `--format github`: GitHub Actions workflow commands, one annotation per diagnostic.
import type { FileReport } from './types';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: FileReport[]): string {
  const lines = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const properties = [
        `file=${escapeProperty(report.file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.code)}`,
      ];
      return `::${COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
