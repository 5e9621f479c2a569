// A workspace large enough to be indexed in worker threads is held without the documents' texts (they are most of
// the index's memory); the server reads a text again when a feature needs it, and a file it finds changed that way
// is followed even when the client never reported the change (or the deletion); no answer mixes the two versions.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, WorkspaceDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { syntheticToolbox } from '../../scripts/bench/synthetic';
import type { PlanViewResult } from '../../server/src/lsp/protocol';
import { PARALLEL_THRESHOLD } from '../../server/src/node/parallel/pool';
import { startServer, type TestServer } from './harness';
import { serverCommands } from './util';

let server: TestServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'wk-released-'));
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('reads instruments again for a plan’s appendix, and follows one changed and one deleted on disk without a notice', async () => {
  const files = syntheticToolbox(PARALLEL_THRESHOLD + 100);
  const plan = files.find((f) => f.path.startsWith('plaene/'))!;
  const [first, second, third] = [...new Set([...plan.text.matchAll(/instrument: (instrument-\d+)/g)].map((m) => m[1]!))];
  const instrument = (id: string) => files.find((f) => f.path === `instrumente/${id}.md`)!;
  instrument(first!).text = instrument(first!).text.replace('## Ziel\n\n', '## Ziel\n\nDieses Ziel steht nur in einem Instrument.\n\n');
  for (const file of files) {
    mkdirSync(dirname(join(dir, 'toolbox', file.path)), { recursive: true });
    writeFileSync(join(dir, 'toolbox', file.path), file.text);
  }
  server = await startServer({ pull: true, source: dir });
  const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  expect(report.items.length).toBeGreaterThan(PARALLEL_THRESHOLD);

  // After the index, the second instrument changes on disk (a line more at the top of its body, its effort made
  // invalid) and the third is deleted; the client says nothing of either.
  const secondPath = `toolbox/instrumente/${second}.md`;
  const thirdPath = `toolbox/instrumente/${third}.md`;
  const before = server.text(secondPath);
  const after = before.replace(/^effort: \w+$/m, 'effort: unbekannt').replace('\n---\n', '\n---\n\nEine Zeile ganz oben im Text.\n').replace('der Leitung', 'der Führung');
  writeFileSync(join(server.root, secondPath), after);
  rmSync(join(server.root, thirdPath));
  const effortFinding = 'ist kein erlaubter Wert für „Aufwand“';
  const messagesOf = async (path: string) =>
    ((await server!.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: server!.uri(path) } })) as FullDocumentDiagnosticReport).items.map((d) => d.message).join('\n');
  expect(await messagesOf(secondPath)).not.toContain(effortFinding);

  // The plan's appendix reads both again: the changed one as it is now, never its new text at the old offsets.
  const commands = serverCommands(() => server!);
  const view = await commands.run<PlanViewResult>('renderPlan', server.uri(`toolbox/${plan.path}`));
  expect(view.html).toContain('Dieses Ziel steht nur in einem Instrument.');
  expect(view.html).toContain('mit der Führung');
  expect(view.html).toMatch(/<h4>Ziel<\/h4><p>Die Ausländerbehörde stimmt/);
  expect(view.html).not.toContain('Eine Zeile ganz oben');
  // The index followed both files without any notice: the change is checked, the deleted file forgotten.
  expect(await messagesOf(secondPath)).toContain(effortFinding);
  const workspace = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  expect(workspace.items.map((item) => item.uri)).not.toContain(server.uri(thirdPath));
  expect(readFileSync(join(server.root, secondPath), 'utf8')).toBe(after);
}, 120_000);
