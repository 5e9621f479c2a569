// The editor and CI must agree: over the same files, `werkzeugkoffer check --format json` and the language
// server's workspace diagnostics report the same findings (code, severity, message, range).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkspaceDiagnosticRequest, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { startServer, type TestServer } from './harness';
import { fixtureText, fixtureWith } from './util';

const cli = join(__dirname, '..', '..', 'bin', 'werkzeugkoffer.js');
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as Record<number, string>;
const disposers: (() => void)[] = [];
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  for (const dispose of disposers) dispose();
});

describe('CLI and language server', () => {
  it('report exactly the same diagnostics for the same files', async () => {
    const fixture = fixtureWith({
      'toolbox/instrumente/terminsystem.md': fixtureText('toolbox/instrumente/terminsystem.md').replace('effort: mittel', 'effort: mitel').replace('## Ziel', '## Zeil'),
      'toolbox/praxis/weimar-servicepoint.md': `${fixtureText('toolbox/praxis/weimar-servicepoint.md')}\nKontakt: max.muster@example.org, [kaputt](../instrumente/servicepoint.md#fehlt)\n`,
      'toolbox/plaene/plan-beispiel.md': fixtureText('toolbox/plaene/plan-beispiel.md').replace('due: 2027-05', 'due: 2026-05'),
      'toolbox/praxis/leer.md': '',
    });
    disposers.push(fixture.dispose);
    const result = spawnSync(process.execPath, [cli, 'check', 'toolbox', '--format', 'json'], { cwd: fixture.dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const fromCli = (JSON.parse(result.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[])
      .map((d) => `${d.file} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`)
      .sort();

    server = await startServer({ pull: true, source: fixture.dir });
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const fromServer = (report.items as WorkspaceDocumentDiagnosticReport[])
      .flatMap((item) => (item.kind === 'full' ? item.items.map((d) => ({ file: relative(server!.root, URI.parse(item.uri).fsPath), d })) : []))
      .map(({ file, d }) => `${file} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity!]} ${d.code} ${d.message}`)
      .sort();
    expect(fromCli.length).toBeGreaterThanOrEqual(6);
    expect(fromServer).toEqual(fromCli);
    expect(readFileSync(join(fixture.dir, 'toolbox/praxis/leer.md'), 'utf8')).toBe('');
  });
});
