// Every capability of the language server over the protocol, with exact expected results.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SymbolKind,
  WorkspaceDiagnosticRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type Location,
  type Position,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { positionOf, rangeOf, startServer, type TestServer } from './harness';
import { applyEdits, fixtureText, fixtureWith, pull, range, replaceText } from './util';

const TS = 'toolbox/instrumente/terminsystem.md';
const SP = 'toolbox/instrumente/servicepoint.md';
const CASE = 'toolbox/praxis/weimar-servicepoint.md';
const PLAN = 'toolbox/plaene/plan-beispiel.md';
const ECK = 'toolbox/eckpunkte/binnenorganisation.md';
const ALL = [ECK, SP, TS, PLAN, CASE];
const TS_TEXT = fixtureText(TS);

const SERVICEPOINT_SUMMARY = 'Ein zentraler Schalter nimmt Anliegen entgegen, vergibt Termine und beantwortet einfache Fragen.';
const TERMINSYSTEM_SUMMARY = 'Vorsprachen laufen über vereinbarte Termine; Wartezeiten sinken und der Andrang wird planbar.';
const EFFORT_DESCRIPTION = 'Wie viel Personal, Geld und Abstimmung die Einführung grob verlangt.';
const EFFORT_VALUES = [
  'Niedrig: mit Bordmitteln der Behörde umsetzbar, ohne zusätzliche Mittel.',
  'Mittel: verlangt Abstimmung mit anderen Stellen oder einen kleineren Etat.',
  'Hoch: verlangt Investitionen, Personal oder Entscheidungen der Verwaltungsspitze.',
];
const CRITERIA = {
  'bo-wartezeiten': 'Wartezeiten sind kurz und planbar; Termine sind leicht zu bekommen.',
  'bo-erstkontakt': 'Eine zentrale Anlaufstelle nimmt Anliegen entgegen und leitet weiter.',
  'bo-ablaeufe': 'Die Sachbearbeitung arbeitet ohne ständige Unterbrechungen.',
};

// ---- helpers ------------------------------------------------------------------------------------------

async function completion(server: TestServer, path: string, position: Position): Promise<CompletionItem[]> {
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: server.uri(path) }, position });
  return (result as CompletionList).items;
}

