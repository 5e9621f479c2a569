// The document opened at start is not kept waiting for the whole workspace: its own findings come before the
// first index is complete, the cross-document ones (here a link to a missing file) once it is.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, PublishDiagnosticsNotification, type Diagnostic, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { syntheticToolbox } from '../../scripts/bench/synthetic';
import { PARALLEL_THRESHOLD } from '../../server/src/node/parallel/pool';
import { startServer, type TestServer } from './harness';

const OPENED = 'toolbox/instrumente/instrument-7.md';
const INDEXED = /Dokumente in \d+ ms indiziert/;

/** A toolbox large enough to be indexed in worker threads; the opened instrument has an unknown field (WK403, its own) and a broken link (WK801, cross-document). */
function largeToolbox(): { dir: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wk-first-diagnostics-'));
  let text = '';
  for (const file of syntheticToolbox(PARALLEL_THRESHOLD + 100)) {
    if (`toolbox/${file.path}` === OPENED) file.text = text = `${file.text.replace('effort:', 'effrt:')}\n[kaputt](gibt-es-nicht.md)\n`;
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return { dir, text };
}

const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

let toolbox: { dir: string; text: string } | undefined;
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  if (toolbox) rmSync(toolbox.dir, { recursive: true, force: true });
});

/** Starts the server on the toolbox and records, in order, the pushes for the opened document and the end of indexing. */
async function started(pull: boolean): Promise<{ server: TestServer; events: string[]; changed: Promise<void> }> {
  toolbox ??= largeToolbox();
  const server = await startServer({ source: toolbox.dir, pull });
  servers.push(server);
  const events: string[] = [];
  let wake!: () => void;
  const changed = new Promise<void>((resolve) => (wake = resolve));
  server.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
    if (INDEXED.test(message)) events.push('indexed');
  });
  server.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
    if (uri !== server.uri(OPENED)) return;
    events.push(`pushed ${codes(diagnostics).join(' ')}`);
    if (events.includes('indexed')) wake();
  });
  server.connection.onRequest('workspace/diagnostic/refresh', () => {
    events.push('refresh');
    wake();
    return null;
  });
  await server.open(OPENED, toolbox.text);
  return { server, events, changed };
}

describe('first diagnostics of the document opened at start', () => {
  it('are pushed with its own findings before the index is complete, with the cross-document ones after', async () => {
    const { events, changed } = await started(false);
    await changed;
    const withOwn = events.indexOf('pushed WK403');
    expect(withOwn).toBeGreaterThanOrEqual(0);
    expect(withOwn).toBeLessThan(events.indexOf('indexed'));
    expect(events.slice(events.indexOf('indexed'))).toEqual(['indexed', 'pushed WK403 WK801']);
  }, 120_000);

  it('answer a pull with its own findings before the index is complete, and ask for a pull again once it is', async () => {
    const { server, events, changed } = await started(true);
    const pull = async () => codes(((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: server.uri(OPENED) } })) as FullDocumentDiagnosticReport).items);
    const first = await pull();
    events.push(`pulled ${first.join(' ')}`);
    await changed;
    events.push(`pulled ${(await pull()).join(' ')}`);
    expect(events).toEqual(['pulled WK403', 'indexed', 'refresh', 'pulled WK403 WK801']);
  }, 120_000);
});
