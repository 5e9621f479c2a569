// `npm run bench`: numbers, not assertions. Generates synthetic toolboxes of 25, 1,000 and 10,000 documents in three
// body-size profiles (BODY_PROFILES; BENCH_PROFILES=11 picks one) and measures the `check` command (wall time, CPU time,
// documents per second, peak memory), the engine
// in-process (time to re-check after a one-line edit of one document), the `build` command (handbook:
// wall time, pages per second, its phases) and the handbook rebuild after a one-document change; then `plan report`
// and `portfolio` on synthetic measure plans (planBench.ts) and last the language server.
// BENCH_ONLY=check|lsp|bad|plan-report|portfolio runs one part only (see the end of this file).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../../server/src/engine';
import { createHandbook } from '../../server/src/engine/handbook';
import { plainBody } from '../../server/src/engine/parse/plainBody';
import { createFileWorkspace, uriOf } from '../../server/src/node/fileWorkspace';
import { writeSearchIndex } from '../../server/src/node/handbook/pagefind';
import { rebuildPages } from '../../server/src/node/handbook/site';
import { benchBadInput } from './bad';
import { benchLanguageServer, LSP_TABLE_HEADER } from './lspBench';
import { benchPathological } from './pathological';
import { benchPlanReport, benchPortfolio } from './planBench';
import { BODY_PROFILES, syntheticToolbox, type BodyProfile } from './synthetic';
import { MAXRSS_PRELOAD, MAXRSS_WITH_CHILDREN_PRELOAD, usageOf } from './usage';

const SIZES = (process.env.BENCH_SIZES ?? '25,1000,10000').split(',').map(Number);
/** BENCH_PROFILES=11 limits the body-size profiles to those whose name starts so (comma-separated). */
const PROFILES = (Object.keys(BODY_PROFILES) as BodyProfile[]).filter(
  (name) => !process.env.BENCH_PROFILES || process.env.BENCH_PROFILES.split(',').some((prefix) => name.startsWith(prefix)),
);
const root = join(__dirname, '..');
/** The command as users run it (`npx werkzeugkoffer`): through bin/, with the code cache, in a folder of the bench's own. */
const cli = join(root, 'bin', 'werkzeugkoffer.js');
const codeCache = mkdtempSync(join(tmpdir(), 'wk-bench-code-cache-'));
process.env.WERKZEUGKOFFER_CACHE_DIR = codeCache;
process.on('exit', () => rmSync(codeCache, { recursive: true, force: true }));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function writeToolbox(size: number, profile: BodyProfile): { dir: string; plainBodies: number; megabytes: number } {
  const dir = mkdtempSync(join(tmpdir(), `wk-bench-${size}-`));
  let plainBodies = 0;
  let bytes = 0;
  for (const file of syntheticToolbox(size, 42, profile)) {
    bytes += Buffer.byteLength(file.text);
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    if (plainBody(file.text, file.text.indexOf('\n---', 3) + 4)) plainBodies++;
  }
  return { dir, plainBodies, megabytes: bytes / 1e6 };
}

/**
 * Lets the kernel write back what the previous step wrote (the generated toolbox, the last site) before a
 * command is timed: its wall time is then the command's own, not the write-back of the step before.
 */
function settleDisk(): void {
  spawnSync('sync');
}

/**
 * The check runs this often per size: these machines' speed drifts by a third over minutes, so one run says
 * little; the table shows the median with the fastest and slowest run.
 */
const CHECK_RUNS = 3;

