// The editor and CI must agree: over the same files, `werkzeugkoffer check --format json` and the language
// server's workspace diagnostics report the same findings (code, severity, message, range).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType, WorkspaceDiagnosticRequest, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { syntheticToolbox } from '../../scripts/bench/synthetic';
import { PARALLEL_THRESHOLD } from '../../server/src/node/parallel/pool';
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

type CliFinding = { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string };

function cliFindings(dir: string): string[] {
  const result = spawnSync(process.execPath, [cli, 'check', 'toolbox', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(result.status).toBe(1);
  return (JSON.parse(result.stdout) as CliFinding[]).map((d) => `${d.file} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`).sort();
}

async function serverFindings(running: TestServer): Promise<string[]> {
  const report = await running.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  return (report.items as WorkspaceDocumentDiagnosticReport[])
    .flatMap((item) => (item.kind === 'full' ? item.items.map((d) => ({ file: relative(running.root, URI.parse(item.uri).fsPath), d })) : []))
    .map(({ file, d }) => `${file} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity!]} ${d.code} ${d.message}`)
    .sort();
}

describe('CLI and language server', () => {
  it('agree on a toolbox large enough for both to index it in worker threads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-parity-large-'));
    disposers.push(() => rmSync(dir, { recursive: true, force: true }));
    const files = syntheticToolbox(PARALLEL_THRESHOLD + 100);
    const instruments = files.filter((f) => f.path.startsWith('instrumente/'));
    instruments[3]!.text = instruments[3]!.text.replace('effort:', 'effrt:');
    instruments[40]!.text = instruments[40]!.text.replace('## Ziel', '## Zeil');
    instruments[77]!.text += '\n[kaputt](gibt-es-nicht.md#nirgends)\n';
    for (const file of files) {
      const path = join(dir, 'toolbox', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    writeFileSync(join(dir, 'toolbox', 'binaer.md'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
    const fromCli = cliFindings(dir);
    const large = await startServer({ pull: true, source: dir });
    try {
      const fromServer = await serverFindings(large);
      expect(fromCli.filter((f) => / error /.test(f)).map((f) => f.split(' ')[3]).sort()).toEqual(expect.arrayContaining(['WK104', 'WK403', 'WK701', 'WK801']));
      expect(fromServer).toEqual(fromCli);
    } finally {
      await large.stop();
    }
  }, 120_000);

  it('files changed on disk while the first index is being built are followed, not overwritten by what a worker read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-index-race-'));
    disposers.push(() => rmSync(dir, { recursive: true, force: true }));
    const files = syntheticToolbox(PARALLEL_THRESHOLD + 100);
    for (const file of files) {
      const path = join(dir, 'toolbox', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    // The workers read in listing order: the last files are read last, well after the events below arrive.
    const cases = files.filter((f) => f.path.startsWith('praxis/')).map((f) => `toolbox/${f.path}`).sort();
    const [changed, gone] = cases.slice(-2);
    const racing = await startServer({ pull: true, source: dir });
    try {
      // Right after `initialized`, while the workers are still reading: one file is deleted (the event comes
      // before a worker could have read it, the file goes afterwards), another one changes.
      writeFileSync(join(racing.root, changed!), racing.text(changed!).replace('kind: case', 'kind: kase'));
      await racing.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [
          { uri: racing.uri(gone!), type: FileChangeType.Deleted },
          { uri: racing.uri(changed!), type: FileChangeType.Changed },
        ],
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      rmSync(join(racing.root, gone!));
      const findings = await serverFindings(racing);
      expect(findings.filter((f) => f.startsWith(`${gone} `))).toEqual([]);
      const report = await racing.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      expect(report.items.map((item) => item.uri)).not.toContain(racing.uri(gone!));
      expect(findings.some((f) => f.startsWith(`${changed} `) && f.includes(' WK302 '))).toBe(true);
    } finally {
      await racing.stop();
    }
  }, 120_000);

  it('report exactly the same diagnostics for the same files', async () => {
    const fixture = fixtureWith({
      'toolbox/instrumente/terminsystem.md': fixtureText('toolbox/instrumente/terminsystem.md').replace('effort: mittel', 'effort: mitel').replace('## Ziel', '## Zeil'),
      'toolbox/praxis/weimar-servicepoint.md': `${fixtureText('toolbox/praxis/weimar-servicepoint.md')}\nKontakt: max.muster@example.org, [kaputt](../instrumente/servicepoint.md#fehlt)\n`,
      'toolbox/plaene/plan-beispiel.md': fixtureText('toolbox/plaene/plan-beispiel.md').replace('due: 2027-05', 'due: 2026-05'),
      'toolbox/praxis/leer.md': '',
    });
    disposers.push(fixture.dispose);
    const fromCli = cliFindings(fixture.dir);
    server = await startServer({ pull: true, source: fixture.dir });
    const fromServer = await serverFindings(server);
    expect(fromCli.length).toBeGreaterThanOrEqual(6);
    expect(fromServer).toEqual(fromCli);
    expect(readFileSync(join(fixture.dir, 'toolbox/praxis/leer.md'), 'utf8')).toBe('');
  });
});
