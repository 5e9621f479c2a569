// The language server: a thin adapter between the Language Server Protocol and the engine. This file only
// wires the handlers (capabilities, document sync, diagnostics, requests, commands); no rule, no feature and
// no policy lives here.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_CAPABILITIES } from './capabilities';
import { registerCommands } from './handlers/commands';
import { diagnosticsPublisher, registerDiagnosticRequests } from './handlers/diagnostics';
import { registerDocumentSync, watchFiles } from './handlers/documentSync';
import { registerFeatureRequests } from './handlers/features';
import { indexWorkspace } from './handlers/indexing';
import { createSession, initializeSession } from './session';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session = createSession(connection, documents);
  const diagnostics = diagnosticsPublisher(session);
  const disk = registerDocumentSync(session, diagnostics);

  connection.onInitialize((params) => {
    initializeSession(session, params);
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'werkzeugkoffer-language-server' } };
  });
  connection.onInitialized(async () => {
    watchFiles(session);
    await indexWorkspace(session, disk);
    diagnostics.publish(session.service.uris());
  });

  registerDiagnosticRequests(session);
  registerFeatureRequests(session);
  registerCommands(session);
  documents.listen(connection);
  connection.listen();
}
