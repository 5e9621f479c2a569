// Resolving what a reference, a link or an id points at; shared by hover, definition, references and rename.
import type { Range } from 'vscode-languageserver-types';
import { resolveLink, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { valueSpan, type ParsedDocument, type Reference } from '../parse/document';
import type { HeadingInfo, LinkInfo } from '../parse/markdown';

export interface Target {
  document: ParsedDocument;
  range: Range;
  heading?: HeadingInfo;
}

/** The document (and span) a reference resolves to: the id value of a document, or a criterion definition. */
export function referenceTarget(reference: { target: string; targetKind: string }, index: WorkspaceIndex): Target | undefined {
  if (reference.targetKind === 'criterion') {
    const definer = index.criterionDefiners(reference.target)[0];
    const definition = definer?.definitions.find((d) => d.id === reference.target);
    return definer && definition ? { document: definer, range: definer.lines.range(definition.start, definition.end) } : undefined;
  }
  const document = index.withIdOfKind(reference.target, reference.targetKind) ?? index.byId(reference.target);
  return document ? { document, range: idRange(document) } : undefined;
}

export function idRange(document: ParsedDocument): Range {
  const span = valueSpan(document, ['id']) ?? [0, 0];
  return document.lines.range(span[0], span[1]);
}

export function linkTarget(document: ParsedDocument, link: LinkInfo, index: WorkspaceIndex): Target | undefined {
  const resolved = resolveLink(document.uri, link.url);
  if (!resolved) return undefined;
  const target = resolved.uri === document.uri ? document : index.get(resolved.uri);
  if (!target) return undefined;
  let fragment = resolved.fragment;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep as written
  }
  const heading = fragment ? target.body.headings.find((h) => h.slug === fragment) : undefined;
  if (heading) return { document: target, range: target.lines.range(heading.start, heading.end), heading };
  return { document: target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** The id (of a document or a criterion) the cursor stands on, from a reference, a definition or the document's own id. */
export function symbolAt(document: ParsedDocument, offset: number): { id: string; kind: string; start: number; end: number } | undefined {
  const reference: Reference | undefined = document.references.find((r) => r.start <= offset && offset <= r.end);
  if (reference) return { id: reference.target, kind: reference.targetKind, start: reference.start, end: reference.end };
  const definition = document.definitions.find((d) => d.start <= offset && offset <= d.end);
  if (definition) return { id: definition.id, kind: definition.kind, start: definition.start, end: definition.end };
  const idSpan = valueSpan(document, ['id']);
  if (idSpan && document.id && document.kind && idSpan[0] <= offset && offset <= idSpan[1]) return { id: document.id, kind: document.kind, start: idSpan[0], end: idSpan[1] };
  return undefined;
}
