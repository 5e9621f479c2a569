// Fuzzing the real server process with pathological Markdown and YAML: long runs of markers (list markers, quote
// markers, brackets, unclosed links, emphasis, backticks, footnote labels), deep nesting, many keys, anchors and
// aliases, spliced into a real instrument at random places in runs of up to 60,000 characters. Every request
// must be answered within its budget (generous: a hang-guard, not a timing test), no rule may fail internally,
// and the process must survive. fast-check with a fixed seed.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { instrument } from '../../server/src/engine/testing/fixtures';
import { startServer, type TestServer } from './harness';
import { captureErrors, replaceText } from './util';

const PATH = 'toolbox/instrumente/fuzz-pathologisch.md';
/** Each request's budget: far above what a bounded check takes, far below what the unbounded one took. */
const ANSWER_BUDGET_MS = 20_000;

let server: TestServer;
let errors: string[];
beforeAll(async () => {
  server = await startServer({ pull: true });
  errors = captureErrors(server);
  await server.open(PATH, instrument({ id: 'fuzz-pathologisch' }));
});
afterAll(async () => {
  await server?.stop();
});

const MARKDOWN_UNITS = ['- ', '> ', '>', '1. ', '* ', '[', ']', '[a](', '](', '(', '*a ', '_b ', '`', '``', '<a ', '&', '![a', '[^1]', '[^1]: x\n', '\n', '\n\n', '    ', '#', '## x\n', '[a]: /b\n', '\\'];
const YAML_UNITS = ['k: x\n', 'k: y\n', 'u1: x\n', '&a x', '*a', 'a: &a x\nb: *a\n', '[', ']', '{', '}', '- ', '  ', ': ', '? ', '\t'];

/** A run: one unit (or a short mix) repeated many times, or a random mix of units. */
const run = (units: string[]) =>
  fc.oneof(
    fc.record({ unit: fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')), times: fc.integer({ min: 100, max: 20_000 }) }).map(({ unit, times }) => unit.repeat(times).slice(0, 60_000)),
    fc.array(fc.constantFrom(...units), { minLength: 100, maxLength: 5_000 }).map((parts) => parts.join('')),
  );

const splice = fc.record({
  where: fc.constantFrom('frontmatter', 'body', 'line-start', 'end'),
  text: fc.oneof(run(MARKDOWN_UNITS), run(YAML_UNITS)),
  at: fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000),
});

function spliced(base: string, { where, text, at }: { where: string; text: string; at: number }): string {
  const close = base.indexOf('\n---\n', 4) + 1;
  const lineStarts = [...base.matchAll(/\n/g)].map((m) => m.index + 1);
  const offset = where === 'frontmatter' ? 4 + Math.floor(at * (close - 4))
    : where === 'body' ? close + 4 + Math.floor(at * (base.length - close - 4))
    : where === 'line-start' ? lineStarts[Math.floor(at * lineStarts.length)]!
    : base.length;
  return base.slice(0, offset) + text + base.slice(offset);
}

function answered<T>(name: string, request: Promise<T>): Promise<T> {
  return Promise.race([
    request,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${name} not answered within ${ANSWER_BUDGET_MS} ms`)), ANSWER_BUDGET_MS)),
  ]);
}

let runs = 0;
it('answers every request on documents full of pathological Markdown and YAML', { timeout: 600_000 }, async () => {
  const base = instrument({ id: 'fuzz-pathologisch' });
  const uri = server.uri(PATH);
  await fc.assert(
    fc.asyncProperty(fc.array(splice, { minLength: 1, maxLength: 3 }), async (splices) => {
      runs++;
      errors.splice(0);
      const text = splices.reduce(spliced, base);
      await replaceText(server, PATH, text);
      const model = TextDocument.create(uri, 'markdown', 0, text);
      const position = model.positionAt(Math.floor(text.length / 2));
      const [report] = await Promise.all([
        answered('diagnostic', server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })),
        answered('hover', server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })),
        answered('documentSymbol', server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })),
        answered('foldingRange', server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })),
      ]);
      const items = (report as { items: Diagnostic[] }).items;
      expect(items.filter((d) => d.code === 'WK000')).toEqual([]);
      if (errors.length) throw new Error(`a handler failed: ${errors[0]}`);
      expect(server.process.exitCode).toBeNull();
    }),
    { seed: 20261203, numRuns: 60 },
  );
  expect(runs).toBeGreaterThanOrEqual(60);
  expect(server.stderr()).not.toMatch(/Error|at .+:\d+:\d+/);
});
