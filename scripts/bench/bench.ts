// `npm run bench`: numbers, not assertions. Generates synthetic toolboxes of 25, 1,000 and 10,000 documents
// and measures the `check` command (wall time, documents per second, peak memory) and the engine
// in-process (time to re-check after a one-line edit of one document).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../../server/src/engine';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { benchLanguageServer, LSP_TABLE_HEADER } from './lspBench';
import { syntheticToolbox } from './synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '25,1000,10000').split(',').map(Number);
const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function writeToolbox(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `wk-bench-${size}-`));
  for (const file of syntheticToolbox(size)) {
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return dir;
}

function benchCheck(dir: string, size: number) {
  const preload = join(dir, 'maxrss.js');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));");
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, cli, 'check', 'toolbox', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const findings = JSON.parse(result.stdout) as { severity: string }[];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { size, wallMs: wall, docsPerSecond: size / (wall / 1000), peakRssMb: rss, exit: result.status, errors };
}

function benchEdit(dir: string) {
  const service = createLanguageService({ workspace: createFileWorkspace([join(dir, 'toolbox')]) });
  const t0 = performance.now();
  service.indexWorkspace();
  for (const uri of service.uris()) service.diagnostics(uri);
  const indexMs = performance.now() - t0;
  const uri = uriOf(join(dir, 'toolbox', 'instrumente', 'instrument-1.md'));
  const original = service.document(uri)!.text;
  const timings: number[] = [];
  for (let i = 0; i < 50; i++) {
    const text = original.replace(/^summary: .*$/m, `summary: Eine geänderte Zusammenfassung, Fassung ${i}, mit genug Text für das Schema.`);
    const start = performance.now();
    const affected = service.update(uri, { text });
    for (const u of affected) service.diagnostics(u);
    timings.push(performance.now() - start);
  }
  return { indexMs, editP50: percentile(timings, 50), editP95: percentile(timings, 95), editMax: Math.max(...timings) };
}

const rows: string[] = [];
for (const size of SIZES) {
  const dir = writeToolbox(size);
  try {
    const check = benchCheck(dir, size);
    const edit = benchEdit(dir);
    rows.push(
      `| ${size} | ${check.wallMs.toFixed(0)} ms | ${check.docsPerSecond.toFixed(0)} | ${check.peakRssMb.toFixed(0)} MB | ${check.exit} (${check.errors} errors) | ${edit.indexMs.toFixed(0)} ms | ${edit.editP50.toFixed(2)} / ${edit.editP95.toFixed(2)} / ${edit.editMax.toFixed(2)} ms |`,
    );
    console.error(`bench: ${size} documents done`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('\n## check (CLI process) and one-document re-check (engine in-process)\n');
console.log('| documents | check wall time | documents/s | peak RSS | exit | index + check in-process | re-check after one-line edit p50 / p95 / max |');
console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const row of rows) console.log(row);

void (async () => {
  const lspRows: string[] = [];
  for (const size of SIZES) {
    lspRows.push(await benchLanguageServer(size));
    console.error(`bench: language server ${size} documents done`);
  }
  for (const line of [...LSP_TABLE_HEADER, ...lspRows]) console.log(line);
})();
