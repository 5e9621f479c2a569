// A large toolbox is read and parsed in worker threads by the CLI; the findings must be exactly those of the
// single-threaded check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticToolbox } from '../scripts/bench/synthetic';
import { fileReport, runCheck } from '../server/src/cli/commands/check';
import { formatHuman } from '../server/src/cli/report/human';
import { toJson } from '../server/src/cli/report/json';
import { createLanguageService } from '../server/src/engine';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';
import { analyzeInParallel, CHECK_PARALLEL_THRESHOLD, PARALLEL_THRESHOLD } from '../server/src/node/parallel/pool';
import { failingWorkers } from './support/failingWorkers';

const dir = mkdtempSync(join(tmpdir(), 'wk-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A synthetic toolbox under `root/toolbox` with an unknown key, a misspelt section, an empty and a binary file. */
function writeBrokenToolbox(root: string, size: number): void {
  const files = syntheticToolbox(size);
  files[7]!.text = files[7]!.text.replace('effort:', 'effrt:');
  files[42]!.text = files[42]!.text.replace('## Ziel', '## Zeil');
  for (const file of files) {
    const path = join(root, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  writeFileSync(join(root, 'toolbox', 'leer.md'), '');
  writeFileSync(join(root, 'toolbox', 'binaer.md'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
}

// The worker tests need more files than the threshold of analyzeInParallel, not of the CLI check.
beforeAll(() => writeBrokenToolbox(dir, PARALLEL_THRESHOLD + 600));

it('the CLI check in worker threads reports exactly what the single-threaded check reports', () => {
  const large = join(dir, 'large');
  writeBrokenToolbox(large, CHECK_PARALLEL_THRESHOLD + 100);
  const single = toJson(runCheck(['toolbox'], large).reports);
  const cli = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'werkzeugkoffer.js'), 'check', 'toolbox', '--format', 'json'], { cwd: large, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(cli.status).toBe(1);
  expect(JSON.parse(cli.stdout)).toEqual(single);
  expect(single.filter((d) => d.severity === 'error').map((d) => d.code).sort()).toEqual(expect.arrayContaining(['WK101', 'WK104', 'WK403', 'WK701']));
  // The human format's excerpts: cut from the texts the workers left behind, read again for the files with findings.
  const human = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'werkzeugkoffer.js'), 'check', 'toolbox'], { cwd: large, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  expect(human.stdout).toContain('effrt');
  expect(human.stdout).toBe(formatHuman(runCheck(['toolbox'], large).reports));
}, 300_000); // 8,100 files checked four times: about 40 s on a quiet machine; the limit only guards against a hang

it('the bundles parse YAML with the build of `yaml` that does not look up process.env for every token', () => {
  // The check above compares that build (in the CLI) with the Node build (in this process): same findings.
  for (const bundle of ['cli.js', 'server.js', 'analyzeWorker.js', 'renderWorker.js']) {
    const code = readFileSync(join(__dirname, '..', 'dist', bundle), 'utf8');
    expect(code, bundle).toMatch(/\bComposer\b/);
    expect(code, bundle).not.toContain('LOG_TOKENS');
  }
});

const REAL_WORKER = join(__dirname, '..', 'dist', 'analyzeWorker.js');

it.each(failingWorkers(REAL_WORKER))('a worker that %s costs time, not findings: its files are analyzed in the calling thread', async (_name, source) => {
  const script = join(dir, `worker-${source.length}.js`);
  writeFileSync(script, source);
  const workspace = createFileWorkspace([join(dir, 'toolbox')]);
  const service = createLanguageService({ workspace });
  await analyzeInParallel(service, [...workspace.list()], { threads: 2, workerScript: script });
  const reports = service.uris().sort().map((uri) => fileReport(uri, service.document(uri)?.text, service.diagnostics(uri), dir));
  expect(reports.length).toBeGreaterThan(PARALLEL_THRESHOLD);
  expect(toJson(reports)).toEqual(toJson(runCheck(['toolbox'], dir).reports));
}, 120_000);

it('with the calling thread taking chunks too, a worker that fails leaves its files and the rest of the queue to it', async () => {
  const script = join(dir, 'worker-failing.js');
  writeFileSync(script, "throw new Error('kaputt');");
  const workspace = createFileWorkspace([join(dir, 'toolbox')]);
  const service = createLanguageService({ workspace });
  await analyzeInParallel(service, [...workspace.list()], { threads: 2, workerScript: script, useCallingThread: true });
  const reports = service.uris().sort().map((uri) => fileReport(uri, service.document(uri)?.text, service.diagnostics(uri), dir));
  expect(toJson(reports)).toEqual(toJson(runCheck(['toolbox'], dir).reports));
}, 120_000);

it('when adopting fails in the calling thread, every worker stops and nothing is adopted afterwards', async () => {
  const uris = [...createFileWorkspace([join(dir, 'toolbox')]).list()];
  let adopted = 0;
  const failing = {
    adopt() {
      if (++adopted === 150) throw new Error('Fehler beim Übernehmen');
      return [];
    },
    update: () => [],
  } as unknown as Parameters<typeof analyzeInParallel>[0];
  await expect(analyzeInParallel(failing, uris, { threads: 2, workerScript: REAL_WORKER })).rejects.toThrow('Fehler beim Übernehmen');
  const atFailure = adopted;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(adopted).toBe(atFailure);
  expect(adopted).toBeLessThan(uris.length);
}, 60_000);
