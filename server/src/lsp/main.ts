// Entry of `werkzeugkoffer-language-server`: `--stdio` for any LSP editor, `--node-ipc` for VS Code.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// The server must survive anything a document throws at it; a failure is logged, not fatal.
process.on('uncaughtException', (error) => connection.console.error(`Unerwarteter Fehler: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unerwartete Ablehnung: ${String(reason)}`));
startServer(connection);