function locationsOf(server: TestServer, locations: Location[]) {
  return locations
    .map((l) => ({ path: URI.parse(l.uri).fsPath.slice(server.root.length + 1).split('\\').join('/'), range: l.range }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

async function requestError(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResponseError) return error;
    throw error;
  }
  throw new Error('expected an error response');
}

async function codeActionsFor(server: TestServer, path: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const result = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: server.uri(path) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  return (result ?? []) as CodeAction[];
}

/** The edits of a code action for one document (the engine answers with `changes`). */
function editsOf(action: CodeAction, server: TestServer, path: string): TextEdit[] {
  const changes = action.edit?.changes ?? {};
  expect(Object.keys(changes)).toEqual([server.uri(path)]);
  return changes[server.uri(path)]!;
}

let servers: TestServer[] = [];
async function fresh(options: Parameters<typeof startServer>[0] = { pull: true }): Promise<TestServer> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

// A shared server for the features that only read; TS is open with its fixture text.
let shared: TestServer;
beforeAll(async () => {
  shared = await startServer({ pull: true });
  await shared.open(TS);
});
afterAll(() => shared.stop());

// ---- completion -----------------------------------------------------------------------------------------

describe('completion', () => {
  it('offers the missing keys with their German descriptions, required ones marked, present ones left out', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace(`summary: ${TERMINSYSTEM_SUMMARY}\n`, '').replace('effort: mittel\n', '').replace('duration_weeks: 16\n', 'duration_weeks: 16\n\n');
    await server.open(TS, text);
    const at = { line: 11, character: 0 };
    expect(text.split('\n')[11]).toBe('');
    const items = await completion(server, TS, at);
    const here = range(11, 0, 11, 0);
    expect(items).toEqual([
      { label: 'order', kind: 10, detail: 'Reihenfolge', documentation: { kind: 'markdown', value: 'Position des Instruments innerhalb seines Eckpunkts (für Handbuch und Blättern).' }, sortText: '1order', textEdit: { range: here, newText: 'order: $0' }, insertTextFormat: 2 },
      { label: 'summary', kind: 10, detail: 'Kurzbeschreibung (Pflichtfeld)', documentation: { kind: 'markdown', value: 'Ein bis zwei Sätze: was das Instrument ist und was es bewirkt. Erscheint in Listen, Hover und Plan.' }, sortText: '0summary', textEdit: { range: here, newText: 'summary: $0' }, insertTextFormat: 2 },
      { label: 'effort', kind: 10, detail: 'Aufwand (Pflichtfeld)', documentation: { kind: 'markdown', value: EFFORT_DESCRIPTION }, sortText: '0effort', textEdit: { range: here, newText: 'effort: ${1|niedrig,mittel,hoch|}' }, insertTextFormat: 2 },
      { label: 'roles', kind: 10, detail: 'Beteiligte Rollen', documentation: { kind: 'markdown', value: 'Wer in der Behörde und außerhalb an der Umsetzung mitwirkt, zum Beispiel Leitung, Sachbearbeitung, Personalrat.' }, sortText: '1roles', textEdit: { range: here, newText: 'roles:\n  - $0' }, insertTextFormat: 2 },
      { label: 'sites', kind: 10, detail: 'Standorte', documentation: { kind: 'markdown', value: 'Modellstandorte, an denen das Instrument im Modellprojekt eingesetzt wurde.' }, sortText: '1sites', textEdit: { range: here, newText: 'sites:\n  - $0' }, insertTextFormat: 2 },
    ]);
  });

  it('offers the keys of a nested mapping (a plan measure) at its indentation, replacing the typed prefix', async () => {
    const server = await fresh();
    const text = fixtureText(PLAN).replace('    status: geplant\n  - instrument: terminsystem', '    status: geplant\n    re\n  - instrument: terminsystem');
    await server.open(PLAN, text);
    const items = await completion(server, PLAN, { line: 18, character: 6 });
    expect(items.map((i) => i.label)).toEqual(['title', 'participants', 'resources', 'milestones', 'indicator', 'updates', 'origin', 'reason', 'note']);
    const participants = items.find((i) => i.label === 'participants')!;
    expect(participants.textEdit).toEqual({ range: range(18, 4, 18, 6), newText: 'participants:\n      - $0' });
    expect(participants.detail).toBe('Beteiligte');
  });

  it('offers enum values with their descriptions, replacing the whole value', async () => {
    const items = await completion(shared, TS, positionOf(TS_TEXT, 'mittel', 2));
    const value = range(11, 8, 11, 14);
    expect(items).toEqual(['niedrig', 'mittel', 'hoch'].map((label, i) => ({
      label,
      kind: 20,
      detail: 'Aufwand',
      documentation: { kind: 'markdown', value: EFFORT_VALUES[i] },
      sortText: `0${i}`,
      textEdit: { range: value, newText: label },
    })));
  });

  it('offers instrument ids (and only those, never the document itself) in requires and related', async () => {
    for (const needle of ['requires:', 'related:']) {
      const items = await completion(shared, TS, positionOf(TS_TEXT, 'servicepoint', 4, needle));
      const at = rangeOf(TS_TEXT, 'servicepoint', needle);
      expect(items).toEqual([
        {
          label: 'Servicepoint',
          labelDetails: { description: 'servicepoint' },
          kind: 18,
          detail: 'Instrument',
          documentation: { kind: 'markdown', value: SERVICEPOINT_SUMMARY },
          sortText: 'servicepoint',
          filterText: `servicepoint Servicepoint ${SERVICEPOINT_SUMMARY}`,
          textEdit: { range: at, newText: 'servicepoint' },
        },
      ]);
    }
  });

  it('offers instrument ids in the instruments of a case and the measures of a plan; Eckpunkt ids for eckpunkt', async () => {
    const server = await fresh();
    const caseText = fixtureText(CASE);
    await server.open(CASE, caseText);
    const inCase = await completion(server, CASE, positionOf(caseText, 'terminsystem', 0, 'instruments:'));
    expect(inCase.map((i) => [i.label, i.detail, i.textEdit])).toEqual([
      ['Servicepoint', 'Instrument', { range: rangeOf(caseText, 'terminsystem', 'instruments:'), newText: 'servicepoint' }],
      ['Terminsystem', 'Instrument', { range: rangeOf(caseText, 'terminsystem', 'instruments:'), newText: 'terminsystem' }],
    ]);
    const planText = fixtureText(PLAN);
    await server.open(PLAN, planText);
    expect((await completion(server, PLAN, positionOf(planText, 'servicepoint', 3))).map((i) => i.labelDetails?.description)).toEqual(['servicepoint', 'terminsystem']);
    const eckpunkt = await completion(shared, TS, positionOf(TS_TEXT, 'binnenorganisation', 5));
    expect(eckpunkt.map((i) => [i.label, i.detail, i.textEdit])).toEqual([
      ['Binnenorganisation', 'Eckpunkt', { range: range(4, 10, 4, 28), newText: 'binnenorganisation' }],
    ]);
  });

  it('offers criterion ids with their text in addresses', async () => {
    const items = await completion(shared, TS, positionOf(TS_TEXT, 'bo-ablaeufe', 3));
    const at = range(8, 4, 8, 15);
    expect(items).toEqual((['bo-ablaeufe', 'bo-erstkontakt', 'bo-wartezeiten'] as const).map((id) => ({
      label: CRITERIA[id],
      labelDetails: { description: id },
      kind: 18,
      detail: 'Kriterium · Binnenorganisation',
      documentation: { kind: 'markdown', value: CRITERIA[id] },
      sortText: id,
      filterText: `${id} ${CRITERIA[id]}`,
      textEdit: { range: at, newText: id },
    })));
  });

  it('offers only the missing required sections for "## " at the start of a body line', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '').replace('Lange Schlangen am Morgen.', 'Lange Schlangen am Morgen.\n\n## ');
    await server.open(TS, text);
    const at = positionOf(text, '## \n', 3);
    expect(at).toEqual({ line: 29, character: 3 });
    expect(await completion(server, TS, at)).toEqual([
      {
        label: '## Stolpersteine',
        kind: 9,
        detail: 'Pflichtabschnitt',
        documentation: { kind: 'markdown', value: 'Was erfahrungsgemäß schiefgeht und wie man es vermeidet.' },
        sortText: '00',
        filterText: '## Stolpersteine',
        textEdit: { range: range(29, 0, 29, 3), newText: '## Stolpersteine\n\n$0' },
        insertTextFormat: 2,
      },
    ]);
    // The numbered-list section comes with its first item.
    const without = TS_TEXT.replace('## Umsetzungsschritte\n\n1. Anliegen erfassen.\n2. Zeitfenster festlegen.\n\n', '## \n\n');
    await replaceText(server, TS, without);
    const items = await completion(server, TS, positionOf(without, '## \n', 3));
    expect(items.map((i) => i.textEdit!.newText)).toEqual(['## Umsetzungsschritte\n\n1. $0']);
    // Nothing is missing: nothing to offer; and "## " in the middle of a line is no heading.
    const complete = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Lange Schlangen am Morgen.\n\n## ');
    await replaceText(server, TS, complete);
    expect(await completion(server, TS, positionOf(complete, '## \n', 3))).toEqual([]);
    const inline = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Lange Schlangen ## ');
    await replaceText(server, TS, inline);
    expect(await completion(server, TS, positionOf(inline, '## ', 3, 'Lange'))).toEqual([]);
  });

  it('offers link targets after "](" and anchors after "#"', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('Siehe [Weimar](../praxis/weimar-servicepoint.md)', 'Siehe [Weimar](serv');
    await server.open(TS, text);
    const typed = positionOf(text, '[Weimar](serv', 13);
    const targets = await completion(server, TS, typed);
    const replace = { start: { ...typed, character: typed.character - 4 }, end: typed };
    expect(targets.map((i) => [i.label, i.detail, i.sortText, i.textEdit]).sort()).toEqual([
      ['../eckpunkte/binnenorganisation.md', 'Binnenorganisation', '1../eckpunkte/binnenorganisation.md', { range: replace, newText: '../eckpunkte/binnenorganisation.md' }],
      ['../plaene/plan-beispiel.md', 'Maßnahmenplan Beispielstadt', '1../plaene/plan-beispiel.md', { range: replace, newText: '../plaene/plan-beispiel.md' }],
      ['../praxis/weimar-servicepoint.md', 'Weimar: Termine am Servicepoint', '1../praxis/weimar-servicepoint.md', { range: replace, newText: '../praxis/weimar-servicepoint.md' }],
      ['servicepoint.md', 'Servicepoint', '0servicepoint.md', { range: replace, newText: 'servicepoint.md' }],
    ]);
    expect(targets.find((i) => i.label === 'servicepoint.md')!.documentation).toEqual({ kind: 'markdown', value: SERVICEPOINT_SUMMARY });

    const afterHash = positionOf(text, 'servicepoint.md#ziel', 16);
    const anchors = await completion(server, TS, afterHash);
    const slugs = ['ziel', 'ausgangslage', 'umsetzungsschritte', 'erfolgsfaktoren', 'stolpersteine', 'beispiele-aus-der-praxis'];
    const headings = ['Ziel', 'Ausgangslage', 'Umsetzungsschritte', 'Erfolgsfaktoren', 'Stolpersteine', 'Beispiele aus der Praxis'];
    expect(anchors).toEqual(slugs.map((slug, i) => ({ label: `#${slug}`, kind: 18, detail: headings[i], filterText: slug, textEdit: { range: { start: afterHash, end: afterHash }, newText: slug } })));
    // Within the anchor already typed, the typed part is replaced.
    const inAnchor = positionOf(text, 'servicepoint.md#ziel', 18);
    expect((await completion(server, TS, inAnchor))[0]!.textEdit).toEqual({ range: { start: afterHash, end: inAnchor }, newText: 'ziel' });

    // "](#" offers the anchors of the document itself.
    const own = text.replace('und den [Servicepoint]', 'siehe [oben](#) und den [Servicepoint]');
    await replaceText(server, TS, own);
    const ownAnchors = await completion(server, TS, positionOf(own, '](#)', 3));
    expect(ownAnchors.map((i) => i.label)).toEqual(slugs.map((s) => `#${s}`));
  });
});

