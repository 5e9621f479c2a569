// Go to definition and find references: ids lead to their document (or criterion), links to their heading;
// references gather every frontmatter reference and every body link to a document across the workspace.
import type { Location, Position } from 'vscode-languageserver-types';
import { resolveLink } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import type { FeatureContext } from './completion';
import { linkAt } from './cursor';
import { idRange, linkTarget, referenceTarget, symbolAt } from './targets';

export function definition(document: ParsedDocument, position: Position, { index }: FeatureContext): Location[] {
  const offset = document.lines.offsetAt(position);
  const reference = document.references.find((r) => r.start <= offset && offset <= r.end);
  if (reference) {
    const target = referenceTarget(reference, index);
    return target ? [{ uri: target.document.uri, range: target.range }] : [];
  }
  const link = linkAt(document, offset);
  if (link) {
    const target = linkTarget(document, link, index);
    return target ? [{ uri: target.document.uri, range: target.range }] : [];
  }
  return [];
}

export function references(document: ParsedDocument, position: Position, { index }: FeatureContext, includeDeclaration = true): Location[] {
  const offset = document.lines.offsetAt(position);
  const symbol = symbolAt(document, offset);
  if (!symbol) return [];
  const locations: Location[] = [];
  if (includeDeclaration) {
    const target = referenceTarget({ target: symbol.id, targetKind: symbol.kind }, index);
    if (target) locations.push({ uri: target.document.uri, range: target.range });
  }
  for (const referrer of index.referrersOf(symbol.id)) {
    for (const reference of referrer.references) {
      if (reference.target !== symbol.id || (reference.targetKind === 'criterion') !== (symbol.kind === 'criterion')) continue;
      locations.push({ uri: referrer.uri, range: referrer.lines.range(reference.start, reference.end) });
    }
  }
  if (symbol.kind !== 'criterion') {
    const target = index.withIdOfKind(symbol.id, symbol.kind);
    if (target) {
      for (const linker of index.linkersOf(target.uri)) {
        for (const link of linker.body.links) {
          if (resolveLink(linker.uri, link.url)?.uri === target.uri) locations.push({ uri: linker.uri, range: linker.lines.range(link.urlStart, link.urlEnd) });
        }
      }
    }
  }
  return dedupe(locations);
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { idRange };
