// The editor features: each request is one call of the engine's language service, answered once the first
// index is complete.
import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import type { RenameResult } from '../../engine';
import type { Session } from '../session';

export function registerFeatureRequests(session: Session): void {
  const connection: Connection = session.connection;
  const service = () => session.service;
  connection.onCompletion((params, token) => session.answer('completion', null, token, () => service().completion(params.textDocument.uri, params.position)));
  connection.onHover((params, token) => session.answer('hover', null, token, () => service().hover(params.textDocument.uri, params.position)));
  connection.onDefinition((params, token) => session.answer('definition', [], token, () => service().definition(params.textDocument.uri, params.position)));
  connection.onReferences((params, token) => session.answer('references', [], token, () => service().references(params.textDocument.uri, params.position, params.context.includeDeclaration)));
  connection.onPrepareRename((params, token) => session.answer('prepareRename', null, token, () => service().prepareRename(params.textDocument.uri, params.position)));
  connection.onRenameRequest((params, token) =>
    session.answer<WorkspaceEdit | null>('rename', null, token, () => renameEdit(service().rename(params.textDocument.uri, params.position, params.newName), (uri) => session.documents.get(uri)?.version ?? null)),
  );
  connection.onDocumentSymbol((params, token) => session.answer('documentSymbol', [], token, () => service().documentSymbols(params.textDocument.uri)));
  connection.onWorkspaceSymbol((params, token) => session.answer('workspaceSymbol', [], token, () => service().workspaceSymbols(params.query)));
  connection.onCodeAction((params, token) => session.answer('codeAction', [], token, () => service().codeActions(params.textDocument.uri, params.range)));
  connection.onDocumentLinks((params, token) => session.answer('documentLink', [], token, () => service().documentLinks(params.textDocument.uri)));
  connection.onFoldingRanges((params, token) => session.answer('foldingRange', [], token, () => service().foldingRanges(params.textDocument.uri)));
  connection.onCodeLens((params, token) => session.answer('codeLens', [], token, () => service().codeLenses(params.textDocument.uri)));
  connection.languages.inlayHint.on((params, token) => session.answer('inlayHint', [], token, () => service().inlayHints(params.textDocument.uri, params.range)));
}

/**
 * The engine's rename as one workspace edit. Files are renamed first and the text edits address them by their
 * new name: VS Code cannot edit an open document whose file a preceding operation of the same edit has moved.
 */
export function renameEdit(result: RenameResult, versionOf: (uri: string) => number | null): WorkspaceEdit {
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = result.renames.map(({ oldUri, newUri }) => ({ kind: 'rename' as const, oldUri, newUri }));
  const renamed = new Map(result.renames.map((r) => [r.oldUri, r.newUri]));
  for (const [uri, edits] of result.edits) {
    const target = renamed.get(uri);
    documentChanges.push({ textDocument: { uri: target ?? uri, version: target ? null : versionOf(uri) }, edits });
  }
  return { documentChanges };
}
