// The language server over stdio, measured as an editor uses it: time to the first diagnostics of the document
// opened at start and to the first complete index,
// latency from didChange to the document's diagnostics, find-references and rename latency, peak RSS.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceDiagnosticRequest,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { startBenchServer } from './benchServer';
import { syntheticToolbox, type BodyProfile } from './synthetic';


function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export async function benchLanguageServer(size: number, profile: BodyProfile): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `wk-lsp-bench-${size}-`));
  for (const file of syntheticToolbox(size, 42, profile)) {
    const path = join(dir, 'toolbox', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const server = startBenchServer(dir);
  const { child, connection } = server;
  try {
    const path = join(dir, 'toolbox', 'instrumente', 'instrument-1.md');
    const uri = URI.file(path).toString();
    const original = readFileSync(path, 'utf8');
    const started = performance.now();
    await server.initialize();
    // The document opened at start: its first diagnostics (its own findings), while the index is being built.
    const opened = performance.now();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: original } });
    await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const firstMs = performance.now() - opened;
    // The first complete index: the workspace diagnostics answer once every document is indexed and checked.
    const report = await connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const indexMs = performance.now() - started;
    const summaryLine = original.split('\n').findIndex((l) => l.startsWith('summary:'));
    const edits: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line: summaryLine, character: 9 }, end: { line: summaryLine, character: 12 } }, text: i % 2 ? 'Ein' : 'Das' }],
      });
      await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      edits.push(performance.now() - t0);
    }
    const idLine = original.split('\n').findIndex((l) => l.startsWith('id:'));
    const references: number[] = [];
    const renames: number[] = [];
    for (let i = 0; i < 50; i++) {
      let t0 = performance.now();
      await connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: idLine, character: 5 }, context: { includeDeclaration: true } });
      references.push(performance.now() - t0);
      t0 = performance.now();
      await connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: idLine, character: 5 }, newName: `umbenannt-${i}` });
      renames.push(performance.now() - t0);
    }
    const rss = peakRssMb(child.pid!);
    return `| ${profile} | ${size} | ${firstMs.toFixed(0)} ms | ${indexMs.toFixed(0)} ms (${report.items.length} docs) | ${percentile(edits, 50).toFixed(2)} / ${percentile(edits, 95).toFixed(2)} / ${Math.max(...edits).toFixed(2)} ms | ${percentile(references, 50).toFixed(2)} / ${percentile(references, 95).toFixed(2)} / ${Math.max(...references).toFixed(2)} ms | ${percentile(renames, 50).toFixed(2)} / ${percentile(renames, 95).toFixed(2)} / ${Math.max(...renames).toFixed(2)} ms | ${rss.toFixed(0)} MiB |`;
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const LSP_TABLE_HEADER = [
  '\n## language server over stdio\n',
  '| body size | documents | open at start → first diagnostics | start → complete index | didChange → diagnostics p50 / p95 / max | references p50 / p95 / max (50) | rename p50 / p95 / max (50) | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