// ---- hover ------------------------------------------------------------------------------------------------

describe('hover', () => {
  const hover = (position: Position) => shared.connection.sendRequest(HoverRequest.type, { textDocument: { uri: shared.uri(TS) }, position });

  it('on a key: title, path, description and the allowed values', async () => {
    expect(await hover(positionOf(TS_TEXT, 'effort', 2))).toEqual({
      contents: {
        kind: 'markdown',
        value: `**Aufwand** (\`effort\`)\n\n${EFFORT_DESCRIPTION}\n\n- \`niedrig\`: ${EFFORT_VALUES[0]}\n- \`mittel\`: ${EFFORT_VALUES[1]}\n- \`hoch\`: ${EFFORT_VALUES[2]}`,
      },
      range: range(11, 0, 11, 6),
    });
  });

  it('on an enum value: the description of that value, over the value', async () => {
    expect(await hover(positionOf(TS_TEXT, 'mittel', 2))).toEqual({
      contents: { kind: 'markdown', value: `**Aufwand** (\`effort\`)\n\n${EFFORT_DESCRIPTION}\n\n\`mittel\`: ${EFFORT_VALUES[1]}` },
      range: range(11, 8, 11, 14),
    });
  });

  it('on a referenced id: title, kind and summary of the target', async () => {
    expect(await hover(positionOf(TS_TEXT, 'servicepoint', 3, 'related:'))).toEqual({
      contents: { kind: 'markdown', value: `**Servicepoint** · Instrument \`servicepoint\`\n\n${SERVICEPOINT_SUMMARY}` },
      range: range(16, 4, 16, 16),
    });
    expect(await hover(positionOf(TS_TEXT, 'bo-ablaeufe', 1))).toEqual({
      contents: { kind: 'markdown', value: `**Kriterium \`bo-ablaeufe\`** · Eckpunkt Binnenorganisation\n\n${CRITERIA['bo-ablaeufe']}` },
      range: range(8, 4, 8, 15),
    });
  });

  it('on a link: the target document, or the heading its anchor names', async () => {
    expect(await hover(positionOf(TS_TEXT, 'servicepoint.md#ziel', 3))).toEqual({
      contents: { kind: 'markdown', value: '**Ziel** · Abschnitt in „Servicepoint“' },
      range: range(44, 57, 44, 93),
    });
    expect(await hover(positionOf(TS_TEXT, 'weimar-servicepoint.md', 3))).toEqual({
      contents: { kind: 'markdown', value: '**Weimar: Termine am Servicepoint** · Praxisbeispiel' },
      range: range(44, 6, 44, 48),
    });
  });

  it('on plain body text: nothing', async () => {
    expect(await hover(positionOf(TS_TEXT, 'Lange Schlangen', 3))).toBeNull();
  });
});

// ---- definition and references -------------------------------------------------------------------------

describe('definition', () => {
  const definition = async (position: Position) =>
    locationsOf(shared, (await shared.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: shared.uri(TS) }, position })) as Location[]);

  it('of an id leads to the id of the target document', async () => {
    expect(await definition(positionOf(TS_TEXT, 'servicepoint', 5, 'requires:'))).toEqual([{ path: SP, range: range(2, 4, 2, 16) }]);
    expect(await definition(positionOf(TS_TEXT, 'binnenorganisation', 0))).toEqual([{ path: ECK, range: range(2, 4, 2, 22) }]);
  });

  it('of a criterion leads to its definition in the Eckpunkt', async () => {
    expect(await definition(positionOf(TS_TEXT, 'bo-wartezeiten', 14))).toEqual([{ path: ECK, range: range(7, 8, 7, 22) }]);
  });

  it('of a link with an anchor lands on the heading; without one, on the start of the document', async () => {
    expect(await definition(positionOf(TS_TEXT, 'servicepoint.md#ziel', 17))).toEqual([{ path: SP, range: range(18, 0, 18, 7) }]);
    expect(await definition(positionOf(TS_TEXT, 'weimar-servicepoint.md', 0))).toEqual([{ path: CASE, range: range(0, 0, 0, 0) }]);
  });

  it('of plain text: none', async () => {
    expect(await definition(positionOf(TS_TEXT, 'Verlässliche', 2))).toEqual([]);
  });
});

