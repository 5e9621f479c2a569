// Helpers shared by the protocol tests: applying text edits as an editor does, and short request wrappers.
import { expect } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LogMessageNotification,
  MessageType,
  PrepareRenameRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { ExecuteCommandRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { SERVER_COMMANDS } from '../../server/src/lsp/protocol';
import { FIXTURE, type TestServer } from './harness';

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + position.character, lineEnd < 0 ? text.length : lineEnd);
}

/** Applies LSP text edits (all relative to the original text) the way an editor does. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit, i) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** A temporary copy of the fixture workspace with some files replaced (text) or removed (null). */
export function fixtureWith(files: Record<string, string | null>): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wk-fixture-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, path), { force: true });
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURE, path), 'utf8');
}

/** Code and range of each diagnostic, in document order, for exact comparison. */
export function codesAndRanges(diagnostics: readonly Diagnostic[]): { code: string; range: Range }[] {
  return diagnostics
    .map((d) => ({ code: String(d.code), range: d.range }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
}

/** Pull diagnostics of one document (the server must answer with a full report). */
export async function pull(server: TestServer, path: string): Promise<Diagnostic[]> {
  const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: server.uri(path) } });
  if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
  return report.items;
}

let versions = 1;
/** Replaces the whole text of an open document. */
export async function replaceText(server: TestServer, path: string, text: string): Promise<void> {
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: server.uri(path), version: ++versions }, contentChanges: [{ text }] });
}

/** Sends range edits (applied in order, each relative to the text after the previous one). */
export async function editText(server: TestServer, path: string, changes: { range: Range; text: string }[]): Promise<void> {
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: server.uri(path), version: ++versions }, contentChanges: changes });
}

export async function close(server: TestServer, path: string): Promise<void> {
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: server.uri(path) } });
}

/** Every position-based and document-based request, for one document and position; settles each. */
export function everyRequest(server: TestServer, uri: string, position: Position): Record<string, Promise<unknown>> {
  const c = server.connection;
  const textDocument = { uri };
  const wide = { start: { line: 0, character: 0 }, end: { line: position.line + 50, character: 0 } };
  return {
    completion: c.sendRequest(CompletionRequest.type, { textDocument, position }),
    hover: c.sendRequest(HoverRequest.type, { textDocument, position }),
    definition: c.sendRequest(DefinitionRequest.type, { textDocument, position }),
    references: c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
    prepareRename: c.sendRequest(PrepareRenameRequest.type, { textDocument, position }),
    documentSymbol: c.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    codeAction: c.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }),
    documentLink: c.sendRequest(DocumentLinkRequest.type, { textDocument }),
    foldingRange: c.sendRequest(FoldingRangeRequest.type, { textDocument }),
    codeLens: c.sendRequest(CodeLensRequest.type, { textDocument }),
    inlayHint: c.sendRequest(InlayHintRequest.type, { textDocument, range: wide }),
    diagnostic: c.sendRequest(DocumentDiagnosticRequest.type, { textDocument }),
    workspaceSymbol: c.sendRequest(WorkspaceSymbolRequest.type, { query: 'a' }),
  };
}

/**
 * Collects the server's error log: a failure inside a handler is logged there (and answered empty), as is an
 * uncaught exception. Node process warnings arrive on the same channel (the server patches the console);
 * they are kept apart in `warnings`.
 */
export function captureErrors(server: TestServer, warnings: string[] = []): string[] {
  const errors: string[] = [];
  server.connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
    if (type !== MessageType.Error) return;
    if (/^\(node:\d+\) \w*Warning: /.test(message)) warnings.push(message);
    else errors.push(message);
  });
  return errors;
}

/** The end of a suite: the server is still running and logged no failure of a handler; then it is stopped. */
export async function stopCleanly(server: TestServer, errors: string[]): Promise<void> {
  expect(server.process.exitCode).toBeNull();
  expect(errors).toEqual([]);
  await server.stop();
}

/** `workspace/executeCommand` on the test server by the protocol's command names, and the German reason of a refusal. */
export function serverCommands(server: () => TestServer) {
  const run = <T = unknown>(command: keyof typeof SERVER_COMMANDS, ...args: unknown[]) =>
    server().connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS[command], arguments: args }) as Promise<T>;
  const refusal = async (command: keyof typeof SERVER_COMMANDS, ...args: unknown[]): Promise<string> => {
    try {
      await run(command, ...args);
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseError);
      return (error as ResponseError<void>).message;
    }
    throw new Error(`${command} was not refused`);
  };
  return { run, refusal };
}
