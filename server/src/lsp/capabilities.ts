// What the server offers the client: every feature the engine has, answered from the index.
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { SERVER_COMMANDS } from './protocol';

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  completionProvider: { triggerCharacters: [':', ' ', '-', '#', '(', '/', '['] },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix'] },
  documentLinkProvider: { resolveProvider: false },
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
  inlayHintProvider: true,
  diagnosticProvider: { identifier: 'werkzeugkoffer', interFileDependencies: true, workspaceDiagnostics: true },
  executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
};