describe('references', () => {
  const SERVICEPOINT_REFERENCES = [
    { path: ECK, range: range(28, 21, 28, 51) },
    { path: SP, range: range(2, 4, 2, 16) },
    { path: TS, range: range(14, 4, 14, 16) },
    { path: TS, range: range(16, 4, 16, 16) },
    { path: TS, range: range(44, 72, 44, 92) },
    { path: PLAN, range: range(13, 16, 13, 28) },
    { path: CASE, range: range(10, 4, 10, 16) },
    { path: CASE, range: range(24, 19, 24, 49) },
  ].sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line);

  const references = async (path: string, position: Position, includeDeclaration: boolean) =>
    locationsOf(shared, await shared.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: shared.uri(path) }, position, context: { includeDeclaration } }) as Location[]);

  it('of an instrument id: frontmatter references in other documents and body links, with the declaration', async () => {
    expect(await references(TS, positionOf(TS_TEXT, 'servicepoint', 6, 'requires:'), true)).toEqual(SERVICEPOINT_REFERENCES);
  });

  it('without the declaration', async () => {
    const expected = SERVICEPOINT_REFERENCES.filter((r) => !(r.path === SP && r.range.start.line === 2));
    expect(await references(TS, positionOf(TS_TEXT, 'servicepoint', 6, 'requires:'), false)).toEqual(expected);
  });

  it('from the declaration itself (the id in its own document)', async () => {
    await shared.open(SP);
    expect(await references(SP, positionOf(fixtureText(SP), 'servicepoint', 1), true)).toEqual(SERVICEPOINT_REFERENCES);
  });

  it('of a criterion: the definition, the instruments addressing it and the plan assessing it', async () => {
    expect(await references(TS, positionOf(TS_TEXT, 'bo-wartezeiten', 1), true)).toEqual([
      { path: ECK, range: range(7, 8, 7, 22) },
      { path: TS, range: range(7, 4, 7, 18) },
      { path: PLAN, range: range(9, 2, 9, 16) },
    ].sort((a, b) => a.path.localeCompare(b.path)));
  });
});

// ---- rename ---------------------------------------------------------------------------------------------

describe('rename', () => {
  /** Plays a workspace edit as an editor does: open documents get didChange, others are written; files move. */
  async function apply(server: TestServer, edit: WorkspaceEdit, open: Map<string, string>): Promise<void> {
    const changes: { uri: string; type: FileChangeType }[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        expect(change.kind).toBe('rename');
        if (change.kind !== 'rename') continue;
        renameSync(URI.parse(change.oldUri).fsPath, URI.parse(change.newUri).fsPath);
        changes.push({ uri: change.oldUri, type: FileChangeType.Deleted }, { uri: change.newUri, type: FileChangeType.Created });
        continue;
      }
      const { textDocument, edits } = change as TextDocumentEdit;
      const path = URI.parse(textDocument.uri).fsPath.slice(server.root.length + 1);
      const current = open.get(path);
      if (current !== undefined) {
        const next = applyEdits(current, edits as TextEdit[]);
        open.set(path, next);
        await replaceText(server, path, next);
      } else {
        writeFileSync(join(server.root, path), applyEdits(server.text(path), edits as TextEdit[]));
        changes.push({ uri: textDocument.uri, type: FileChangeType.Changed });
      }
    }
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  it('prepareRename answers the id under the cursor, and nothing elsewhere', async () => {
    const prepare = (position: Position) => shared.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: shared.uri(TS) }, position });
    expect(await prepare(positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'))).toEqual({ range: range(14, 4, 14, 16), placeholder: 'servicepoint' });
    expect(await prepare(positionOf(TS_TEXT, 'terminsystem', 0))).toEqual({ range: range(2, 4, 2, 16), placeholder: 'terminsystem' });
    expect(await prepare(positionOf(TS_TEXT, 'bo-ablaeufe', 11))).toEqual({ range: range(8, 4, 8, 15), placeholder: 'bo-ablaeufe' });
    expect(await prepare(positionOf(TS_TEXT, 'effort', 1))).toBeNull();
    expect(await prepare(positionOf(TS_TEXT, 'Lange', 1))).toBeNull();
  });

  it('of an instrument id: every reference, the body links, and the file itself (one consistent workspace edit)', async () => {
    const server = await fresh();
    await server.open(TS);
    const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: server.uri(TS) }, position: positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'), newName: 'anlaufstelle' });
    const changes = edit!.documentChanges!;
    const ANLAUFSTELLE = 'toolbox/instrumente/anlaufstelle.md';
    // Exactly one resource operation: the file named after the id follows it.
    const renames = changes.filter((c) => 'kind' in c);
    expect(renames).toEqual([{ kind: 'rename', oldUri: server.uri(SP), newUri: server.uri(ANLAUFSTELLE) }]);
    // The operations apply in order (LSP): a text edit addresses the file by the name it has at that point,
    // the old name before the rename, the new one after it. Either order is consistent; nothing else is.
    const renameAt = changes.indexOf(renames[0]!);
    const byPath: Record<string, { version: number | null; edits: TextEdit[] }> = {};
    changes.forEach((change, i) => {
      if ('kind' in change) return;
      const { textDocument, edits } = change as TextDocumentEdit;
      if (i < renameAt) expect(textDocument.uri).not.toBe(server.uri(ANLAUFSTELLE));
      if (i > renameAt) expect(textDocument.uri).not.toBe(server.uri(SP));
      const path = textDocument.uri === server.uri(SP) ? ANLAUFSTELLE : URI.parse(textDocument.uri).fsPath.slice(server.root.length + 1);
      expect(byPath[path]).toBeUndefined();
      byPath[path] = { version: textDocument.version, edits: [...edits].sort((a, b) => a.range.start.line - b.range.start.line) as TextEdit[] };
    });
    expect(byPath).toEqual({
      [ANLAUFSTELLE]: { version: null, edits: [{ range: range(2, 4, 2, 16), newText: 'anlaufstelle' }] },
      [TS]: {
        version: 1,
        edits: [
          { range: range(14, 4, 14, 16), newText: 'anlaufstelle' },
          { range: range(16, 4, 16, 16), newText: 'anlaufstelle' },
          { range: range(44, 72, 44, 87), newText: 'anlaufstelle.md' },
        ],
      },
      [PLAN]: { version: null, edits: [{ range: range(13, 16, 13, 28), newText: 'anlaufstelle' }] },
      [CASE]: {
        version: null,
        edits: [
          { range: range(10, 4, 10, 16), newText: 'anlaufstelle' },
          { range: range(24, 34, 24, 49), newText: 'anlaufstelle.md' },
        ],
      },
      [ECK]: { version: null, edits: [{ range: range(28, 36, 28, 51), newText: 'anlaufstelle.md' }] },
    });

    // Applied as an editor would, the workspace is consistent again: no finding anywhere.
    const open = new Map([[TS, TS_TEXT]]);
    await apply(server, edit!, open);
    expect(open.get(TS)).toContain('requires:\n  - anlaufstelle\nrelated:\n  - anlaufstelle\n');
    expect(open.get(TS)).toContain('[Servicepoint](anlaufstelle.md#ziel)');
    expect(server.text('toolbox/instrumente/anlaufstelle.md')).toContain('id: anlaufstelle\n');
    expect(server.text(ECK)).toContain('- Ein [Servicepoint](../instrumente/anlaufstelle.md).');
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const paths = [ECK, 'toolbox/instrumente/anlaufstelle.md', TS, PLAN, CASE];
    expect(report.items.map((i) => i.uri).sort()).toEqual(paths.map((p) => server.uri(p)).sort());
    for (const item of report.items) expect([item.uri, (item as { items: Diagnostic[] }).items]).toEqual([item.uri, []]);
  });

  it('of a criterion id: the definition and every reference, no file rename', async () => {
    const server = await fresh();
    await server.open(TS);
    const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: server.uri(TS) }, position: positionOf(TS_TEXT, 'bo-ablaeufe', 2), newName: 'bo-prozesse' });
    expect(edit!.documentChanges!.map((c) => ('kind' in c ? c : [URI.parse((c as TextDocumentEdit).textDocument.uri).fsPath.slice(server.root.length + 1), (c as TextDocumentEdit).edits])).sort()).toEqual([
      [ECK, [{ range: range(13, 8, 13, 19), newText: 'bo-prozesse' }]],
      [TS, [{ range: range(8, 4, 8, 15), newText: 'bo-prozesse' }]],
      [PLAN, [{ range: range(11, 2, 11, 13), newText: 'bo-prozesse' }]],
    ]);
    const open = new Map([[TS, TS_TEXT]]);
    await apply(server, edit!, open);
    expect(server.text(ECK)).toContain('  - id: bo-prozesse\n');
    expect(server.text(PLAN)).toContain('  bo-prozesse: { status: unbekannt, relevance: 3 }');
    for (const path of ALL) expect(await pull(server, path)).toEqual([]);
  });

  it('to an invalid or a taken id, or where no id stands, answers an error', async () => {
    const rename = (position: Position, newName: string) =>
      requestError(shared.connection.sendRequest(RenameRequest.type, { textDocument: { uri: shared.uri(TS) }, position, newName }));
    const at = positionOf(TS_TEXT, 'servicepoint', 4, 'requires:');
    const invalid = await rename(at, 'Neue Stelle');
    expect(invalid.code).toBe(LSPErrorCodes.RequestFailed);
    expect(invalid.message).toBe('„Neue Stelle“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen.');
    const taken = await rename(at, 'terminsystem');
    expect(taken.code).toBe(LSPErrorCodes.RequestFailed);
    expect(taken.message).toBe('Die Kennung „terminsystem“ ist schon vergeben.');
    const criterionTaken = await rename(positionOf(TS_TEXT, 'bo-ablaeufe', 2), 'bo-wartezeiten');
    expect(criterionTaken.message).toBe('Die Kennung „bo-wartezeiten“ ist schon vergeben.');
    const nothing = await rename(positionOf(TS_TEXT, 'effort', 2), 'aufwand');
    expect(nothing.code).toBe(LSPErrorCodes.RequestFailed);
    expect(nothing.message).toBe('Hier steht keine Kennung, die sich umbenennen lässt.');
  });
});

