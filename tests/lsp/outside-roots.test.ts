// The language server reads nothing outside its toolbox roots, whatever the client sends: a watched-file change
// with `../` in its path (plain or percent-encoded), a file URI outside the toolbox or the workspace, or a path
// through a folder linked in from elsewhere is never indexed, reported or answered from.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, WorkspaceDiagnosticRequest, WorkspaceSymbolRequest, type FileEvent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { startServer, type TestServer } from './harness';
import { captureErrors, fixtureText, stopCleanly } from './util';

const TS = 'toolbox/instrumente/terminsystem.md';
const secret = (id: string) => fixtureText(TS).replace(/^id: terminsystem$/m, `id: ${id}`);

let server: TestServer;
let errors: string[];
let elsewhere: string;
beforeAll(async () => {
  server = await startServer({
    pull: true,
    prepare(root) {
      writeFileSync(join(root, 'outside.md'), secret('aussen-daneben'));
      mkdirSync(join(root, 'fremd'));
      writeFileSync(join(root, 'fremd', 'geheim.md'), secret('aussen-verlinkt'));
      symlinkSync(join(root, 'fremd'), join(root, 'toolbox', 'instrumente', 'fremd'));
    },
  });
  elsewhere = join(server.root, '..', `wk-elsewhere-${process.pid}.md`);
  writeFileSync(elsewhere, secret('aussen-woanders'));
  errors = captureErrors(server);
}, 60_000);
afterAll(() => stopCleanly(server, errors));

describe('paths outside the toolbox roots', () => {
  it('are never indexed from didChangeWatchedFiles, however the client spells them', async () => {
    const inside = server.uri('toolbox/instrumente');
    const sent = [
      `${inside}/../../outside.md`,
      `${inside}/%2E%2E/%2e%2e/outside.md`,
      `${inside}/./../../outside.md`,
      server.uri('outside.md'),
      server.uri('toolbox/instrumente/fremd/geheim.md'),
      URI.file(elsewhere).toString(),
    ];
    for (const type of [FileChangeType.Created, FileChangeType.Changed] as FileChangeType[]) {
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: sent.map((uri): FileEvent => ({ uri, type })) });
    }
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const reported = report.items.map((item) => item.uri);
    const root = URI.file(join(server.root, 'toolbox')).toString();
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((uri) => !uri.startsWith(`${root}/`) || uri.includes('/fremd/') || /%2e|\/\.\.?\//i.test(uri))).toEqual([]);
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'aussen' })) ?? [];
    expect(symbols.map((s) => s.name)).toEqual([]);
    const ids = JSON.stringify(report);
    expect(ids).not.toMatch(/aussen-(daneben|verlinkt|woanders)/);
  }, 30_000);
});
