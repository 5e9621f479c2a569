// Document symbols (the frontmatter and the heading outline) and workspace symbols (every document by title and id).
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { kindLabel } from '../vocabulary';
import { documentTitle } from '../parse/document';
import { idRange } from './targets';

export function documentSymbols(document: ParsedDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const block = document.split.block;
  if (block && document.yaml) {
    const children: DocumentSymbol[] = [];
    const contents = document.yaml.doc.contents as { items?: { key?: { value?: unknown; range?: number[] }; value?: { range?: number[] } | null }[] } | null;
    for (const pair of contents?.items ?? []) {
      const keyRange = pair.key?.range;
      if (!keyRange || pair.key?.value === undefined) continue;
      const end = pair.value?.range?.[1] ?? keyRange[1]!;
      const range = document.lines.range(block.contentStart + keyRange[0]!, block.contentStart + end);
      children.push({ name: String(pair.key.value), kind: SymbolKind.Property, range, selectionRange: document.lines.range(block.contentStart + keyRange[0]!, block.contentStart + keyRange[1]!) });
    }
    symbols.push({
      name: 'Kopfbereich',
      detail: document.kind ? kindLabel(document.kind) : undefined,
      kind: SymbolKind.Namespace,
      range: document.lines.range(block.openStart, block.closeEnd),
      selectionRange: document.lines.lineRange(document.lines.positionAt(block.openStart).line),
      children,
    });
  }
  // Headings nest by level.
  const stack: { depth: number; symbol: DocumentSymbol; end: (offset: number) => void }[] = [];
  const headings = document.body.headings;
  const top: DocumentSymbol[] = [];
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth);
    const end = next ? next.start : document.text.length;
    const symbol: DocumentSymbol = {
      name: heading.text || '(ohne Titel)',
      kind: heading.depth <= 2 ? SymbolKind.Module : SymbolKind.String,
      range: document.lines.range(heading.start, trimEnd(document.text, end)),
      selectionRange: document.lines.range(heading.start, heading.end),
      children: [],
    };
    while (stack.length && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    if (stack.length) stack[stack.length - 1]!.symbol.children!.push(symbol);
    else top.push(symbol);
    stack.push({ depth: heading.depth, symbol, end: () => undefined });
  });
  return [...symbols, ...top];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

export function workspaceSymbols(query: string, index: WorkspaceIndex): WorkspaceSymbol[] {
  const needle = query.toLowerCase();
  const result: WorkspaceSymbol[] = [];
  for (const document of index.all()) {
    if (!document.id) continue;
    const title = documentTitle(document);
    if (needle && !title.toLowerCase().includes(needle) && !document.id.includes(needle)) continue;
    result.push({
      name: title,
      containerName: `${kindLabel(document.kind)} · ${document.id}`,
      kind: document.kind === 'instrument' ? SymbolKind.Class : document.kind === 'eckpunkt' ? SymbolKind.Package : SymbolKind.File,
      location: { uri: document.uri, range: idRange(document) },
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
