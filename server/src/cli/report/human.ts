// `--format human`: `file:line:column severity code message`, a source excerpt with a marker, then a summary.
import { LineIndex } from '../../engine';
import { summarize, type FileReport } from './types';

const LABELS = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' } as const;

export function formatHuman(reports: FileReport[], options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = { error: '31', warning: '33', info: '36' } as const;
  const out: string[] = [];
  for (const report of reports) {
    const lines = report.text !== undefined ? new LineIndex(report.text) : undefined;
    for (const d of report.diagnostics) {
      const { line, character } = d.range.start;
      out.push(`${report.file}:${line + 1}:${character + 1} ${paint(colors[d.severity], LABELS[d.severity])} ${d.code} ${d.message}`);
      if (lines && line < lines.lineCount) {
        const source = lines.lineText(line).replace(/\t/g, ' ');
        const width = d.range.end.line === line ? Math.max(1, d.range.end.character - character) : Math.max(1, source.length - character);
        const gutter = String(line + 1).padStart(5);
        out.push(`${gutter} | ${source.length > 200 ? `${source.slice(0, 200)}…` : source}`);
        out.push(`${' '.repeat(gutter.length)} | ${' '.repeat(Math.min(character, 200))}${paint(colors[d.severity], '^'.repeat(Math.min(width, 200)))}`);
      }
      for (const related of d.related ?? []) out.push(`        ↳ ${related.message}: ${related.uri}:${related.range.start.line + 1}:${related.range.start.character + 1}`);
    }
  }
  const s = summarize(reports);
  const parts = [`${s.errors} ${s.errors === 1 ? 'Fehler' : 'Fehler'}`, `${s.warnings} ${s.warnings === 1 ? 'Warnung' : 'Warnungen'}`];
  if (s.infos) parts.push(`${s.infos} ${s.infos === 1 ? 'Hinweis' : 'Hinweise'}`);
  out.push(`${out.length ? '\n' : ''}${s.files} ${s.files === 1 ? 'Datei' : 'Dateien'} geprüft: ${parts.join(', ')}.`);
  return `${out.join('\n')}\n`;
}
