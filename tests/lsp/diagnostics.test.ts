// Diagnostics over the protocol: pull (document and workspace), push, re-checking of dependents,
// watched files, open documents over the disk, and incremental synchronisation.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { positionOf, startServer, type StartOptions, type TestServer } from './harness';
import { applyEdits, close, codesAndRanges, editText, fixtureText, fixtureWith, pull, range, replaceText } from './util';

const TS = 'toolbox/instrumente/terminsystem.md';
const SP = 'toolbox/instrumente/servicepoint.md';
const CASE = 'toolbox/praxis/weimar-servicepoint.md';
const PLAN = 'toolbox/plaene/plan-beispiel.md';
const ECK = 'toolbox/eckpunkte/binnenorganisation.md';
const ALL = [ECK, SP, TS, PLAN, CASE];

/** terminsystem with an enum typo, a dangling `requires` entry and a missing section. */
const BROKEN_TS = fixtureText(TS)
  .replace('effort: mittel', 'effort: mitel')
  .replace('  - servicepoint\nrelated', '  - servicepont\nrelated')
  .replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '');
const BROKEN_TS_FINDINGS = [
  { code: 'WK402', range: range(11, 8, 11, 13) },
  { code: 'WK601', range: range(14, 4, 14, 15) },
  { code: 'WK701', range: range(38, 0, 38, 27) },
];

let servers: TestServer[] = [];
const disposers: (() => void)[] = [];
async function start(options: StartOptions = {}): Promise<TestServer> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
  for (const dispose of disposers.splice(0)) dispose();
});

function workspaceReport(items: WorkspaceDocumentDiagnosticReport[], server: TestServer, path: string) {
  return items.find((item) => item.uri === server.uri(path));
}

describe('pull diagnostics', () => {
  it('answers textDocument/diagnostic for a broken open document with exact codes and ranges', async () => {
    const server = await start({ pull: true });
    await server.open(TS, BROKEN_TS);
    const items = await pull(server, TS);
    expect(codesAndRanges(items)).toEqual(BROKEN_TS_FINDINGS);
    const typo = items.find((d) => d.code === 'WK402')!;
    expect(typo).toMatchObject({ severity: 1, source: 'werkzeugkoffer', data: { suggestions: ['mittel'] } });
    expect(typo.message).toContain('mittel');
  });

  it('answers a clean document with an empty full report', async () => {
    const server = await start({ pull: true });
    await server.open(TS);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('answers workspace/diagnostic with a report for every toolbox file, open or not', async () => {
    const broken = fixtureText(CASE).replace('bundesland: Thüringen', 'bundesland: Thueringen');
    const fixture = fixtureWith({ [CASE]: broken, 'toolbox/praxis/notiz.md': 'Nur Text, kein Kopfbereich.\n' });
    disposers.push(fixture.dispose);
    const server = await start({ pull: true, source: fixture.dir });
    await server.open(TS, BROKEN_TS);
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const items = report.items as WorkspaceDocumentDiagnosticReport[];
    const notiz = 'toolbox/praxis/notiz.md';
    expect(items.map((i) => i.uri).sort()).toEqual([...ALL, notiz].map((p) => server.uri(p)).sort());
    for (const item of items) expect(item.kind).toBe('full');
    expect(workspaceReport(items, server, TS)!.version).toBe(1);
    expect(workspaceReport(items, server, CASE)!.version).toBeNull();
    const codes = (path: string) => codesAndRanges((workspaceReport(items, server, path) as { items: Diagnostic[] }).items);
    expect(codes(TS)).toEqual(BROKEN_TS_FINDINGS);
    expect(codes(CASE)).toEqual([{ code: 'WK402', range: range(6, 12, 6, 22) }]);
    expect(codes(notiz)).toEqual([{ code: 'WK101', range: range(0, 0, 0, 27) }]);
    // The plan is not open and is checked against the open text of terminsystem: its prerequisite now names no
    // instrument, which is terminsystem's own error (WK601), so the plan reports nothing.
    expect(codes(PLAN)).toEqual([]);
    for (const path of [ECK, SP]) expect(codes(path)).toEqual([]);
  });
});

describe('push diagnostics (client without the pull capability)', () => {
  it('publishes diagnostics for an edited document with exact ranges', async () => {
    const server = await start();
    await server.open(TS, BROKEN_TS);
    const first = await server.pushed(TS, (d) => d.length > 0);
    expect(codesAndRanges(first)).toEqual(BROKEN_TS_FINDINGS);
    // A range edit that repairs the enum value: the next push lacks that finding.
    await editText(server, TS, [{ range: range(11, 8, 11, 13), text: 'mittel' }]);
    const second = await server.pushed(TS, (d) => !d.some((x) => x.code === 'WK402'));
    expect(codesAndRanges(second)).toEqual(BROKEN_TS_FINDINGS.slice(1));
  });

  it('publishes the dependents of a document whose kind changes', async () => {
    const server = await start();
    await server.open(SP);
    await replaceText(server, SP, fixtureText(SP).replace('kind: instrument', 'kind: case'));
    // servicepoint is a case now: the references to it as an instrument point at the wrong kind.
    const dependent = await server.pushed(TS, (d) => d.length > 0);
    expect(codesAndRanges(dependent)).toEqual([
      { code: 'WK602', range: range(14, 4, 14, 16) },
      { code: 'WK602', range: range(16, 4, 16, 16) },
    ]);
    const plan = await server.pushed(PLAN, (d) => d.length > 0);
    expect(codesAndRanges(plan)).toEqual([{ code: 'WK602', range: range(13, 16, 13, 28) }]);
  });

  it('clears the diagnostics of a file deleted on disk and re-publishes its dependents', async () => {
    const broken = fixtureText(TS).replace('effort: mittel', 'effort: mitel');
    const fixture = fixtureWith({ [TS]: broken });
    disposers.push(fixture.dispose);
    const server = await start({ source: fixture.dir });
    expect(codesAndRanges(await server.pushed(TS, (d) => d.length > 0))).toEqual([{ code: 'WK402', range: range(11, 8, 11, 13) }]);
    rmSync(join(server.root, TS));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(TS), type: FileChangeType.Deleted }] });
    expect(await server.pushed(TS, (d) => d.length === 0)).toEqual([]);
    const referrer = await server.pushed(CASE, (d) => d.length > 0);
    expect(codesAndRanges(referrer)).toEqual([{ code: 'WK601', range: range(11, 4, 11, 16) }]);
  });
});

