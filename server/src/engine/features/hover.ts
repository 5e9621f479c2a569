// Hover: a key's schema description, a referenced id's kind, title and summary, a link's target heading.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { keySpan, valueSpan, type ParsedDocument } from '../parse/document';
import { kindLabel } from '../vocabulary';
import type { FeatureContext } from './completion';
import { documentTitle } from '../parse/document';
import { cursorContext, inFrontmatter, linkAt } from './cursor';
import { linkTarget, referenceTarget, symbolAt } from './targets';
import { quoted } from '../vocabulary/quoted';

export function hover(document: ParsedDocument, position: Position, { schemas, index }: FeatureContext): Hover | null {
  const offset = document.lines.offsetAt(position);
  const symbol = symbolAt(document, offset);
  if (symbol && (symbol.kind !== document.kind || document.references.some((r) => r.start === symbol.start))) {
    const target = referenceTarget({ target: symbol.id, targetKind: symbol.kind }, index);
    const label = kindLabel(symbol.kind);
    let value: string;
    if (!target) value = `**${label} „${symbol.id}“** – nicht gefunden.`;
    else if (symbol.kind === 'criterion') {
      const criteria = (target.document.data?.criteria as { id: string; text: string }[] | undefined) ?? [];
      value = `**Kriterium \`${symbol.id}\`** · Eckpunkt ${documentTitle(target.document)}\n\n${criteria.find((c) => c.id === symbol.id)?.text ?? ''}`;
    } else {
      const summary = typeof target.document.data?.summary === 'string' ? `\n\n${target.document.data.summary}` : '';
      value = `**${documentTitle(target.document)}** · ${kindLabel(target.document.kind)} \`${symbol.id}\`${summary}`;
    }
    return { contents: { kind: MarkupKind.Markdown, value }, range: document.lines.range(symbol.start, symbol.end) };
  }
  const link = linkAt(document, offset);
  if (link) {
    const target = linkTarget(document, link, index);
    if (!target) return null;
    const value = target.heading
      ? `**${target.heading.text}** · Abschnitt in ${quoted(documentTitle(target.document))}`
      : `**${documentTitle(target.document)}** · ${kindLabel(target.document.kind) || 'Dokument'}`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: document.lines.range(link.start, link.end) };
  }
  if (inFrontmatter(document, offset) && document.kind) {
    const context = cursorContext(document, position);
    const path = context.where === 'key' ? [...context.parent, keyAtLine(document, position.line)] : context.where === 'value' ? context.path : undefined;
    if (!path || path.some((p) => p === '')) return null;
    const schema = schemas.at(document.kind, path.map((p) => (typeof p === 'number' ? 0 : p)));
    if (!schema) return null;
    const lines = [`**${schema.title ?? String(path[path.length - 1])}** (\`${path.filter((p) => typeof p === 'string').join('.')}\`)`];
    if (schema.description) lines.push('', schema.description);
    if (schema.enum && context.where === 'value') {
      const span = valueSpan(document, path);
      const written = span ? document.text.slice(span[0], span[1]).replace(/^["']|["']$/g, '') : context.prefix.trim();
      const index = schema.enum.indexOf(written);
      if (index >= 0 && schema.enumDescriptions?.[index]) lines.push('', `\`${schema.enum[index]}\`: ${schema.enumDescriptions[index]}`);
    } else if (schema.enum) {
      lines.push('', ...schema.enum.map((v, i) => `- \`${String(v)}\`${schema.enumDescriptions?.[i] ? `: ${schema.enumDescriptions[i]}` : ''}`));
    }
    const span = context.where === 'value' ? (valueSpan(document, path) ?? keySpan(document, path)) : (keySpan(document, path) ?? valueSpan(document, path));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: span ? document.lines.range(span[0], span[1]) : undefined };
  }
  return null;
}

function keyAtLine(document: ParsedDocument, line: number): string {
  const match = /^\s*(?:-\s+)?([^\s:#]+)\s*:/.exec(document.lines.lineText(line));
  return match?.[1] ?? '';
}
