// Fuzzing the real server process: random edit sequences over real toolbox files, interleaved with every
// kind of request at random positions. Every request must be answered (rename may refuse), no handler may
// fail (they log failures and answer empty), incremental sync must agree with a full replacement, and the
// process must survive. One process for the whole run; fast-check with a fixed seed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from './harness';
import { captureErrors, editText, pull, replaceText } from './util';

const TOOLBOX = join(__dirname, '..', '..', 'toolbox');
const FILES = [
  'toolbox/instrumente/terminsystem.md',
  'toolbox/instrumente/servicepoint.md',
  'toolbox/eckpunkte/binnenorganisation.md',
  'toolbox/praxis/weimar-servicepoint.md',
  'toolbox/plaene/plan-stadt-musterstadt.md',
  'toolbox/standorte/weimar.md',
];

let server: TestServer;
let workspace: string;
let errors: string[];
/** Node process warnings the server printed (reported, not failures of a handler). */
const warnings: string[] = [];
const originals = new Map<string, string>();
beforeAll(async () => {
  // The real toolbox, so references resolve and every feature has something to chew on.
  workspace = mkdtempSync(join(tmpdir(), 'wk-fuzz-'));
  cpSync(TOOLBOX, join(workspace, 'toolbox'), { recursive: true });
  server = await startServer({ pull: true, source: workspace });
  errors = captureErrors(server, warnings);
  for (const path of FILES) {
    originals.set(path, server.text(path));
    await server.open(path);
  }
});
afterAll(async () => {
  await server?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

// ---- the arbitraries --------------------------------------------------------------------------------------

const FRAGMENTS = [
  '---', '---\n', '\n---\n', ':', ': ', '- ', '\n- ', '\n  - ', '[', ']', '{', '}', '[]', '{}', '\t', '\n\t', ' ', '\n', '\r\n', '\r',
  '&a ', '*a', '&a [*a]', '*b', 'ä', 'ö', 'ü', 'ß', 'Ä', 'Grüße', '€', '😀', '\uD800', '\u0000', '\uFEFF',
  '#', '## ', '\n## Ziel\n', '\n## Umsetzungsschritte\n\n1. ', '### ', '](', '](../', '](servicepoint.md#', '[Link](terminsystem.md#ziel)', '#ziel', '(',
  '"', "'", '`', '|', '>', '? ', '!!str ', '%YAML 1.2\n', '<!-- ', ' -->', '\\',
  'kind: instrument\n', 'kind: ', 'id: ', 'title: ', 'requires:\n  - ', 'related: [', '  - servicepoint\n', 'terminsystem', 'bo-', 'bo-wartezeiten',
  'addresses:\n  - ', 'effort: ', 'mittel', 'status: ', 'instrument: ', 'kontakt@example.org', '0361 123456', '2027-13',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);
const insertion = fc.array(fragment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

type RequestName = 'completion' | 'hover' | 'definition' | 'references' | 'documentSymbol' | 'codeAction' | 'foldingRange' | 'inlayHint' | 'diagnostic' | 'prepareRename' | 'rename';
const REQUESTS: RequestName[] = ['completion', 'hover', 'definition', 'references', 'documentSymbol', 'codeAction', 'foldingRange', 'inlayHint', 'diagnostic', 'prepareRename', 'rename'];

/** Offsets are fractions of the current length (uniform, unbiased), so they stay meaningful while the text changes. */
const where = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
type Op =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'request'; name: RequestName; at: number; span: number; outOfRange: boolean; newName: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: where, length: fc.nat({ max: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: where, text: insertion }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), at: where, length: fc.nat({ max: 12 }), text: insertion }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('request' as const),
      name: fc.constantFrom(...REQUESTS),
      at: where,
      span: fc.nat({ max: 200 }),
      outOfRange: fc.nat({ max: 9 }).map((n) => n === 0), // now and then a position past the end
      newName: fc.constantFrom('neu', 'servicepoint', 'Keine Kennung', '', 'bo-neu'),
    }),
  },
);
const scenario = fc.record({ file: fc.constantFrom(...FILES), ops: fc.array(op, { minLength: 1, maxLength: 8 }) });

// ---- playing one scenario ---------------------------------------------------------------------------------

/** An offset that never splits a CRLF pair (LSP positions cannot address the middle of a line break). */
function snap(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, offset));
  return at > 0 && text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at;
}