describe('dependents are re-checked', () => {
  it('renaming the id of servicepoint in its open document is one WK502 there; the references follow the file name', async () => {
    const server = await start({ pull: true });
    await server.open(SP);
    expect(await pull(server, TS)).toEqual([]);
    const renamed = fixtureText(SP).replace('id: servicepoint', 'id: anlaufstelle');
    await replaceText(server, SP, renamed);
    // One cause, one message: the id no longer matches the file name; terminsystem's references still mean that file.
    expect(codesAndRanges(await pull(server, SP))).toEqual([{ code: 'WK502', range: range(2, 4, 2, 16) }]);
    expect(await pull(server, TS)).toEqual([]);
    // Renaming it back heals every dependent.
    await replaceText(server, SP, fixtureText(SP));
    for (const path of ALL) expect(await pull(server, path)).toEqual([]);
  });

  it('a criterion removed from the Eckpunkt makes the references to it dangling', async () => {
    const server = await start({ pull: true });
    await server.open(ECK);
    await replaceText(server, ECK, fixtureText(ECK).replace('bo-ablaeufe', 'bo-arbeitsablaeufe'));
    expect(codesAndRanges(await pull(server, TS))).toEqual([{ code: 'WK601', range: range(8, 4, 8, 15) }]);
    const plan = await pull(server, PLAN);
    expect(plan.map((d) => d.code).sort()).toEqual(['WK1008', 'WK601']);
    expect(codesAndRanges(plan).find((d) => d.code === 'WK601')!.range).toEqual(range(11, 2, 11, 13));
  });
});

