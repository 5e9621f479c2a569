/// <reference types="mocha" />
// Runs inside the real VS Code extension host, against the installed .vsix and a copy of the toolbox:
// the client and the server for real, every editor feature through VS Code's own command API, and the
// consultant's commands end to end.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'bamf-werkzeugkoffer.werkzeugkoffer';
const workspaceRoot = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (path: string) => vscode.Uri.joinPath(workspaceRoot(), 'toolbox', path);

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function positionOf(document: vscode.TextDocument, needle: string, shift = 0, after?: string): vscode.Position {
  const text = document.getText();
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `"${needle}" not found`);
  return document.positionAt(offset + shift);
}

interface Api {
  previewHtml(uri: vscode.Uri): string | undefined;
  reportHtml(uri: vscode.Uri): string | undefined;
  portfolioHtml(): string | undefined;
  planMeasures(uri: string): string[];
  problemCounts(): { errors: number; warnings: number };
  problemStatus(): { text: string; tooltip: string };
  tree(): { label: string; children: string[] }[];
  updateFormDefaults(uri: vscode.Uri, mode: 'update' | 'assessment'): Promise<{ mode: string; assessment?: Record<string, { status: unknown; relevance: unknown }>; assessed: string; keptOn?: string }>;
}

let api: Api;

describe('Werkzeugkoffer in a real VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    api = await extension.activate();
    assert.ok(api, 'activation returns the API (the toolbox was found)');
  });

  it('activates on the toolbox and shows the toolbox view and a clean status', async () => {
    const tree = await waitFor('the toolbox view', () => (api.tree().length ? api.tree() : undefined));
    assert.deepEqual(tree.map((t) => t.label), ['Cornerstones', 'Best-practice cases', 'Model sites and partner offices', 'Action plans', 'Questions and answers', 'Training and exchange']);
    assert.deepEqual(tree[0]!.children, ['Selbstverständnis', 'Binnenorganisation', 'Kompetenzen der Mitarbeitenden', 'Äußeres Erscheinungsbild und externe Kommunikation', 'Vernetzung']);
    assert.equal(tree[3]!.children.length, 2);
    // Every question and every offer of the toolbox, by its title in German order.
    const titles = (folder: string) => readdirSync(join(file(folder).fsPath)).filter((name) => name.endsWith('.md'))
      .map((name) => /^title: (.+)$/m.exec(readFileSync(join(file(folder).fsPath, name), 'utf8'))![1]!.replace(/^"(.*)"$/, '$1'))
      .sort((a, b) => a.localeCompare(b, 'de'));
    assert.deepEqual(tree[4]!.children, titles('fragen'));
    assert.ok(tree[4]!.children.length >= 10, String(tree[4]!.children.length));
    assert.deepEqual(tree[5]!.children, titles('angebote'));
    assert.ok(tree[5]!.children.includes('Lernevents des Modellprojekts'), tree[5]!.children.join(' | '));
    // One warning on purpose: the example plan's measure overdue at its reporting date (WK1010).
    assert.deepEqual(api.problemCounts(), { errors: 0, warnings: 1 });
    // VS Code's own problems entry shows the counts; the extension's entry names them in its tooltip only.
    assert.deepEqual(api.problemStatus(), { text: '$(warning) Werkzeugkoffer', tooltip: 'Werkzeugkoffer: 1 warning' });
  });

  it('shows the diagnostics of a broken document (client and server for real)', async () => {
    const document = await vscode.workspace.openTextDocument(file('instrumente/terminsystem.md'));
    await vscode.window.showTextDocument(document);
    const position = positionOf(document, 'effort: mittel', 'effort: '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(position, position.translate(0, 'mittel'.length)), 'mitel');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await waitFor('WK402', () => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'WK402');
      return found.length ? found : undefined;
    });
    assert.equal(diagnostics[0]!.range.start.line, position.line);
    assert.equal(diagnostics[0]!.range.start.character, position.character);
    assert.equal(diagnostics[0]!.range.end.character, position.character + 'mitel'.length);
    assert.match(diagnostics[0]!.message, /Meinten Sie „mittel“\?/);
    await waitFor('the status bar counts', () => (api.problemCounts().errors === 1 ? true : undefined));
    await vscode.commands.executeCommand('undo');
    await waitFor('the fix', () => (vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'WK402') ? undefined : true));
    // A slow machine may have saved the broken text in between (the editor saves on its own, and under load VS Code's
    // save participants time out, so that save can land after the undo); the file on disk is what the later tests
    // read, so it gets the repaired text back — saved, or written when the editor holds it as saved already.
    await waitFor('the repaired file on disk', async () => {
      if (readFileSync(document.uri.fsPath, 'utf8').includes('effort: mittel')) return true;
      if (document.isDirty) await document.save();
      else await vscode.workspace.fs.writeFile(document.uri, Buffer.from(document.getText(), 'utf8'));
      return undefined;
    }, 20_000);
    assert.ok(document.getText().includes('effort: mittel'), 'the editor holds the repaired text');
  });

  it('completes an instrument id in a case and shows its title', async () => {
    const document = await vscode.workspace.openTextDocument(file('praxis/weimar-campus.md'));
    const position = positionOf(document, 'mobiler-arbeitsplatz', 0, 'instruments:');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const item = list.items.find((i) => labelOf(i) === 'Terminsystem');
    assert.ok(item, 'the Terminsystem is offered by its title');
    assert.equal(typeof item.label === 'string' ? undefined : item.label.description, 'terminsystem');
    assert.equal(item.detail, 'Instrument');
    // VS Code hands the server's textEdit over as insertText and range.
    const inserted = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? item.textEdit?.newText);
    assert.equal(inserted, 'terminsystem', 'the id is inserted');
    assert.ok(!list.items.some((i) => labelOf(i).toLowerCase().includes('weimar')), 'only instruments are offered');
  });

  it('hovers a referenced id with its title and summary', async () => {
    const document = await vscode.workspace.openTextDocument(file('instrumente/terminsystem.md'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'servicepoint', 2, 'related:'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Servicepoint \(Front-Office\)\*\* · Instrument `servicepoint`/);
  });

  it('goes to the definition of a referenced id', async () => {
    const document = await vscode.workspace.openTextDocument(file('instrumente/leitbild.md'));
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'grundkonzept', 1, 'requires:'));
    assert.equal(locations.length, 1);
    const location = locations[0]!;
    const uri = 'uri' in location ? location.uri : location.targetUri;
    assert.equal(uri.path.endsWith('/toolbox/instrumente/grundkonzept.md'), true);
  });

  it('renames an id across files and renames the file', async () => {
    const document = await vscode.workspace.openTextDocument(file('instrumente/raumkonzept.md'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, 'raumkonzept', 1, 'id:'), 'raumgestaltung');
    const touched = edit.entries().map(([uri]) => uri.path.split('/toolbox/')[1]).sort();
    assert.ok(touched.includes('instrumente/raumgestaltung.md'), 'the id is edited in the renamed file');
    assert.ok(touched.includes('instrumente/leitsystem.md'), 'leitsystem relates to raumkonzept');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.workspace.saveAll();
    await waitFor('the renamed file', () => existsSync(file('instrumente/raumgestaltung.md').fsPath) || undefined);
    assert.equal(existsSync(file('instrumente/raumkonzept.md').fsPath), false);
    const leitsystem = await vscode.workspace.openTextDocument(file('instrumente/leitsystem.md'));
    assert.match(leitsystem.getText(), /- raumgestaltung/, 'the reference in another file is renamed');
    assert.match(leitsystem.getText(), /\]\(raumgestaltung\.md\)/, 'the link to the renamed file follows');
    await waitFor('the saved files', () => (/- raumgestaltung/.test(readFileSync(file('instrumente/leitsystem.md').fsPath, 'utf8')) ? true : undefined), 10_000);
    await waitFor('a clean toolbox after the rename', () => (api.problemCounts().errors === 0 ? true : undefined));
  });

  it('creates a plan from a scripted assessment, previews, exports, adds an instrument and updates it', async () => {
    const assessment: Record<string, { status: number | 'unbekannt'; relevance: number | 'unbekannt' }> = {};
    for (const line of readFileSync(file('eckpunkte/binnenorganisation.md').fsPath, 'utf8').matchAll(/- id: (bo-[a-z-]+)/g)) assessment[line[1]!] = { status: 2, relevance: 5 };
    assessment['km-einarbeitung'] = { status: 1, relevance: 4 };
    const target = file('plaene/plan-testbehoerde.md');
    const created = await vscode.commands.executeCommand<vscode.Uri>('werkzeugkoffer.plan.new', { agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2, limit: 4 }, target);
    assert.equal(created.toString(), target.toString());
    const text = readFileSync(target.fsPath, 'utf8');
    assert.match(text, /^kind: plan$/m);
    assert.match(text, /- instrument: servicepoint/);

    const html = await waitFor('the preview', () => api.previewHtml(target));
    assert.match(html, /<h2 id="aktionsplan-h">Aktionsplan<\/h2>/);
    assert.match(html, /data-instrument="servicepoint"/);
    // Charts and hyphenation come from the packaged dist/vendor/ files, which the server loads on the first render.
    assert.match(html, /<svg role="img"/);
    assert.match(html, /\u00ad/);

    const exported = await vscode.commands.executeCommand<{ html: string; pdf?: string }>('werkzeugkoffer.plan.export', target);
    assert.ok(existsSync(exported.html));
    assert.match(readFileSync(exported.html, 'utf8'), /<html lang="de">/);
    if (exported.pdf) assert.ok(existsSync(exported.pdf));

    assert.equal(await vscode.commands.executeCommand('werkzeugkoffer.plan.addInstrument', target, 'kollegiale-fallberatung'), true);
    const document = await vscode.workspace.openTextDocument(target);
    await document.save();
    assert.match(document.getText(), /- instrument: kollegiale-fallberatung\n(?: {4}.*\n)*? {4}origin: manuell/);

    // The consultant edits an owner, then the assessment changes: the edit survives the update.
    const owner = positionOf(document, 'Leitung der Ausländerbehörde', 0, '- instrument: servicepoint');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(owner, owner.translate(0, 'Leitung der Ausländerbehörde'.length)), 'Sachgebiet Service');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const next = { ...assessment, 'bo-wartezeiten': { status: 4, relevance: 5 } };
    const result = await vscode.commands.executeCommand<{ changes: string[]; applied: boolean }>('werkzeugkoffer.plan.update', target, next, true);
    assert.equal(result.applied, true);
    assert.ok(result.changes[0]!.startsWith('Bewertung geändert bei 1 Kriterium: „Wartezeiten sind kurz und planbar;'), result.changes[0]);
    const updated = readFileSync(target.fsPath, 'utf8');
    assert.match(updated, /- instrument: servicepoint\n {4}owner: Sachgebiet Service/);
    assert.match(updated, /bo-wartezeiten: \{ status: 4, relevance: 5 \}/);
    assert.match(updated, /- instrument: kollegiale-fallberatung/);
    await waitFor('the new plan in the view', () => (api.tree()[3]?.children.length === 3 ? true : undefined));
  });

  it('keeps the entries of a declined update for the plan’s next form, until an update of the plan is applied', async () => {
    const plan = file('plaene/plan-landkreis-beispielhausen.md');
    const document = await vscode.workspace.openTextDocument(plan);
    const original = document.getText();
    try {
      const planned = await api.updateFormDefaults(plan, 'update');
      const current = planned.assessment!['bo-wartezeiten'] as { status: number; relevance: number; note: string };
      assert.deepEqual([current.status, current.relevance, planned.assessed, planned.keptOn], [2, 4, '2026-09-15', undefined]);

      // A new Standortbestimmung, its update declined: the plan stays as it is, the entries are kept for it.
      const next = { ...planned.assessment, 'bo-wartezeiten': { ...current, status: 4 } };
      const declined = await vscode.commands.executeCommand<{ changes: string[]; applied: boolean }>('werkzeugkoffer.plan.newAssessment', plan, next, '2027-03-15', false);
      assert.equal(declined.applied, false);
      assert.ok(declined.changes[0]!.startsWith('Bewertung geändert bei 1 Kriterium'), declined.changes[0]);
      assert.equal(document.getText(), original);
      assert.equal(readFileSync(plan.fsPath, 'utf8'), original);
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const again = await api.updateFormDefaults(plan, 'assessment');
      assert.deepEqual([again.mode, again.assessment, again.assessed, again.keptOn], ['assessment', next, '2027-03-15', today]);
      // The correction of the current Standortbestimmung gets the scores, but keeps the plan's date.
      const correction = await api.updateFormDefaults(plan, 'update');
      assert.deepEqual([correction.assessment, correction.assessed, correction.keptOn], [next, '2026-09-15', today]);
      // Kept for this plan only.
      assert.equal((await api.updateFormDefaults(file('plaene/plan-stadt-musterstadt.md'), 'update')).keptOn, undefined);

      // Applied, the update leaves nothing kept: the form shows the plan's new scores and date.
      const applied = await vscode.commands.executeCommand<{ changes: string[]; applied: boolean }>('werkzeugkoffer.plan.newAssessment', plan, next, '2027-03-15', true);
      assert.equal(applied.applied, true);
      assert.match(readFileSync(plan.fsPath, 'utf8'), /^assessed: 2027-03-15$/m);
      const after = await api.updateFormDefaults(plan, 'update');
      assert.deepEqual([after.assessment?.['bo-wartezeiten'], after.assessed, after.keptOn], [next['bo-wartezeiten'], '2027-03-15', undefined]);
    } finally {
      // Back to the plan as it was, so the toolbox stays as the other tests expect it.
      const restore = new vscode.WorkspaceEdit();
      restore.replace(plan, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
      await document.save();
    }
  });

  it('builds the handbook from the editor, with the question form of the settings behind „Frage stellen“', async () => {
    // The workspace is a bare copy of the toolbox: the bundled CLI builds it (without search: no Pagefind there).
    const created = readFileSync(file('instrumente/terminsystem.md').fsPath, 'utf8');
    assert.ok(created.length > 0);
    const settings = vscode.workspace.getConfiguration('werkzeugkoffer');
    const build = () => vscode.commands.executeCommand<{ code: number; output: string; index?: string }>('werkzeugkoffer.handbook.build', false);
    try {
      // An address the CLI would refuse starts no build: the editor says so.
      await settings.update('handbook.questionUrl', 'javascript:alert(1)', vscode.ConfigurationTarget.Workspace);
      const refused = await build();
      assert.equal(refused.code, 2);
      assert.equal(refused.output, 'The setting werkzeugkoffer.handbook.questionUrl is not an http(s) address: “javascript:alert(1)”. The handbook was not built.');
      await settings.update('handbook.questionUrl', 'https://github.com/OWNER/REPO/issues/new?template=frage.yml&instrument={instrument}', vscode.ConfigurationTarget.Workspace);
      const result = await build();
      assert.equal(result.code, 0, result.output);
      assert.ok(result.index && existsSync(result.index), 'dist/handbook/index.html is written');
      assert.match(readFileSync(result.index!, 'utf8'), /<html lang="de"/);
      const page = readFileSync(join(result.index!, '..', 'instrumente', 'terminsystem.html'), 'utf8');
      assert.ok(page.includes('<a class="knopf" href="https://github.com/OWNER/REPO/issues/new?template=frage.yml&amp;instrument=Terminsystem">Frage stellen</a>'), 'the instrument page asks through the form');
    } finally {
      await settings.update('handbook.questionUrl', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('creates an instrument from its schema with every required field and section', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri>('werkzeugkoffer.new.instrument', 'neues-instrument', 'Neues Instrument');
    const text = readFileSync(created.fsPath, 'utf8');
    for (const field of ['kind: instrument', 'id: neues-instrument', 'eckpunkt:', 'summary:', 'addresses:', 'phase:', 'effort:', 'duration_weeks:', 'sources:']) assert.ok(text.includes(field), field);
    for (const heading of ['Ziel', 'Ausgangslage', 'Umsetzungsschritte', 'Erfolgsfaktoren', 'Stolpersteine', 'Beispiele aus der Praxis']) assert.ok(text.includes(`## ${heading}`), heading);
  });
  it('shows each measure’s Ampel, appends a status update, and shows and exports the Statusbericht', async () => {
    const plan = file('plaene/plan-stadt-musterstadt.md');
    const document = await vscode.workspace.openTextDocument(plan);
    await vscode.window.showTextDocument(document);
    const original = document.getText();
    // The code lens on each measure: Ampel word and symbol, status, last update — as of the plan's reporting date.
    const lenses = await waitFor('the measure lenses', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', plan, 100);
      const measures = all?.filter((l) => l.command?.command === 'werkzeugkoffer.plan.status');
      return measures?.length ? measures : undefined;
    });
    assert.equal(lenses.length, 10);
    const overdue = lenses.find((l) => l.command!.arguments![1] === 'handlungsleitlinien')!;
    assert.equal(overdue.command!.title, '■ überfällig · laufend · zuletzt 13. Juni 2028');
    assert.match(lenses.find((l) => l.command!.arguments![1] === 'servicepoint')!.command!.title, /^● .+ · abgeschlossen · zuletzt 26\. Mai 2027$/);

    // The explorer lists the plan's measures with the same words.
    await vscode.commands.executeCommand('werkzeugkoffer.refreshView');
    const listed = await waitFor('the measures in the view', () => (api.planMeasures(plan.toString()).length ? api.planMeasures(plan.toString()) : undefined));
    assert.equal(listed.length, 10);
    assert.ok(listed.includes('Handlungsleitlinien — ■ überfällig · laufend · zuletzt 13. Juni 2028'), listed.join('\n'));

    // The lens's command, as the click runs it (the answers scripted): one dated entry more, nothing else changed.
    const applied = await vscode.commands.executeCommand<boolean>(overdue.command!.command, ...overdue.command!.arguments!, { status: 'abgeschlossen', date: '2028-10-10', note: 'Leitlinien in Kraft gesetzt' });
    assert.equal(applied, true);
    const text = document.getText();
    const at = [...text].findIndex((c, i) => c !== original[i]);
    const added = text.length - original.length;
    assert.equal(text.slice(0, at) + text.slice(at + added), original);
    assert.match(text.slice(at, at + added), /- date: 2028-10-10\n\s+status: abgeschlossen\n\s+note: "Leitlinien in Kraft gesetzt"\n/);

    // The Statusbericht beside the plan, live: the measure just closed is green in it.
    await vscode.commands.executeCommand('werkzeugkoffer.plan.report', plan);
    const report = await waitFor('the status report', () => api.reportHtml(plan));
    assert.match(report, /Statusbericht/);
    assert.match(report, /data-instrument="handlungsleitlinien"/);
    assert.match(report, /<svg role="img"/);
    const exported = await vscode.commands.executeCommand<{ html: string; pdf?: string }>('werkzeugkoffer.plan.exportReport', plan);
    assert.ok(exported.html.endsWith('plan-stadt-musterstadt-statusbericht-2028-10-31.html'), exported.html);
    const page = readFileSync(exported.html, 'utf8');
    assert.match(page, /<html lang="de">/);
    assert.doesNotMatch(page, /<script/i);
    if (exported.pdf) assert.ok(existsSync(exported.pdf));

    // Back to the plan as it was, so the toolbox stays as the other tests expect it.
    const restore = new vscode.WorkspaceEdit();
    restore.replace(plan, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    await vscode.workspace.applyEdit(restore);
    await document.save();
  });
  it('shows the portfolio over the workspace’s plans beside the editor, anonymised by default', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('werkzeugkoffer.portfolio.show');
    assert.equal(panel.title, 'Portfolio der Maßnahmenpläne');
    const html = await waitFor('the portfolio', () => api.portfolioHtml());
    assert.match(html, /<h1>Portfolio der Maßnahmenpläne<\/h1>/);
    const plain = html.replace(/\u00ad/g, '');
    assert.doesNotMatch(plain, /Musterstadt|Beispielhausen|Leitung der Ausländerbehörde/);
    assert.match(plain, /&lt; 3/);
    assert.match(plain, /<svg[^>]*role="img"/);
    panel.dispose();
  });

  it('takes an incoming question in as a frage document with the instrument and the personal data marked', async () => {
    const form = '### Frage\n\nWie richten wir einen Servicepoint ein? Rückfragen an Frau Petra Schulze, 0345 1234567.\n\n### Instrument\n\nServicepoint\n\n### Art der Behörde\n\nLandkreis\n\n### Bundesland\n\nSachsen\n';
    const created = await vscode.commands.executeCommand<vscode.Uri>('werkzeugkoffer.question.new', form);
    assert.ok(created && created.path.includes('/toolbox/fragen/frage-'), String(created));
    const text = readFileSync(created.fsPath, 'utf8');
    assert.match(text, /^kind: frage$/m);
    assert.match(text, /- servicepoint$/m);
    assert.match(text, /Rückfragen an Frau \[entfernen: Name\], \[entfernen: Telefonnummer\]\./);
    assert.doesNotMatch(text, /0345|Schulze/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
    // The same text again is a second question, never written over the first.
    const again = await vscode.commands.executeCommand<vscode.Uri>('werkzeugkoffer.question.new', form);
    assert.notEqual(again.toString(), created.toString());
  });
});
