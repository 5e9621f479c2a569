// Files in the workspace that are not regular files: the server must not block on a FIFO or read /dev/zero
// without end, neither while indexing nor when the disk reports a change; it reports each and keeps answering.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, WorkspaceDiagnosticRequest, type FileEvent } from 'vscode-languageserver-protocol/node';
import { positionOf, startServer, type TestServer } from './harness';
import { captureErrors, fixtureText, pull, stopCleanly } from './util';

const TS = 'toolbox/instrumente/terminsystem.md';
const DIR = 'toolbox/instrumente';

let server: TestServer;
let errors: string[];
beforeAll(async () => {
  server = await startServer({
    pull: true,
    prepare(root) {
      execFileSync('mkfifo', [join(root, DIR, 'pipe.md')]);
      symlinkSync('/dev/zero', join(root, DIR, 'null.md'));
      symlinkSync('pipe.md', join(root, DIR, 'zur-pipe.md'));
    },
  });
  errors = captureErrors(server);
}, 60_000);
afterAll(() => stopCleanly(server, errors));

const findings = async (path: string) => (await pull(server, path)).map((d) => ({ code: d.code, line: d.range.start.line, message: d.message }));

describe('a FIFO and a link to /dev/zero in the workspace', () => {
  it('are indexed without blocking, each reported with the reason it is not read', async () => {
    expect(await findings(`${DIR}/pipe.md`)).toEqual([{ code: 'WK104', line: 0, message: 'Das ist eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen.' }]);
    expect(await findings(`${DIR}/null.md`)).toEqual([{ code: 'WK104', line: 0, message: 'Der symbolische Link führt aus dem Werkzeugkoffer hinaus und wird nicht gelesen (Ziel: /dev/zero).' }]);
    expect(await findings(`${DIR}/zur-pipe.md`)).toEqual([
      { code: 'WK104', line: 0, message: `Der symbolische Link zeigt auf eine benannte Pipe (FIFO), keine reguläre Datei, und wird nicht gelesen (Ziel: ${join(server.root, DIR, 'pipe.md')}).` },
    ]);
  }, 30_000);

  it('are listed in the workspace diagnostics, and the other documents are answered as before', async () => {
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const reported = report.items.filter((item) => item.kind === 'full' && item.items.some((d) => d.code === 'WK104')).map((item) => item.uri).sort();
    expect(reported).toEqual([`${DIR}/null.md`, `${DIR}/pipe.md`, `${DIR}/zur-pipe.md`].map((p) => server.uri(p)).sort());
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(TS) }, position: positionOf(fixtureText(TS), 'effort:', 1) });
    expect(JSON.stringify(hover)).toContain('Aufwand');
  }, 30_000);

  it('a change the disk reports for them is read again without blocking', async () => {
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [`${DIR}/pipe.md`, `${DIR}/null.md`].map((p): FileEvent => ({ uri: server.uri(p), type: FileChangeType.Changed })),
    });
    expect((await findings(`${DIR}/pipe.md`)).map((d) => d.code)).toEqual(['WK104']);
    expect((await findings(`${DIR}/null.md`)).map((d) => d.code)).toEqual(['WK104']);
    expect(await findings(TS)).toEqual([]);
  }, 30_000);
});