describe('watched files', () => {
  const LEITSYSTEM = 'toolbox/instrumente/leitsystem.md';
  const leitsystem = fixtureText(SP).replace('id: servicepoint', 'id: leitsystem').replace('title: Servicepoint', 'title: Leitsystem').replace('related:\n  - terminsystem\n', '');

  it('a file created on disk resolves references to it; deleting it makes them dangle again', async () => {
    const withReference = fixtureText(CASE).replace('  - terminsystem\n', '  - terminsystem\n  - leitsystem\n');
    const fixture = fixtureWith({ [CASE]: withReference });
    disposers.push(fixture.dispose);
    const server = await start({ pull: true, source: fixture.dir });
    const dangling = [{ code: 'WK601', range: range(12, 4, 12, 14) }];
    expect(codesAndRanges(await pull(server, CASE))).toEqual(dangling);

    writeFileSync(join(server.root, LEITSYSTEM), leitsystem);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(LEITSYSTEM), type: FileChangeType.Created }] });
    expect(await pull(server, CASE)).toEqual([]);
    expect(await pull(server, LEITSYSTEM)).toEqual([]);
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri)).toContain(server.uri(LEITSYSTEM));

    rmSync(join(server.root, LEITSYSTEM));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(LEITSYSTEM), type: FileChangeType.Deleted }] });
    expect(codesAndRanges(await pull(server, CASE))).toEqual(dangling);
    const after = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(after.items.map((i) => i.uri).sort()).toEqual(ALL.map((p) => server.uri(p)).sort());
  });

  it('a file changed on disk is re-read', async () => {
    const server = await start({ pull: true });
    writeFileSync(join(server.root, TS), fixtureText(TS).replace('effort: mittel', 'effort: mitel'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(TS), type: FileChangeType.Changed }] });
    expect(codesAndRanges(await pull(server, TS))).toEqual([{ code: 'WK402', range: range(11, 8, 11, 13) }]);
  });
});

describe('open documents take precedence over the disk', () => {
  it('a change on disk does not override the open text; closing makes the disk the truth again', async () => {
    const server = await start({ pull: true });
    await server.open(TS, BROKEN_TS);
    writeFileSync(join(server.root, TS), fixtureText(TS).replace('effort: mittel', 'effort: hoch'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(TS), type: FileChangeType.Changed }] });
    expect(codesAndRanges(await pull(server, TS))).toEqual(BROKEN_TS_FINDINGS);
    await close(server, TS);
    expect(await pull(server, TS)).toEqual([]);
  });

  it('a file deleted on disk while open stays as typed; once closed it is gone, not unreadable', async () => {
    const server = await start({ pull: true });
    await server.open(TS, BROKEN_TS);
    rmSync(join(server.root, TS));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(TS), type: FileChangeType.Deleted }] });
    expect(codesAndRanges(await pull(server, TS))).toEqual(BROKEN_TS_FINDINGS);
    expect(await pull(server, CASE)).toEqual([]);

    await close(server, TS);
    expect(await pull(server, TS)).toEqual([]);
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri).sort()).toEqual([ECK, SP, PLAN, CASE].map((p) => server.uri(p)).sort());
    // Its referrers now point into the void.
    expect(codesAndRanges(await pull(server, CASE))).toEqual([{ code: 'WK601', range: range(11, 4, 11, 16) }]);
  });

  it('a document opened but never saved disappears when closed', async () => {
    const server = await start({ pull: true });
    const draft = 'toolbox/instrumente/entwurf.md';
    await server.open(draft, '---\nkind: instrument\nid: entwurf\n---\n');
    expect((await pull(server, draft)).map((d) => d.code)).toContain('WK404');
    await close(server, draft);
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri)).not.toContain(server.uri(draft));
  });
});

describe('documents outside the toolbox folder', () => {
  const OUTSIDE = 'entwuerfe/plan-extern.md';
  const plan = fixtureText(PLAN).replace('id: plan-beispiel', 'id: plan-extern').replace('instrument: terminsystem', 'instrument: terminsystm');

  it('are checked while open when they declare a kind, and forgotten when closed', async () => {
    const server = await start({ pull: true });
    await server.open(OUTSIDE, plan);
    expect(codesAndRanges(await pull(server, OUTSIDE))).toEqual([{ code: 'WK601', range: range(18, 16, 18, 27) }]);
    const workspace = async () => (await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] })).items.map((i) => i.uri);
    expect(await workspace()).toContain(server.uri(OUTSIDE));
    await close(server, OUTSIDE);
    expect(await workspace()).not.toContain(server.uri(OUTSIDE));
    expect(await pull(server, OUTSIDE)).toEqual([]);
  });

  it('are forgotten as soon as they no longer declare a kind', async () => {
    const server = await start({ pull: true });
    await server.open(OUTSIDE, plan);
    expect((await pull(server, OUTSIDE)).length).toBe(1);
    await replaceText(server, OUTSIDE, '# Nur noch Notizen\n');
    expect(await pull(server, OUTSIDE)).toEqual([]);
    const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((i) => i.uri)).not.toContain(server.uri(OUTSIDE));
  });

  it('Markdown outside the toolbox without a kind is never checked', async () => {
    const server = await start({ pull: true });
    await server.open('README.md', '# Werkzeugkoffer\n\nKontakt: jemand@example.org\n');
    expect(await pull(server, 'README.md')).toEqual([]);
  });
});

