// The server under adverse conditions: documents it does not know, cancelled requests, and garbage text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  HoverRequest,
  LSPErrorCodes,
  RenameRequest,
  ResponseError,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { positionOf, startServer, type TestServer } from './harness';
import { captureErrors, close, everyRequest, fixtureText, pull, replaceText, stopCleanly } from './util';

const TS = 'toolbox/instrumente/terminsystem.md';
const TS_TEXT = fixtureText(TS);

let server: TestServer;
let errors: string[];
beforeAll(async () => {
  server = await startServer({ pull: true });
  errors = captureErrors(server);
  await server.open(TS);
});
afterAll(async () => {
  // Whatever happened above: the process is alive, logged no failure of a handler, and printed no trace.
  expect(server.stderr()).not.toMatch(/Error|at .+:\d+:\d+/);
  await stopCleanly(server, errors);
});

const replaceTextOf = (path: string, text: string) => replaceText(server, path, text);

/** Awaits every request; any error response fails with the request's name. */
async function settleAll(requests: Record<string, Promise<unknown>>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(Object.entries(requests).map(async ([name, promise]) => {
    try {
      return [name, await promise] as const;
    } catch (error) {
      throw new Error(`${name} answered with an error: ${error instanceof ResponseError ? `${error.code} ${error.message}` : String(error)}`);
    }
  }));
  return Object.fromEntries(entries);
}

const EMPTY = {
  completion: { isIncomplete: false, items: [] },
  hover: null,
  definition: [],
  references: [],
  prepareRename: null,
  documentSymbol: [],
  codeAction: [],
  documentLink: [],
  foldingRange: [],
  codeLens: [],
  inlayHint: [],
  diagnostic: { kind: 'full', items: [] },
};

describe('documents the server does not know', () => {
  const unknown = () => [
    'file:///nirgendwo/unbekannt.md',
    server.uri('toolbox/instrumente/gibt-es-nicht.md'),
    'untitled:Untitled-1',
    server.uri('toolbox/notizen.txt'),
  ];

  it('answer every request with an empty result', async () => {
    for (const uri of unknown()) {
      const { workspaceSymbol, ...answers } = await settleAll(everyRequest(server, uri, { line: 3, character: 2 }));
      expect(answers).toEqual(EMPTY);
      expect(Array.isArray(workspaceSymbol)).toBe(true);
      const rename = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 }, newName: 'neu' });
      expect(rename).toEqual({ documentChanges: [] });
    }
  });

  it('open documents that are no toolbox documents are not checked and answer empty', async () => {
    const txt = 'toolbox/notizen.txt';
    await server.open(txt, '---\nkind: instrument\nid: [\n---\n');
    const outside = URI.file('/tmp/ausserhalb-des-arbeitsbereichs/datei.md').toString();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: outside, languageId: 'markdown', version: 1, text: '---\nkind: x\n---\n' } });
    for (const uri of [server.uri(txt), outside]) {
      const { workspaceSymbol: _, ...answers } = await settleAll(everyRequest(server, uri, { line: 1, character: 3 }));
      expect(answers).toEqual(EMPTY);
    }
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri)).not.toContain(server.uri(txt));
    expect(report.items.map((i) => i.uri)).not.toContain(outside);
    await close(server, txt);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: outside } });
  });

  it('changes and closes for documents never opened are ignored', async () => {
    const uri = server.uri('toolbox/instrumente/nie-geoeffnet.md');
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' }] });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await pull(server, TS)).toEqual([]);
  });
});

describe('cancellation', () => {
  const hoverAt = positionOf(TS_TEXT, 'servicepoint', 2, 'requires:');

  it('a cancelled request is answered (cancelled or with its result) and the server keeps working', async () => {
    const outcomes: string[] = [];
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      // A cancelled hover between batches of ordinary requests, cancelled at once or a little later.
      const source = new CancellationTokenSource();
      const request = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(TS) }, position: hoverAt }, source.token);
      if (i % 2 === 0) source.cancel();
      else setTimeout(() => source.cancel(), i % 7);
      pending.push(request.then(
        () => outcomes.push('result'),
        (error: unknown) => {
          expect(error).toBeInstanceOf(ResponseError);
          expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
          outcomes.push('cancelled');
        },
      ));
      pending.push(settleAll(everyRequest(server, server.uri(TS), hoverAt)));
    }
    await Promise.all(pending);
    expect(outcomes).toHaveLength(40);
    expect(outcomes).toContain('cancelled');
    // Still answering, with the right content.
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(TS) }, position: hoverAt });
    expect(JSON.stringify(hover?.contents)).toContain('**Servicepoint** · Instrument');
  });

  it('a request cancelled before it is sent is answered as cancelled', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const error = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(TS) }, position: hoverAt }, source.token).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error === undefined || (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled)).toBe(true);
    expect(await pull(server, TS)).toEqual([]);
  });
});

