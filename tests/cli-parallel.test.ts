// A large toolbox is read and parsed in worker threads by the CLI; the findings must be exactly those of the
// single-threaded check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { syntheticToolbox } from '../scripts/bench/synthetic';
import { runCheck } from '../server/src/cli/commands/check';
import { toJson } from '../server/src/cli/report/json';
import { PARALLEL_THRESHOLD } from '../server/src/node/parallelAnalyze';

const dir = mkdtempSync(join(tmpdir(), 'wk-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the CLI check in worker threads reports exactly what the single-threaded check reports', () => {
  const files = syntheticToolbox(PARALLEL_THRESHOLD + 100);
  files[7]!.text = files[7]!.text.replace('effort:', 'effrt:');
  files[42]!.text = files[42]!.text.replace('## Ziel', '## Zeil');
  for (const file of files) {
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  writeFileSync(join(dir, 'toolbox', 'leer.md'), '');
  writeFileSync(join(dir, 'toolbox', 'binaer.md'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
  const single = toJson(runCheck(['toolbox'], dir).reports);
  const cli = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'werkzeugkoffer.js'), 'check', 'toolbox', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(cli.status).toBe(1);
  expect(JSON.parse(cli.stdout)).toEqual(single);
  expect(single.filter((d) => d.severity === 'error').map((d) => d.code).sort()).toEqual(expect.arrayContaining(['WK101', 'WK104', 'WK403', 'WK701']));
}, 120_000);