describe('incremental synchronisation', () => {
  it('range edits give the same result as a full replacement', async () => {
    const server = await start({ pull: true });
    const original = fixtureText(TS);
    await server.open(TS, original);
    let expected = original;
    const steps: { range: ReturnType<typeof range>; text: string }[][] = [];
    const step = (changes: { range: ReturnType<typeof range>; text: string }[]) => {
      for (const change of changes) expected = applyEdits(expected, [{ range: change.range, newText: change.text }]);
      steps.push(changes);
    };
    // One notification with two changes, the second relative to the first.
    step([
      { range: range(11, 8, 11, 14), text: 'mitel' },
      { range: range(14, 4, 14, 4), text: '😀' },
    ]);
    // A change after the surrogate pair on the same line (UTF-16 columns), then removing the pair again.
    step([{ range: range(14, 15, 14, 18), text: 'nt' }]);
    step([{ range: range(14, 4, 14, 6), text: '' }]);
    // A multi-line deletion: the whole Stolpersteine section.
    const from = positionOf(expected, '## Stolpersteine');
    const to = positionOf(expected, '## Beispiele');
    step([{ range: { start: from, end: to }, text: '' }]);
    // A multi-line insertion with umlauts, and a no-op replacement.
    const ziel = positionOf(expected, 'Kurze, planbare');
    step([{ range: { start: ziel, end: ziel }, text: 'Größere Ämter:\nÄußerst ' }]);
    step([{ range: range(0, 0, 0, 3), text: '---' }]);
    for (const changes of steps) await editText(server, TS, changes);
    expect(expected).toContain('  - servicepont\nrelated');

    const uri = { uri: server.uri(TS) };
    const incremental = {
      diagnostics: await pull(server, TS),
      symbols: await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: uri }),
      folding: await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: uri }),
    };
    expect(codesAndRanges(incremental.diagnostics)).toEqual(BROKEN_TS_FINDINGS.map((f) => (f.code === 'WK701' ? { ...f, range: range(39, 0, 39, 27) } : f)));

    await replaceText(server, TS, expected);
    const full = {
      diagnostics: await pull(server, TS),
      symbols: await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: uri }),
      folding: await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: uri }),
    };
    expect(incremental).toEqual(full);
  });
});

describe('monitoring of a plan judged today (the server’s clock)', () => {
  // Dates long past, so the measure is overdue whatever day the test runs on.
  const overdue = fixtureText(PLAN)
    .replace('assessed: 2026-05-04', 'assessed: 2024-11-04')
    .replace('reporting:\n  as_of: 2026-12\n', '')
    .replace('    start: 2027-01\n    due: 2027-05\n    status: geplant\n', '    start: 2025-01\n    due: 2025-05\n    status: geplant\n    updates:\n      - date: 2025-01-13\n        status: laufend\n')
    .replace('    start: 2027-06\n    due: 2027-09\n', '    start: 2025-06\n    due: 2025-09\n');
  const today = () => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  };

  it('warns of overdue measures on `due` and offers „Status heute aktualisieren“ with an entry dated today', async () => {
    const server = await start({ pull: true });
    await server.open(PLAN, overdue);
    const items = await pull(server, PLAN);
    expect(codesAndRanges(items)).toEqual([
      { code: 'WK1010', range: range(16, 9, 16, 16) },
      { code: 'WK1010', range: range(24, 9, 24, 16) },
    ]);
    expect(items[0]!.message).toMatch(/^„Servicepoint“ ist seit Juni 2025 überfällig \(geplantes Ende Mai 2025\): Stand heute, am \d+\. \S+ \d{4}, ist „laufend“\./);
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: server.uri(PLAN) }, range: items[0]!.range, context: { diagnostics: [items[0]] } })) as { title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
    expect(actions.map((a) => a.title)).toEqual(['Status heute aktualisieren']);
    const fixed = applyEdits(overdue, actions[0]!.edit.changes[server.uri(PLAN)]! as never);
    expect(fixed).toBe(overdue.replace('        status: laufend\n', `        status: laufend\n      - date: ${today()}\n        status: laufend\n`));
  });
});