// ---- symbols --------------------------------------------------------------------------------------------

describe('symbols', () => {
  it('document symbols: the Kopfbereich with its keys, then the headings nested by level', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('2. Zeitfenster festlegen.\n', '2. Zeitfenster festlegen.\n\n### Technik\n\nEin Buchungssystem.\n');
    await server.open(TS, text);
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: server.uri(TS) } })) as DocumentSymbol[];
    const [head, ...headings] = symbols;
    expect({ ...head!, children: undefined }).toEqual({ name: 'Kopfbereich', detail: 'Instrument', kind: SymbolKind.Namespace, range: range(0, 0, 20, 0), selectionRange: range(0, 0, 0, 3), children: undefined });
    expect(head!.children!.map((c) => [c.name, c.kind, c.range, c.selectionRange])).toEqual([
      ['kind', SymbolKind.Property, range(1, 0, 1, 16), range(1, 0, 1, 4)],
      ['id', SymbolKind.Property, range(2, 0, 2, 16), range(2, 0, 2, 2)],
      ['title', SymbolKind.Property, range(3, 0, 3, 19), range(3, 0, 3, 5)],
      ['eckpunkt', SymbolKind.Property, range(4, 0, 4, 28), range(4, 0, 4, 8)],
      ['summary', SymbolKind.Property, range(5, 0, 5, 102), range(5, 0, 5, 7)],
      ['addresses', SymbolKind.Property, range(6, 0, 9, 0), range(6, 0, 6, 9)],
      ['phase', SymbolKind.Property, range(9, 0, 11, 0), range(9, 0, 9, 5)],
      ['effort', SymbolKind.Property, range(11, 0, 11, 14), range(11, 0, 11, 6)],
      ['duration_weeks', SymbolKind.Property, range(12, 0, 12, 18), range(12, 0, 12, 14)],
      ['requires', SymbolKind.Property, range(13, 0, 15, 0), range(13, 0, 13, 8)],
      ['related', SymbolKind.Property, range(15, 0, 17, 0), range(15, 0, 15, 7)],
      ['sources', SymbolKind.Property, range(17, 0, 19, 0), range(17, 0, 17, 7)],
    ]);
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => [s.name, s.kind, s.range, s.selectionRange, outline(s.children ?? [])]);
    expect(outline(headings)).toEqual([
      ['Ziel', SymbolKind.Module, range(21, 0, 23, 28), range(21, 0, 21, 7), []],
      ['Ausgangslage', SymbolKind.Module, range(25, 0, 27, 26), range(25, 0, 25, 15), []],
      ['Umsetzungsschritte', SymbolKind.Module, range(29, 0, 36, 19), range(29, 0, 29, 21), [
        ['Technik', SymbolKind.String, range(34, 0, 36, 19), range(34, 0, 34, 11), []],
      ]],
      ['Erfolgsfaktoren', SymbolKind.Module, range(38, 0, 40, 21), range(38, 0, 38, 18), []],
      ['Stolpersteine', SymbolKind.Module, range(42, 0, 44, 36), range(42, 0, 42, 16), []],
      ['Beispiele aus der Praxis', SymbolKind.Module, range(46, 0, 48, 94), range(46, 0, 46, 27), []],
    ]);
  });

  it('workspace symbols by title and by id, case-insensitive, sorted by title', async () => {
    const symbols = async (query: string) =>
      ((await shared.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map((s) => [s.name, s.kind, s.containerName, locationsOf(shared, [s.location as Location])[0]]);
    expect(await symbols('termin')).toEqual([
      ['Terminsystem', SymbolKind.Class, 'Instrument · terminsystem', { path: TS, range: range(2, 4, 2, 16) }],
      ['Weimar: Termine am Servicepoint', SymbolKind.File, 'Praxisbeispiel · weimar-servicepoint', { path: CASE, range: range(2, 4, 2, 23) }],
    ]);
    expect(await symbols('plan-beisp')).toEqual([['Maßnahmenplan Beispielstadt', SymbolKind.File, 'Maßnahmenplan · plan-beispiel', { path: PLAN, range: range(2, 4, 2, 17) }]]);
    expect((await symbols('SERVICE')).map((s) => s[0])).toEqual(['Servicepoint', 'Weimar: Termine am Servicepoint']);
    expect((await symbols('')).map((s) => [s[0], s[1]])).toEqual([
      ['Binnenorganisation', SymbolKind.Package],
      ['Maßnahmenplan Beispielstadt', SymbolKind.File],
      ['Servicepoint', SymbolKind.Class],
      ['Terminsystem', SymbolKind.Class],
      ['Weimar: Termine am Servicepoint', SymbolKind.File],
    ]);
    expect(await symbols('gibt-es-nicht')).toEqual([]);
  });
});

