// Test support: the real language server process, spoken to over JSON-RPC on stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export const FIXTURE = join(__dirname, '..', 'fixtures', 'workspace');
const SERVER = join(__dirname, '..', '..', 'bin', 'werkzeugkoffer-language-server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  root: string;
  uri(path: string): string;
  text(path: string): string;
  open(path: string, text?: string): Promise<void>;
  /** Waits for the next push of diagnostics for `path` that satisfies `until`. */
  pushed(path: string, until?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  stderr(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Copy this workspace (default: the fixture) into a temporary folder first. */
  source?: string;
  pull?: boolean;
  capabilities?: ClientCapabilities;
  /** Changes the copied workspace before the server starts (files a copy cannot hold: FIFOs, links). */
  prepare?: (root: string) => void;
}

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const root = mkdtempSync(join(tmpdir(), 'wk-lsp-'));
  cpSync(options.source ?? FIXTURE, root, { recursive: true });
  options.prepare?.(root);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushes = new Map<string, Diagnostic[][]>();
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
    const list = pushes.get(uri) ?? [];
    list.push(diagnostics);
    pushes.set(uri, list);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const capabilities: ClientCapabilities = options.capabilities ?? {
    textDocument: {
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: true } } : {}),
      completion: { completionItem: { snippetSupport: true } },
      rename: { prepareSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
    workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['rename'] }, didChangeWatchedFiles: { dynamicRegistration: true } },
  };
  const rootUri = URI.file(root).toString();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: 'fixture' }] });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (path: string) => URI.file(join(root, path)).toString();
  return {
    connection,
    process: child,
    root,
    uri,
    text: (path) => readFileSync(join(root, path), 'utf8'),
    async open(path, text) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: uri(path), languageId: 'markdown', version: 1, text: text ?? readFileSync(join(root, path), 'utf8') },
      });
    },
    async pushed(path, until = () => true, timeoutMs = 10_000) {
      const target = uri(path);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const latest = pushes.get(target)?.at(-1);
        if (latest && until(latest)) return latest;
        if (Date.now() > deadline) throw new Error(`no matching diagnostics pushed for ${path}; last: ${JSON.stringify(latest)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    stderr: () => errors,
    async stop() {
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // the process may be gone already
      }
      connection.dispose();
      child.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** 0-based position of `needle` in `text` (the first occurrence after `after`), plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, after?: string): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, Math.max(0, from));
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const lines = text.slice(0, offset + shift).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export function rangeOf(text: string, needle: string, after?: string) {
  const start = positionOf(text, needle, 0, after);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
