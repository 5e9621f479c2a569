// The language client: starts the bundled language server (node IPC) and connects it to VS Code.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*') },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true },
    outputChannelName: 'Werkzeugkoffer',
    initializationOptions: { toolboxFolder: vscode.workspace.getConfiguration('werkzeugkoffer').get<string>('toolboxFolder', 'toolbox') },
  };
  return new LanguageClient('werkzeugkoffer', 'Werkzeugkoffer', serverOptions, clientOptions);
}
