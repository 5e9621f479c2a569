// The language server as the benches drive it: a process over stdio with a client that answers the server's own
// requests, initialised on one workspace folder with pull diagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, InitializedNotification, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

/** BENCH_SERVER=/path/to/other/bin/werkzeugkoffer-language-server.js measures another build (an earlier commit) with the same bench. */
const SERVER = process.env.BENCH_SERVER ?? join(__dirname, '..', 'bin', 'werkzeugkoffer-language-server.js');

export interface BenchServer {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Initialize and initialized, for the folder `dir`. */
  initialize(): Promise<void>;
  stop(): void;
}

export function startBenchServer(dir: string): BenchServer {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const rootUri = URI.file(dir).toString();
  return {
    child,
    connection,
    async initialize() {
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
      await connection.sendNotification(InitializedNotification.type, {});
    },
    stop() {
      connection.dispose();
      child.kill();
    },
  };
}