function send(name: RequestName, uri: string, position: Position, end: Position, newName: string): Promise<unknown> {
  const c = server.connection;
  const textDocument = { uri };
  switch (name) {
    case 'completion': return c.sendRequest(CompletionRequest.type, { textDocument, position });
    case 'hover': return c.sendRequest(HoverRequest.type, { textDocument, position });
    case 'definition': return c.sendRequest(DefinitionRequest.type, { textDocument, position });
    case 'references': return c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: position.character % 2 === 0 } });
    case 'documentSymbol': return c.sendRequest(DocumentSymbolRequest.type, { textDocument });
    case 'codeAction': return c.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end }, context: { diagnostics: [] } });
    case 'foldingRange': return c.sendRequest(FoldingRangeRequest.type, { textDocument });
    case 'inlayHint': return c.sendRequest(InlayHintRequest.type, { textDocument, range: { start: position, end } });
    case 'diagnostic': return c.sendRequest(DocumentDiagnosticRequest.type, { textDocument });
    case 'prepareRename': return c.sendRequest(PrepareRenameRequest.type, { textDocument, position });
    case 'rename': return c.sendRequest(RenameRequest.type, { textDocument, position, newName });
  }
}

const stats = { runs: 0, edits: 0, requests: 0, refusedRenames: 0 };

async function play({ file, ops }: { file: string; ops: Op[] }): Promise<void> {
  stats.runs++;
  errors.splice(0); // each run (and each shrinking attempt) judges only its own failures
  const uri = server.uri(file);
  let text = originals.get(file)!;
  await replaceText(server, file, text);
  const answers: Promise<void>[] = [];
  for (const step of ops) {
    const model = TextDocument.create(uri, 'markdown', 0, text);
    if (step.op === 'request') {
      const start = snap(text, Math.floor(step.at * (text.length + 1)));
      const position = step.outOfRange ? { line: model.lineCount + 5, character: 3 } : model.positionAt(start);
      const end = model.positionAt(snap(text, start + step.span));
      stats.requests++;
      answers.push(send(step.name, uri, position, end, step.newName).then(
        (result) => {
          if (step.name === 'diagnostic') {
            const items = (result as { items: Diagnostic[] }).items;
            const internal = items.filter((d) => d.code === 'WK000');
            if (internal.length) throw new Error(`internal rule failure: ${JSON.stringify(internal)}`);
          }
        },
        (error: unknown) => {
          if (step.name === 'rename' && error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed) {
            stats.refusedRenames++;
            return;
          }
          throw new Error(`${step.name} at ${JSON.stringify(position)} failed: ${error instanceof ResponseError ? `${error.code} ${error.message}` : String(error)}`);
        },
      ));
      continue;
    }
    const from = snap(text, Math.floor(step.at * (text.length + 1)));
    const to = step.op === 'insert' ? from : snap(text, from + step.length);
    const newText = step.op === 'delete' ? '' : step.text;
    stats.edits++;
    await editText(server, file, [{ range: { start: model.positionAt(from), end: model.positionAt(to) }, text: newText }]);
    text = text.slice(0, from) + newText + text.slice(to);
  }
  await Promise.all(answers);
  // A handler that throws is logged (before its empty answer) instead of failing the request: fail here.
  if (errors.length) throw new Error(`a handler failed: ${errors[0]}`);
  if (server.process.exitCode !== null) throw new Error(`the server exited with ${server.process.exitCode}`);
  // Incremental sync agrees with the text the client holds: a full replacement changes nothing.
  const incremental = await pull(server, file);
  await replaceText(server, file, text);
  expect(await pull(server, file)).toEqual(incremental);
}

// About 20 s on a quiet machine; the limit only guards against a hang (under a load of 16 on two cores it took 90 s).
it('survives thousands of random edits and requests on real toolbox files', { timeout: 240_000 }, async () => {
  const before = new Map<string, Diagnostic[]>();
  for (const path of FILES) before.set(path, await pull(server, path));
  const started = Date.now();
  await fc.assert(fc.asyncProperty(scenario, play), { seed: 20260504, numRuns: 1000 });
  // Back to the real files: every diagnostic is as it was before.
  for (const path of FILES) {
    await replaceText(server, path, originals.get(path)!);
  }
  for (const path of FILES) expect(await pull(server, path)).toEqual(before.get(path));
  expect(stats.edits + stats.requests).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
  expect(server.process.exitCode).toBeNull();
  expect(server.stderr()).not.toMatch(/Error|at .+:\d+:\d+/);
  console.log(`fuzz: ${stats.runs} sequences, ${stats.edits} edits, ${stats.requests} requests (${stats.refusedRenames} renames refused) in ${Date.now() - started} ms`);
  if (warnings.length) console.log(`fuzz: ${warnings.length} process warnings, e.g. ${[...new Set(warnings.map((w) => w.split('\n')[0]))].join(' | ')}`);
});