describe('garbage', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
  const cases: { name: string; text: string; codes?: string[] }[] = [
    { name: 'empty', text: '', codes: ['WK101'] },
    { name: 'a lone fence', text: '---', codes: ['WK103'] },
    { name: 'half-typed frontmatter', text: '---\nkind: instrument\nid: halb\ntitle: "noch nicht zu\nsumm', codes: ['WK103'] },
    { name: 'half-typed key', text: '---\nkind: instrument\nid: halb\nre\n---\n\n## Ziel\n' },
    { name: 'invalid YAML', text: '---\nkind: instrument\nid: [\n---\n\nText.\n', codes: ['WK201'] },
    { name: 'broken indentation', text: '---\nkind: instrument\n  id: x\n: : :\n\t- y\n---\n' },
    { name: 'frontmatter as a list', text: '---\n- a\n- b\n---\n', codes: ['WK204'] },
    { name: 'self-referencing alias', text: '---\nkind: instrument\nid: anker\nrequires: &a [*a]\nrelated: *b\n---\n' },
    { name: 'alias explosion', text: `---\nkind: instrument\nid: lachen\n${laughs}\n---\n` },
    { name: 'deep nesting', text: `---\nkind: instrument\nid: tief\nrequires: ${nested(5000)}\n---\n` },
    { name: 'tabs and flow mappings', text: '---\nkind:\tinstrument\nid: {a: [b, {c: d}]}\ntitle: { : }\n---\n' },
    { name: 'binary-ish text', text: '\u0000\u0001\u0002---\nkind: \u0000instrument\n\uFFFD\uD800\uDC00\uDBFF\n---\n\u0007\u001b[31m' },
    { name: 'a lone surrogate in an id', text: TS_TEXT.replace('id: terminsystem', 'id: termin\uD800system') },
    { name: 'BOM and CRLF', text: `\uFEFF${TS_TEXT.replace(/\n/g, '\r\n')}` },
    { name: 'CR only', text: TS_TEXT.replace(/\n/g, '\r') },
    { name: 'the fixture without its closing fence', text: TS_TEXT.replace('---\n\n## Ziel', '\n## Ziel') },
    { name: 'two frontmatter blocks', text: `${TS_TEXT}\n---\nkind: case\n---\n` },
    { name: 'heading and link soup', text: `---\nkind: instrument\nid: suppe\n---\n${'#'.repeat(300)}\n${'[a]('.repeat(2000)}\n${'](#'.repeat(500)}\n` },
    // (A longer run of word characters makes the e-mail search of the personal-data rule quadratic: 100 000
    // characters take about 16 s. Reported; the rule belongs to the rules area.)
    { name: 'a very long line', text: `---\nkind: instrument\nid: lang\nsummary: ${'ä'.repeat(200_000)}\n---\n${'x'.repeat(20_000)}` },
    { name: 'too large', text: `---\nkind: instrument\n---\n${'Text. '.repeat(200_000)}`, codes: ['WK105'] },
  ];

  it.each(cases)('$name: every request is answered, no internal error', async ({ name, text, codes }) => {
    const path = `toolbox/instrumente/muell-${name.replace(/[^a-z]+/gi, '-').toLowerCase()}.md`;
    await server.open(path, text);
    const lines = text.split(/\r\n|\r|\n/);
    const positions = [
      { line: 0, character: 0 },
      { line: 1, character: 3 },
      { line: Math.floor(lines.length / 2), character: 2 },
      { line: lines.length - 1, character: lines.at(-1)!.length },
      { line: 99_999, character: 99_999 },
      { line: 2, character: 99_999 },
    ];
    for (const position of positions) await settleAll(everyRequest(server, server.uri(path), position));
    const diagnostics = (await pull(server, path)) as Diagnostic[];
    expect(diagnostics.filter((d) => d.code === 'WK000')).toEqual([]);
    if (codes) expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(codes));
    const rename = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: server.uri(path) }, position: { line: 2, character: 5 }, newName: 'neu' }).catch((e: unknown) => e);
    if (rename instanceof ResponseError) expect(rename.code).toBe(LSPErrorCodes.RequestFailed);
    await close(server, path);
    expect(server.process.exitCode).toBeNull();
  });

  it('a link with half a surrogate pair is a missing target, and the document keeps following its edits', async () => {
    // Found by the fuzz test: building the URI of such a link threw inside the index, which then refused
    // every later version of the document (its diagnostics froze).
    const broken = TS_TEXT.replace('(servicepoint.md#ziel)', '(service\uD83Dpoint.md#ziel)');
    await replaceTextOf(TS, broken);
    expect((await pull(server, TS)).map((d) => [d.code, d.range])).toEqual([['WK801', { start: { line: 44, character: 72 }, end: { line: 44, character: 93 } }]]);
    const edited = broken.replace('effort: mittel', 'effort: mitel');
    await replaceTextOf(TS, edited);
    expect((await pull(server, TS)).map((d) => d.code).sort()).toEqual(['WK402', 'WK801']);
    await replaceTextOf(TS, TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('the workspace stays consistent after all of that', async () => {
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri).sort()).toEqual(
      ['toolbox/eckpunkte/binnenorganisation.md', 'toolbox/instrumente/servicepoint.md', TS, 'toolbox/plaene/plan-beispiel.md', 'toolbox/praxis/weimar-servicepoint.md'].map((p) => server.uri(p)).sort(),
    );
    for (const item of report.items) expect((item as { items: Diagnostic[] }).items).toEqual([]);
  });
});
