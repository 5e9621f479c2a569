// Work per keystroke and per document in the real server process (issue 18, class 1): a burst of 10,000 edits
// is checked once, not 10,000 times, so the hover after it is answered at once; and every pathological input of
// pathological.ts at its largest size is answered with its located finding. The timeouts guard against a hang
// only (before, the burst kept the server busy for minutes, and so did several of the inputs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { instrument } from '../../server/src/engine/testing/fixtures';
import { PATHOLOGICAL_SIZES, pathologicalInputs } from '../../server/src/engine/testing/pathological';
import { startServer, type TestServer } from './harness';
import { editText, pull } from './util';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ pull: true });
});
afterAll(async () => {
  await server?.stop();
});

describe('the language server under load', () => {
  it('answers the hover after a burst of 10,000 edits to a 300 KB document, with the last text checked', { timeout: 120_000 }, async () => {
    const path = 'toolbox/instrumente/lang.md';
    const paragraph = 'Ein langer Absatz über die Arbeit der Ausländerbehörde, der den Text füllt.\n\n';
    const text = instrument({ id: 'lang', body: `${instrument().split('\n---\n')[1]}\n${paragraph.repeat(4000)}` });
    await server.open(path, text);
    const lines = text.split('\n');
    const last = lines.length - 3;
    const sends: Promise<void>[] = [];
    // 10,000 keystrokes at the end of one line, none awaited before the next: as fast as the client can send.
    for (let i = 0; i < 10_000; i++) {
      sends.push(editText(server, path, [{ range: { start: { line: last, character: lines[last]!.length + i }, end: { line: last, character: lines[last]!.length + i } }, text: 'x' }]));
    }
    await Promise.all(sends);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(path) }, position: { line: 2, character: 3 } });
    expect(hover).not.toBeUndefined();
    // The diagnostics are those of the text after the last edit: an address typed at the end is found there.
    await editText(server, path, [{ range: { start: { line: last, character: lines[last]!.length + 10_000 }, end: { line: last, character: lines[last]!.length + 10_000 } }, text: ' anna.muster@web.de' }]);
    const diagnostics = await pull(server, path);
    expect(diagnostics.filter((d) => d.code === 'WK901').map((d) => [d.range.start.line, d.range.start.character])).toEqual([[last, lines[last]!.length + 10_001]]);
  });

  it('sends at most 100 findings of a code per document and one that stands for the rest, where the first of them is', { timeout: 60_000 }, async () => {
    const path = 'toolbox/instrumente/viele-felder.md';
    const text = instrument({ id: 'viele-felder', extra: Array.from({ length: 3000 }, (_, i) => `feld${i}: x\n`).join('') });
    await server.open(path, text);
    const unknown = (await pull(server, path)).filter((d) => d.code === 'WK403');
    expect(unknown).toHaveLength(101);
    const lineOf = (key: string) => text.split('\n').indexOf(key);
    expect(unknown.slice(0, 100).map((d) => d.range.start.line)).toEqual(Array.from({ length: 100 }, (_, i) => lineOf(`feld${i}: x`)));
    expect(unknown[100]!.range.start.line).toBe(lineOf('feld100: x'));
    expect(unknown[100]!.message).toMatch(/^Hier und danach stehen 2\.900 weitere Meldungen der Art „Unbekanntes Feld“/);
  });

  const largest = PATHOLOGICAL_SIZES[PATHOLOGICAL_SIZES.length - 1]!;
  const expected: Record<string, string> = {
    duplicateKeys: 'WK203', unknownKeys: 'WK203', anchorsAliases: 'WK203', nestedListMarkers: 'WK106', nestedBlockQuotes: 'WK106',
    unclosedLinks: 'WK106', footnotes: 'WK106', openBrackets: 'WK106',
  };
  for (const input of pathologicalInputs) {
    it(`answers the diagnostics of ${input.name} at ${largest / 1000} KB`, { timeout: 120_000 }, async () => {
      const path = `toolbox/instrumente/${input.name}.md`;
      await server.open(path, input.generate(largest));
      const codes = new Set((await pull(server, path)).map((d) => String(d.code)));
      expect(codes.has('WK000')).toBe(false);
      if (expected[input.name]) expect(codes).toContain(expected[input.name]);
      const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(path) }, position: { line: 1, character: 2 } });
      expect(hover).not.toBeUndefined();
    });
  }
});