function benchCheck(dir: string, size: number) {
  const preload = join(dir, 'maxrss.js');
  writeFileSync(preload, MAXRSS_PRELOAD);
  const runs = Array.from({ length: CHECK_RUNS }, () => {
    settleDisk();
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', preload, cli, 'check', 'toolbox', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wallMs = performance.now() - start;
    const { rss, cpuMs } = usageOf(result.stderr);
    const findings = JSON.parse(result.stdout) as { severity: string }[];
    return { wallMs, rss, cpuMs, exit: result.status, errors: findings.filter((f) => f.severity === 'error').length };
  });
  const walls = runs.map((r) => r.wallMs);
  const wall = percentile(walls, 50);
  return { size, wallMs: wall, cpuMs: percentile(runs.map((r) => r.cpuMs), 50), minMs: Math.min(...walls), maxMs: Math.max(...walls), docsPerSecond: size / (wall / 1000), peakRssMb: Math.max(...runs.map((r) => r.rss)), exit: runs[0]!.exit, errors: runs[0]!.errors };
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

/** `werkzeugkoffer build` as CI runs it: the whole command (check, pages, search index) in its own process. */
function benchBuild(dir: string, size: number) {
  settleDisk();
  const preload = join(dir, 'maxrss-children.js');
  writeFileSync(preload, MAXRSS_WITH_CHILDREN_PRELOAD);
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, cli, 'build', 'toolbox', '--out', 'site'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - start;
  const { rss, childRss } = usageOf(result.stderr);
  const line = /Handbuch gebaut: (\d+) Seiten .*\(Prüfung ([\d,]+) s, Seiten ([\d,]+) s, Suchindex ([\d,]+) s\)/.exec(result.stdout);
  if (result.status !== 0 || !line) throw new Error(`build of ${size} documents failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  const seconds = (text: string) => Number(text.replace(',', '.'));
  const pages = Number(line[1]);
  const [checkS, renderS, searchS] = [seconds(line[2]!), seconds(line[3]!), seconds(line[4]!)];
  return { size, pages, wallMs, pagesPerSecond: pages / (wallMs / 1000), checkS, renderS, searchS, generationPerSecond: pages / renderS, peakRssMb: rss, searchPeakRssMb: childRss };
}

/** `build --watch` after a one-document change: the pages that show the document, written again (in-process). */
async function benchRebuild(dir: string) {
  const service = createLanguageService({ workspace: createFileWorkspace([join(dir, 'toolbox')]) });
  service.indexWorkspace();
  const handbook = createHandbook(service.index, { keepPrintParts: true });
  const out = join(dir, 'site');
  // As after the initial build of `--watch`: every page rendered once (the print edition keeps its parts).
  for (const path of handbook.paths()) handbook.render(path);
  const uri = uriOf(join(dir, 'toolbox', 'instrumente', 'instrument-1.md'));
  const original = service.document(uri)!.text;
  const timings: number[] = [];
  let pages = 0;
  for (let i = 0; i < 15; i++) {
    const text = original.replace(/^summary: .*$/m, `summary: Eine geänderte Zusammenfassung, Fassung ${i}, mit genug Text für das Schema.`);
    const start = performance.now();
    const affected = service.update(uri, { text });
    const errors = affected.flatMap((u) => service.diagnostics(u)).filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`edit produced errors: ${errors[0]!.message}`);
    const result = rebuildPages(handbook, out, [uri], (u) => service.contains(u));
    timings.push(performance.now() - start);
    pages = result.write.length;
  }
  const search = await writeSearchIndex(out);
  return { pages, p50: percentile(timings, 50), p95: percentile(timings, 95), searchMs: search.ms };
}

async function run() {
  const rows: string[] = [];
  const buildRows: string[] = [];
  for (const profile of PROFILES) {
    for (const size of SIZES) {
      const { dir, plainBodies, megabytes } = writeToolbox(size, profile);
      try {
        const check = benchCheck(dir, size);
        const edit = benchEdit(dir);
        rows.push(
          `| ${profile} | ${size} (${megabytes.toFixed(1)} MB) | ${plainBodies} / ${size - plainBodies} | ${check.wallMs.toFixed(0)} ms (${check.minMs.toFixed(0)}–${check.maxMs.toFixed(0)}) | ${check.cpuMs.toFixed(0)} ms | ${check.docsPerSecond.toFixed(0)} | ${check.peakRssMb.toFixed(0)} MiB | ${check.exit} (${check.errors} errors) | ${edit.indexMs.toFixed(0)} ms | ${edit.editP50.toFixed(2)} / ${edit.editP95.toFixed(2)} / ${edit.editMax.toFixed(2)} ms |`,
        );
        if (process.env.BENCH_ONLY !== 'check') {
          const build = benchBuild(dir, size);
          const rebuild = await benchRebuild(dir);
          buildRows.push(
            `| ${profile} | ${size} | ${build.pages} | ${(build.wallMs / 1000).toFixed(1)} s | ${build.pagesPerSecond.toFixed(0)} | ${build.checkS.toFixed(1)} / ${build.renderS.toFixed(1)} / ${build.searchS.toFixed(1)} s | ${build.generationPerSecond.toFixed(0)} | ${build.peakRssMb.toFixed(0)} MiB | ${build.searchPeakRssMb.toFixed(0)} MiB | ${rebuild.pages} pages, ${rebuild.p50.toFixed(0)} / ${rebuild.p95.toFixed(0)} ms | ${(rebuild.searchMs / 1000).toFixed(1)} s |`,
          );
        }
        console.error(`bench: ${profile}, ${size} documents done (load average ${loadAverage()})`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log(`\nload average at the end (1 / 5 / 15 min): ${loadAverage()}`);
  console.log('\n## check (CLI process) and one-document re-check (engine in-process)\n');
  console.log('bodies read = by the line reading of plain Markdown / by micromark. CPU = user + system of the check process, all threads (median).\n');
  console.log(`| body size | documents | bodies read | check wall time: median (fastest–slowest of ${CHECK_RUNS}) | check CPU | documents/s | peak RSS | exit | index + check in-process | re-check after one-line edit p50 / p95 / max |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const row of rows) console.log(row);
  if (!buildRows.length) return;
  console.log('\n## build: the handbook (CLI process) and the rebuild after a one-document change (in-process, as `--watch`)\n');
  console.log('pages/s = pages ÷ wall time of the whole command (check, pages, search index); generation pages/s = pages ÷ time to render and write them. Peak RSS is that of the command’s own process; Pagefind, the program it starts for the search index, is measured apart.\n');
  console.log('| body size | documents | pages | build wall time | pages/s | check / pages / search index | generation pages/s | peak RSS | peak RSS of Pagefind | rebuild after one change p50 / p95 | search index refresh |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of buildRows) console.log(row);
}

function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join(' / ');
}

/** The language server last, on its own: measured beside the other runs its latencies would mean nothing. */
async function runLanguageServer() {
  const lspRows: string[] = [];
  for (const profile of PROFILES) {
    for (const size of SIZES) {
      lspRows.push(await benchLanguageServer(size, profile));
      console.error(`bench: language server ${profile}, ${size} documents done`);
    }
  }
  for (const line of [...LSP_TABLE_HEADER, ...lspRows]) console.log(line);
  for (const line of benchBadInput()) console.log(line);
  for (const line of await benchPathological()) console.log(line);
}

/** The `plan report` and `portfolio` commands (planBench.ts), after check and build, before the language server. */
async function runPlans(which: 'plan-report' | 'portfolio' | 'both'): Promise<void> {
  if (which !== 'portfolio') for (const line of await benchPlanReport(root, cli)) console.log(line);
  if (which !== 'plan-report') for (const line of benchPortfolio(root, cli)) console.log(line);
}

// BENCH_ONLY=lsp measures only the language server, BENCH_ONLY=bad only the bad and pathological inputs,
// BENCH_ONLY=check only the check and the in-process re-check, BENCH_ONLY=plan-report only `plan report`,
// BENCH_ONLY=portfolio only `portfolio`.
const only = process.env.BENCH_ONLY;
async function benchmarks(): Promise<void> {
  if (only === 'plan-report' || only === 'portfolio') return runPlans(only);
  if (only !== 'lsp' && only !== 'bad') await run();
  if (only === 'check') return;
  if (only !== 'lsp' && only !== 'bad') await runPlans('both');
  if (only !== 'bad') return runLanguageServer();
  for (const line of benchBadInput()) console.log(line);
  for (const line of await benchPathological()) console.log(line);
}
void benchmarks().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
