// The bad-input table of `npm run bench`: each pathological input (server/src/engine/testing/pathological.ts) at
// 10 KB, 100 KB and 1 MB — the check's time for the file (engine in-process, a fresh frontmatter each run) and the
// language server's time from an edit of the open document to its diagnostics (over stdio), for an edit at the end of
// the body and one in the frontmatter, each the median of 3. Target: ≤ 100 ms per file,
// growing at most linearly with the size.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { createLanguageService } from '../../server/src/engine';
import { instrument } from '../../server/src/engine/testing/fixtures';
import { PATHOLOGICAL_SIZES, pathologicalInputs } from '../../server/src/engine/testing/pathological';
import { startBenchServer, type BenchServer } from './benchServer';

const RUNS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function codesOf(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => (count > 1 ? `${code}×${count}` : code)).join(' ');
}

function checkTime(text: string): { ms: number; codes: string } {
  const service = createLanguageService({ workspace: { list: () => [], read: () => ({ error: 'x' }), exists: () => false, contains: () => true } });
  service.update('file:///warm.md', { text: instrument() });
  service.diagnostics('file:///warm.md');
  let codes = '';
  const times = Array.from({ length: RUNS }, (_, run) => {
    const uri = `file:///toolbox/pathologisch-${run}.md`;
    // Each run a frontmatter of its own (a comment line): nothing is reused from the run before.
    const fresh = withFrontmatterComment(text, `# Lauf ${run}`);
    const start = performance.now();
    service.update(uri, { text: fresh });
    const findings = service.diagnostics(uri);
    const ms = performance.now() - start;
    codes = codesOf(findings.map((f) => f.code));
    return ms;
  });
  return { ms: median(times), codes };
}

/** `text` with `comment` as the first line of its frontmatter (the line after the opening `---`). */
function withFrontmatterComment(text: string, comment: string): string {
  return text.replace(/^---\n/, `---\n${comment}\n`);
}

/** The server's time from a change to the diagnostics, the median of RUNS changes made by `change(run)`. */
async function editTimes(connection: BenchServer['connection'], uri: string, version: { next: number }, change: (run: number) => { line: number; character: number; text: string }): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { line, character, text } = change(run);
    const start = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: version.next++ },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchPathological(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wk-bench-pathological-'));
  mkdirSync(join(dir, 'toolbox'));
  const server = startBenchServer(dir);
  const { connection } = server;
  const rows = [
    '\n## pathological input (engine check per file and language server edit → diagnostics, each the median of 3)\n',
    'Target: ≤ 100 ms per file, at most linear growth with the size.\n',
    '| input | size | check | server: edit in the body → diagnostics | server: edit in the frontmatter → diagnostics | findings |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  try {
    await server.initialize();
    for (const input of pathologicalInputs) {
      for (const size of PATHOLOGICAL_SIZES) {
        const text = input.generate(size);
        const check = checkTime(text);
        const uri = URI.file(join(dir, 'toolbox', `${input.name}-${size}.md`)).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        const lines = text.split('\n');
        const last = lines.length - 1;
        const version = { next: 2 };
        // A keystroke at the end of the body, then into a comment line at the top of the frontmatter (the YAML
        // changes, its findings stay): the body's edit may reuse the frontmatter's reading, this one may not.
        const bodyMs = await editTimes(connection, uri, version, (run) => ({ line: last, character: lines[last]!.length + run, text: 'x' }));
        const frontmatterMs = await editTimes(connection, uri, version, (run) => (run === 0 ? { line: 1, character: 0, text: '#\n' } : { line: 1, character: run, text: 'x' }));
        rows.push(`| ${input.name} (${input.description}) | ${(text.length / 1000).toFixed(0)} KB | ${check.ms.toFixed(1)} ms | ${bodyMs.toFixed(1)} ms | ${frontmatterMs.toFixed(1)} ms | ${check.codes} |`);
        console.error(`bench: ${input.name} ${size} done`);
      }
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
