// The bad-input table of `npm run bench`: each pathological input (server/src/engine/testing/pathological.ts) at
// 10 KB, 100 KB and 1 MB — the check's time for the file (engine in-process) and the language server's time from
// an edit of the open document to its diagnostics (over stdio), each the median of 3. Target: ≤ 100 ms per file,
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
import { startBenchServer } from './benchServer';

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
    const start = performance.now();
    service.update(uri, { text });
    const findings = service.diagnostics(uri);
    const ms = performance.now() - start;
    codes = codesOf(findings.map((f) => f.code));
    return ms;
  });
  return { ms: median(times), codes };
}

export async function benchPathological(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wk-bench-pathological-'));
  mkdirSync(join(dir, 'toolbox'));
  const server = startBenchServer(dir);
  const { connection } = server;
  const rows = [
    '\n## pathological input (engine check per file and language server edit → diagnostics, each the median of 3)\n',
    'Target: ≤ 100 ms per file, at most linear growth with the size.\n',
    '| input | size | check | server edit → diagnostics | findings |',
    '| --- | ---: | ---: | ---: | --- |',
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
        const line = lines.length - 1;
        const edits: number[] = [];
        for (let edit = 0; edit < RUNS; edit++) {
          const character = lines[line]!.length + edit;
          const start = performance.now();
          await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 + edit },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
          });
          await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
          edits.push(performance.now() - start);
        }
        const serverMs = median(edits);
        rows.push(`| ${input.name} (${input.description}) | ${(text.length / 1000).toFixed(0)} KB | ${check.ms.toFixed(1)} ms | ${serverMs.toFixed(1)} ms | ${check.codes} |`);
        console.error(`bench: ${input.name} ${size} done`);
      }
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