// ---- code actions ---------------------------------------------------------------------------------------

describe('code actions', () => {
  /** Opens `text`, expects exactly one diagnostic with `code`, and returns the actions offered for it. */
  async function actionsFor(server: TestServer, path: string, text: string, code: string) {
    await server.open(path, text);
    const diagnostics = await pull(server, path);
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    return { diagnostic: diagnostics[0]!, actions: await codeActionsFor(server, path, diagnostics[0]!) };
  }

  async function applyAndCheck(server: TestServer, path: string, text: string, action: CodeAction): Promise<string> {
    const fixed = applyEdits(text, editsOf(action, server, path));
    await replaceText(server, path, fixed);
    return fixed;
  }

  it('did-you-mean for an enum value', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('effort: mittel', 'effort: mitel');
    const { actions, diagnostic } = await actionsFor(server, TS, text, 'WK402');
    expect(actions).toEqual([{ title: 'Ändern in „mittel“', kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [server.uri(TS)]: [{ range: range(11, 8, 11, 13), newText: 'mittel' }] } } }]);
    expect(await applyAndCheck(server, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('did-you-mean for a reference, an anchor and a link target', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    const ref = await actionsFor(server, TS, text, 'WK601');
    expect(ref.actions.map((a) => [a.title, editsOf(a, server, TS)])).toEqual([['Ändern in „servicepoint“', [{ range: range(14, 4, 14, 15), newText: 'servicepoint' }]]]);
    expect(await applyAndCheck(server, TS, text, ref.actions[0]!)).toBe(TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);

    const anchor = TS_TEXT.replace('servicepoint.md#ziel', 'servicepoint.md#zeil');
    await replaceText(server, TS, anchor);
    const [anchorDiagnostic] = await pull(server, TS);
    expect(anchorDiagnostic!.code).toBe('WK802');
    const anchorActions = await codeActionsFor(server, TS, anchorDiagnostic!);
    expect(anchorActions.map((a) => [a.title, editsOf(a, server, TS)])).toEqual([['Ändern in „#ziel“', [{ range: range(44, 87, 44, 92), newText: '#ziel' }]]]);
    expect(await applyAndCheck(server, TS, anchor, anchorActions[0]!)).toBe(TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);

    const target = TS_TEXT.replace('servicepoint.md#ziel', 'servicepont.md#ziel');
    await replaceText(server, TS, target);
    const [targetDiagnostic] = await pull(server, TS);
    expect(targetDiagnostic!.code).toBe('WK801');
    const targetActions = await codeActionsFor(server, TS, targetDiagnostic!);
    expect(targetActions.map((a) => [a.title, editsOf(a, server, TS)])).toEqual([['Link auf „servicepoint.md“ ändern', [{ range: range(44, 72, 44, 91), newText: 'servicepoint.md#ziel' }]]]);
    expect(await applyAndCheck(server, TS, target, targetActions[0]!)).toBe(TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('inserts missing required fields at the top level', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('effort: mittel\n', '').replace('duration_weeks: 16\n', '');
    const { actions } = await actionsFor(server, TS, text, 'WK404');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, server, TS)])).toEqual([
      ['Pflichtfelder ergänzen: effort, duration_weeks', true, [{ range: range(17, 0, 17, 0), newText: 'effort: niedrig\nduration_weeks: 1\n' }]],
    ]);
    const fixed = await applyAndCheck(server, TS, text, actions[0]!);
    expect(fixed).toContain('  - title: Dokumentation des Modellprojekts\neffort: niedrig\nduration_weeks: 1\n---\n');
    expect(await pull(server, TS)).toEqual([]);
  });

  it('inserts a missing required field into a nested mapping at its indentation', async () => {
    const server = await fresh();
    const original = fixtureText(PLAN);
    const text = original.replace('    due: 2027-05\n    status: geplant\n', '    due: 2027-05\n');
    const { actions } = await actionsFor(server, PLAN, text, 'WK404');
    expect(actions.map((a) => [a.title, editsOf(a, server, PLAN)])).toEqual([['Pflichtfeld „status“ ergänzen', [{ range: range(17, 0, 17, 0), newText: '    status: geplant\n' }]]]);
    expect(await applyAndCheck(server, PLAN, text, actions[0]!)).toBe(original);
    expect(await pull(server, PLAN)).toEqual([]);
  });

  it('inserts the skeleton of the required sections into an empty body', async () => {
    const server = await fresh();
    const text = TS_TEXT.slice(0, TS_TEXT.indexOf('---\n', 4) + 4);
    const { actions } = await actionsFor(server, TS, text, 'WK701');
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([['Gerüst der Pflichtabschnitte einfügen', true]]);
    const fixed = await applyAndCheck(server, TS, text, actions[0]!);
    expect(fixed.slice(text.length)).toBe('\n## Ziel\n\n…\n\n## Ausgangslage\n\n…\n\n## Umsetzungsschritte\n\n1. …\n\n## Erfolgsfaktoren\n\n…\n\n## Stolpersteine\n\n…\n\n## Beispiele aus der Praxis\n\n…\n');
    expect(await pull(server, TS)).toEqual([]);
  });

  it('inserts one missing section at its place, or renames a near-miss heading', async () => {
    const server = await fresh();
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '');
    const { actions } = await actionsFor(server, TS, text, 'WK701');
    expect(actions.map((a) => [a.title, editsOf(a, server, TS)])).toEqual([['Abschnitt „Stolpersteine“ einfügen', [{ range: range(38, 0, 38, 0), newText: '## Stolpersteine\n\n…\n\n' }]]]);
    expect(await applyAndCheck(server, TS, text, actions[0]!)).toBe(TS_TEXT.replace('Schlechte Erreichbarkeit am Telefon.', '…'));
    expect(await pull(server, TS)).toEqual([]);

    const nearMiss = TS_TEXT.replace('## Ziel', '## Zeil');
    await replaceText(server, TS, nearMiss);
    const [diagnostic] = await pull(server, TS);
    expect(diagnostic!.code).toBe('WK701');
    const nearActions = await codeActionsFor(server, TS, diagnostic!);
    expect(nearActions.map((a) => a.title)).toEqual(['Abschnitt „Ziel“ einfügen', 'Überschrift in „## Ziel“ ändern']);
    expect(editsOf(nearActions[1]!, server, TS)).toEqual([{ range: range(21, 0, 21, 7), newText: '## Ziel' }]);
    expect(await applyAndCheck(server, TS, nearMiss, nearActions[1]!)).toBe(TS_TEXT);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('makes related mutual by editing the other document', async () => {
    const server = await fresh();
    const spText = fixtureText(SP).replace('related:\n  - terminsystem\n', '');
    await server.open(SP, spText);
    const { actions } = await actionsFor(server, TS, TS_TEXT, 'WK604');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, server, SP)])).toEqual([
      ['„terminsystem“ auch bei „servicepoint“ als verwandt eintragen', true, [{ range: range(14, 0, 14, 0), newText: 'related:\n  - terminsystem\n' }]],
    ]);
    const fixed = applyEdits(spText, editsOf(actions[0]!, server, SP));
    await replaceText(server, SP, fixed);
    expect(await pull(server, TS)).toEqual([]);
    expect(await pull(server, SP)).toEqual([]);

    // An existing list grows by one entry at its indentation; a flow list gets the id inside the brackets.
    const withList = fixtureText(SP).replace('related:\n  - terminsystem\n', 'related:\n    - gibt-es-nicht\n');
    await replaceText(server, SP, withList);
    const [listDiagnostic] = await pull(server, TS);
    expect(listDiagnostic!.code).toBe('WK604');
    const listFix = await codeActionsFor(server, TS, listDiagnostic!);
    expect(editsOf(listFix[0]!, server, SP)).toEqual([{ range: range(14, 0, 14, 0), newText: '    - terminsystem\n' }]);
    const flow = fixtureText(SP).replace('related:\n  - terminsystem\n', 'related: []\n');
    await replaceText(server, SP, flow);
    const [flowDiagnostic] = await pull(server, TS);
    expect(flowDiagnostic!.code).toBe('WK604');
    const flowFix = await codeActionsFor(server, TS, flowDiagnostic!);
    const flowFixed = applyEdits(flow, editsOf(flowFix[0]!, server, SP));
    expect(flowFixed).toContain('related: [terminsystem]\n');
    await replaceText(server, SP, flowFixed);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('moves a private e-mail address from the body into a new contact entry', async () => {
    const server = await fresh();
    const original = fixtureText(CASE);
    const text = original.replace('Weniger Unterbrechungen.', 'Weniger Unterbrechungen. Kontakt: anna.muster@example.org');
    const { actions } = await actionsFor(server, CASE, text, 'WK901');
    expect(actions.map((a) => [a.title, editsOf(a, server, CASE)])).toEqual([[
      'E-Mail-Adresse in einen Kontakteintrag verschieben (Rolle, Institution und Rechtsgrundlage prüfen)',
      [
        { range: range(28, 34, 28, 57), newText: '' },
        { range: range(16, 0, 16, 0), newText: 'contacts:\n  - role: ""\n    institution: ""\n    email: anna.muster@example.org\n    legal_basis: einwilligung\n' },
      ],
    ]]);
    const fixed = await applyAndCheck(server, CASE, text, actions[0]!);
    expect(fixed).not.toContain('Kontakt: anna');
    const after = await pull(server, CASE);
    // The address is no longer a finding; what is left are the placeholders the title asks to fill in.
    expect(after.map((d) => [d.code, d.range])).toEqual([
      ['WK406', range(17, 4, 17, 8)],
      ['WK406', range(18, 4, 18, 15)],
    ]);
    const filled = fixed.replace('role: ""', 'role: Projektleitung').replace('institution: ""', 'institution: Stadt Weimar');
    await replaceText(server, CASE, filled);
    expect(await pull(server, CASE)).toEqual([]);
  });

  it('moves an e-mail address out of a frontmatter value without losing the rest of the value', async () => {
    const server = await fresh();
    const original = fixtureText(CASE);
    const text = original
      .replace('  - Ausländerbehörde Weimar\n', '  - "Ausländerbehörde Weimar, info@weimar.de"\n')
      .replace('sources:', 'contacts:\n  - role: Leitung\n    institution: Stadt Weimar\nsources:');
    const { actions } = await actionsFor(server, CASE, text, 'WK901');
    expect(editsOf(actions[0]!, server, CASE)).toEqual([
      { range: range(13, 28, 13, 44), newText: '' },
      { range: range(17, 0, 17, 0), newText: '  - role: ""\n    institution: ""\n    email: info@weimar.de\n    legal_basis: einwilligung\n' },
    ]);
    const fixed = await applyAndCheck(server, CASE, text, actions[0]!);
    expect(fixed).toContain('partners:\n  - "Ausländerbehörde Weimar"\ncontacts:\n  - role: Leitung\n    institution: Stadt Weimar\n  - role: ""\n');
    expect((await pull(server, CASE)).map((d) => d.code)).toEqual(['WK406', 'WK406']);
  });

  it('offers nothing for a range without a diagnostic', async () => {
    const result = await shared.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: shared.uri(TS) }, range: range(3, 0, 3, 5), context: { diagnostics: [] } });
    expect(result).toEqual([]);
  });
});

