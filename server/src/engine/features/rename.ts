// Rename of an id (of a document or a criterion): every reference in the workspace, the id itself, body
// links to the document's file, and the file itself when its name is the id — as one workspace edit.
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { Utils, URI } from 'vscode-uri';
import { resolveLink } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { fileStem } from '../workspace/workspaceIndex';
import { ID_MAX_LENGTH, isValidId } from '../vocabulary';
import type { FeatureContext } from './completion';
import { referenceTarget, symbolAt } from './targets';

export interface RenameResult {
  /** Text edits by document URI (URIs as before any file rename). */
  edits: Map<string, TextEdit[]>;
  /** Files to rename after the text edits. */
  renames: { oldUri: string; newUri: string }[];
}

export class RenameError extends Error {}

export function prepareRename(document: ParsedDocument, position: Position): { range: Range; placeholder: string } | null {
  const symbol = symbolAt(document, document.lines.offsetAt(position));
  if (!symbol) return null;
  return { range: document.lines.range(symbol.start, symbol.end), placeholder: symbol.id };
}

export function rename(document: ParsedDocument, position: Position, newId: string, { index, fileExists }: FeatureContext): RenameResult {
  const symbol = symbolAt(document, document.lines.offsetAt(position));
  if (!symbol) throw new RenameError('Hier steht keine Kennung, die sich umbenennen lässt.');
  if (!isValidId(newId)) throw new RenameError(`„${newId}“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens ${ID_MAX_LENGTH} Zeichen.`);
  const taken = symbol.kind === 'criterion' ? index.criterionDefiners(newId).length > 0 : index.documentsWithId(newId).length > 0;
  if (taken && newId !== symbol.id) throw new RenameError(`Die Kennung „${newId}“ ist schon vergeben.`);

  const edits = new Map<string, TextEdit[]>();
  const add = (uri: string, range: Range, newText: string) => {
    const list = edits.get(uri) ?? [];
    if (!list.some((e) => e.range.start.line === range.start.line && e.range.start.character === range.start.character)) list.push({ range, newText });
    edits.set(uri, list);
  };
  const renames: RenameResult['renames'] = [];

  const target = referenceTarget({ target: symbol.id, targetKind: symbol.kind }, index);
  if (target) add(target.document.uri, target.range, newId);
  for (const referrer of index.referrersOf(symbol.id)) {
    for (const reference of referrer.references) {
      if (reference.target !== symbol.id || (reference.targetKind === 'criterion') !== (symbol.kind === 'criterion')) continue;
      add(referrer.uri, referrer.lines.range(reference.start, reference.end), newId);
    }
  }
  if (symbol.kind !== 'criterion' && target) {
    const targetUri = target.document.uri;
    if (fileStem(targetUri) === symbol.id) {
      const newUri = Utils.joinPath(Utils.dirname(URI.parse(targetUri)), `${newId}.md`).toString();
      // The file would be moved onto another one, which the client would overwrite (or refuse halfway).
      if (newUri !== targetUri && fileExists(newUri)) throw new RenameError(`Die Datei „${newId}.md“ gibt es in diesem Ordner schon; die Umbenennung würde sie überschreiben. Wählen Sie eine andere Kennung oder benennen Sie die Datei zuerst um.`);
      renames.push({ oldUri: targetUri, newUri });
      for (const linker of [...index.linkersOf(targetUri), target.document]) {
        for (const link of linker.body.links) {
          if (resolveLink(linker.uri, link.url)?.uri !== targetUri || linker.uri === targetUri && !link.url.split('#')[0]) continue;
          const path = link.url.split('#')[0]!;
          const file = `${symbol.id}.md`;
          if (!path.endsWith(file)) continue;
          const fileStart = link.urlStart + path.length - file.length;
          add(linker.uri, linker.lines.range(fileStart, fileStart + file.length), `${newId}.md`);
        }
      }
    }
  }
  return { edits, renames };
}
