// Document links, folding ranges and inlay hints: the structure an editor shows around the text (code lenses: codeLens.ts).
import { FoldingRangeKind, InlayHintKind, type DocumentLink, type FoldingRange, type InlayHint, type Range } from 'vscode-languageserver-types';
import { resolveLink } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import type { FeatureContext } from './completion';
import { documentTitle } from '../parse/document';
import { referenceTarget } from './targets';

export function documentLinks(document: ParsedDocument, { index }: FeatureContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const link of document.body.links) {
    const resolved = resolveLink(document.uri, link.url);
    if (!resolved) continue;
    const target = resolved.uri === document.uri ? document : index.get(resolved.uri);
    let uri = resolved.uri;
    if (target && resolved.fragment) {
      const heading = target.body.headings.find((h) => h.slug === safeDecode(resolved.fragment));
      if (heading) uri = `${resolved.uri}#L${target.lines.positionAt(heading.start).line + 1}`;
    }
    links.push({ range: document.lines.range(link.urlStart, link.urlEnd), target: uri, tooltip: target ? documentTitle(target) : undefined });
  }
  for (const reference of document.references) {
    const target = referenceTarget(reference, index);
    if (!target) continue;
    links.push({ range: document.lines.range(reference.start, reference.end), target: `${target.document.uri}#L${target.range.start.line + 1}`, tooltip: documentTitle(target.document) });
  }
  return links;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function foldingRanges(document: ParsedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const block = document.split.block;
  if (block) {
    const start = document.lines.positionAt(block.openStart).line;
    const end = document.lines.positionAt(Math.max(block.openStart, block.closeEnd - 1)).line;
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  const headings = document.body.headings;
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth);
    const startLine = document.lines.positionAt(heading.start).line;
    let endLine = next ? document.lines.positionAt(next.start).line - 1 : document.lines.lineCount - 1;
    while (endLine > startLine && document.lines.lineText(endLine).trim() === '') endLine--;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  });
  return ranges;
}

export function inlayHints(document: ParsedDocument, range: Range, { index }: FeatureContext): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const reference of document.references) {
    const position = document.lines.positionAt(reference.end);
    if (position.line < range.start.line || position.line > range.end.line) continue;
    const target = referenceTarget(reference, index);
    if (!target) continue;
    const label = reference.targetKind === 'criterion'
      ? ((target.document.data?.criteria as { id: string; text: string }[] | undefined)?.find((c) => c.id === reference.target)?.text ?? '')
      : documentTitle(target.document);
    if (!label) continue;
    hints.push({ position, label: ` ${label.length > 40 ? `${label.slice(0, 39)}…` : label}`, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints;
}