// ---- structure ------------------------------------------------------------------------------------------

describe('structure', () => {
  it('document links: body links (anchors to their heading line) and frontmatter references', async () => {
    const links = await shared.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: shared.uri(TS) } });
    expect(links).toEqual([
      { range: range(44, 15, 44, 47), target: shared.uri(CASE), tooltip: 'Weimar: Termine am Servicepoint' },
      { range: range(44, 72, 44, 92), target: `${shared.uri(SP)}#L19`, tooltip: 'Servicepoint' },
      { range: range(4, 10, 4, 28), target: `${shared.uri(ECK)}#L3`, tooltip: 'Binnenorganisation' },
      { range: range(7, 4, 7, 18), target: `${shared.uri(ECK)}#L8`, tooltip: 'Binnenorganisation' },
      { range: range(8, 4, 8, 15), target: `${shared.uri(ECK)}#L14`, tooltip: 'Binnenorganisation' },
      { range: range(14, 4, 14, 16), target: `${shared.uri(SP)}#L3`, tooltip: 'Servicepoint' },
      { range: range(16, 4, 16, 16), target: `${shared.uri(SP)}#L3`, tooltip: 'Servicepoint' },
    ]);
  });

  it('folding ranges: the frontmatter and each section', async () => {
    const ranges = await shared.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: shared.uri(TS) } });
    expect(ranges).toEqual([
      { startLine: 0, endLine: 19, kind: 'region' },
      { startLine: 21, endLine: 23 },
      { startLine: 25, endLine: 27 },
      { startLine: 29, endLine: 32 },
      { startLine: 34, endLine: 36 },
      { startLine: 38, endLine: 40 },
      { startLine: 42, endLine: 44 },
    ]);
  });

  it('code lens on an instrument counts the cases and plans using it', async () => {
    const second = fixtureText(CASE).replace('id: weimar-servicepoint', 'id: jena-servicepoint').replace('  - terminsystem\n', '');
    const fixture = fixtureWith({ 'toolbox/praxis/jena-servicepoint.md': second });
    const server = await fresh({ pull: true, source: fixture.dir });
    fixture.dispose();
    const lens = async (path: string) => server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: server.uri(path) } });
    await server.open(SP);
    expect(await lens(SP)).toEqual([{ range: range(0, 0, 0, 3), command: { title: 'in 2 Praxisbeispielen, 1 Plan verwendet', command: 'werkzeugkoffer.showReferences', arguments: [server.uri(SP), { line: 0, character: 0 }] } }]);
    await server.open(TS);
    expect((await lens(TS))!.map((l) => l.command!.title)).toEqual(['in 1 Praxisbeispiel, 1 Plan verwendet']);
    await server.open(CASE);
    expect(await lens(CASE)).toEqual([]);
    // Taking terminsystem out of the plan and the case updates the count.
    await server.open(PLAN, fixtureText(PLAN).replace('instrument: terminsystem', 'instrument: servicepoint'));
    await server.open(CASE, fixtureText(CASE).replace('  - terminsystem\n', ''));
    expect((await lens(TS))!.map((l) => l.command!.title)).toEqual(['in 0 Praxisbeispielen, 0 Plänen verwendet']);
  });

  it('inlay hints after referenced ids: the title, or the criterion text (shortened)', async () => {
    const hints = (path: string, from: number, to: number) =>
      shared.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: shared.uri(path) }, range: range(from, 0, to, 0) });
    const hint = (line: number, character: number, label: string) => ({ position: { line, character }, label: ` ${label}`, kind: 1, paddingLeft: true });
    // Labels longer than 40 characters are cut to 39 and an ellipsis.
    const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
    expect(short(CRITERIA['bo-ablaeufe'])).toBe('Die Sachbearbeitung arbeitet ohne ständ…');
    expect(await hints(TS, 0, 50)).toEqual([
      hint(4, 28, 'Binnenorganisation'),
      hint(7, 18, short(CRITERIA['bo-wartezeiten'])),
      hint(8, 15, short(CRITERIA['bo-ablaeufe'])),
      hint(14, 16, 'Servicepoint'),
      hint(16, 16, 'Servicepoint'),
    ]);
    // Only the requested lines.
    expect(await hints(TS, 13, 15)).toEqual([hint(14, 16, 'Servicepoint')]);
    await shared.open(PLAN);
    expect((await hints(PLAN, 0, 30))!.map((h) => [h.position, h.label])).toEqual([
      [{ line: 9, character: 16 }, ` ${short(CRITERIA['bo-wartezeiten'])}`],
      [{ line: 10, character: 16 }, ` ${short(CRITERIA['bo-erstkontakt'])}`],
      [{ line: 11, character: 13 }, ` ${short(CRITERIA['bo-ablaeufe'])}`],
      [{ line: 13, character: 28 }, ' Servicepoint'],
      [{ line: 18, character: 28 }, ' Terminsystem'],
    ]);
  });
});
