// A workspace large enough to be indexed in worker threads is held without the documents' texts (they are most of
// the index's memory); the server reads a text again when a feature needs it, and a file it finds changed that way
// is followed even when the client never reported the change.
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

it('reads instruments again for a plan’s appendix, and follows one changed on disk without a notice once it is read', async () => {
  const files = syntheticToolbox(PARALLEL_THRESHOLD + 100);
  const plan = files.find((f) => f.path.startsWith('plaene/'))!;
  const [first, second] = [...new Set([...plan.text.matchAll(/instrument: (instrument-\d+)/g)].map((m) => m[1]!))];
  const instrument = (id: string) => files.find((f) => f.path === `instrumente/${id}.md`)!;
  instrument(first!).text = instrument(first!).text.replace('## Ziel\n\n', '## Ziel\n\nDieses Ziel steht nur in einem Instrument.\n\n');
  for (const file of files) {
    mkdirSync(dirname(join(dir, 'toolbox', file.path)), { recursive: true });
    writeFileSync(join(dir, 'toolbox', file.path), file.text);
  }
  server = await startServer({ pull: true, source: dir });
  const report = await server.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
  expect(report.items.length).toBeGreaterThan(PARALLEL_THRESHOLD);

  // After the index, the second instrument changes on disk, length for length, and the client says nothing of it.
  const secondPath = `toolbox/instrumente/${second}.md`;
  const before = server.text(secondPath);
  const after = before.replace(/^effort: (\w+)$/m, (_line, value: string) => `effort: ${'x'.repeat(value.length)}`).replace('der Leitung', 'der Führung');
  expect(after.length).toBe(before.length);
  writeFileSync(join(server.root, secondPath), after);
  const diagnosticsOf = async () =>
    ((await server!.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: server!.uri(secondPath) } })) as FullDocumentDiagnosticReport).items;
  const effortFinding = 'ist kein erlaubter Wert für „Aufwand“';
  expect((await diagnosticsOf()).map((d) => d.message).join('\n')).not.toContain(effortFinding);

  const commands = serverCommands(() => server!);
  const view = await commands.run<PlanViewResult>('renderPlan', server.uri(`toolbox/${plan.path}`));
  expect(view.html).toContain('Dieses Ziel steht nur in einem Instrument.');
  expect(view.html).toContain('mit der Führung');
  // The text read for the appendix was not the one indexed: the index follows the file, without any notice.
  await expect.poll(async () => (await diagnosticsOf()).map((d) => d.message).join('\n'), { timeout: 10_000 }).toContain(effortFinding);
  expect(readFileSync(join(server.root, secondPath), 'utf8')).toBe(after);
}, 120_000);
