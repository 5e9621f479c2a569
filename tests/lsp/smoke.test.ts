import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, DocumentDiagnosticRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { positionOf, startServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ pull: true });
});
afterAll(() => server.stop());

describe('language server smoke', () => {
  it('answers diagnostics, hover and completion', async () => {
    const path = 'toolbox/instrumente/terminsystem.md';
    const text = server.text(path).replace('effort: mittel', 'effort: mitel');
    await server.open(path, text);
    const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: server.uri(path) } });
    expect(report.kind).toBe('full');
    expect((report as { items: { code: string }[] }).items.map((d) => d.code)).toEqual(['WK402']);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(path) }, position: positionOf(text, 'servicepoint', 2, 'requires:') });
    expect(JSON.stringify(hover?.contents)).toContain('Servicepoint');
    const completion = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: server.uri(path) }, position: positionOf(text, 'mitel', 3) });
    expect((completion as { items: { label: string }[] }).items.map((i) => i.label)).toEqual(['niedrig', 'mittel', 'hoch']);
  });
});
