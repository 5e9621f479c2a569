// `--format human`: `file:line:column severity code message`, a source excerpt with a marker, then a summary.
import { LineIndex } from '../../engine';
import { excerpt } from './excerpt';
import { terminalLine } from './terminal';
import { summarize, type FileReport } from './types';

const LABELS = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' } as const;

/** Columns of the terminal the excerpt is fitted to; fixed so that the output does not depend on the terminal. */
export const EXCERPT_WIDTH = 100;

export function formatHuman(reports: FileReport[], options: { color?: boolean; width?: number } = {}): string {
  const width = Math.max(20, options.width ?? EXCERPT_WIDTH);
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = { error: '31', warning: '33', info: '36' } as const;
  const out: string[] = [];
  for (const report of reports) {
    const lines = report.text !== undefined ? new LineIndex(report.text) : undefined;
    // File names and messages may carry control characters (from the document or the disk): shown escaped.
    const file = terminalLine(report.file);
    for (const d of report.diagnostics) {
      const { line, character } = d.range.start;
      out.push(`${file}:${line + 1}:${character + 1} ${paint(colors[d.severity], LABELS[d.severity])} ${d.code} ${terminalLine(d.message)}`);
      if (lines && line < lines.lineCount) {
        const end = d.range.end.line === line ? d.range.end.character : lines.lineText(line).length;
        const gutter = String(line + 1).padStart(5);
        const shown = excerpt(lines.lineText(line), character, end, width - gutter.length - 3);
        out.push(`${gutter} | ${shown.line}`);
        out.push(`${' '.repeat(gutter.length)} | ${' '.repeat(shown.indent)}${paint(colors[d.severity], '^'.repeat(shown.carets))}`);
      }
      for (const related of d.related ?? []) out.push(`        ↳ ${terminalLine(related.message)}: ${terminalLine(related.uri)}:${related.range.start.line + 1}:${related.range.start.character + 1}`);
    }
  }
  const s = summarize(reports);
  const parts = [`${s.errors} ${s.errors === 1 ? 'Fehler' : 'Fehler'}`, `${s.warnings} ${s.warnings === 1 ? 'Warnung' : 'Warnungen'}`];
  if (s.infos) parts.push(`${s.infos} ${s.infos === 1 ? 'Hinweis' : 'Hinweise'}`);
  out.push(`${out.length ? '\n' : ''}${s.files} ${s.files === 1 ? 'Datei' : 'Dateien'} geprüft: ${parts.join(', ')}.`);
  return `${out.join('\n')}\n`;
}
