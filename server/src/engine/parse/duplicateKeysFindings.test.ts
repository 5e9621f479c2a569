// A document whose frontmatter gives a key twice gets the same findings, byte for byte, whether its frontmatter is
// read from js-yaml's events (duplicateKeys.ts) or from the syntax tree — the duplicates, the dangling references
// of both entries, personal data, intake markers, the workspace's checks — and the events' reading parses no tree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Codes } from '../rules/codes';
import { pathologicalInputs } from '../testing/pathological';
import { xorshift } from '../testing/random';
import { uri, workspace, type TestWorkspace } from '../testing/memoryWorkspace';
import * as duplicateKeys from './duplicateKeys';
import * as frontmatter from './frontmatter';

vi.mock('./duplicateKeys', async (original) => {
  const actual = await original<typeof import('./duplicateKeys')>();
  return { ...actual, readDuplicateKeysOnly: vi.fn(actual.readDuplicateKeysOnly) };
});
vi.mock('./frontmatter', async (original) => {
  const actual = await original<typeof import('./frontmatter')>();
  return { ...actual, parseYaml: vi.fn(actual.parseYaml) };
});
const readDuplicateKeysOnly = vi.mocked(duplicateKeys.readDuplicateKeysOnly);
const parseYaml = vi.mocked(frontmatter.parseYaml);
const eventsReading = readDuplicateKeysOnly.getMockImplementation()!;

const TOOLBOX = join(__dirname, '..', '..', '..', '..', 'toolbox');
const files: Record<string, string> = Object.fromEntries(
  readdirSync(TOOLBOX, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => [relative(TOOLBOX, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
);

/** The findings of `path` with `text` in `ws`, as JSON, read from the events or (with `events` false) the tree. */
function findings(ws: TestWorkspace, path: string, text: string, events: boolean): string {
  readDuplicateKeysOnly.mockImplementation(events ? eventsReading : () => undefined);
  try {
    ws.edit(path, text);
    return JSON.stringify(ws.diagnostics(path));
  } finally {
    readDuplicateKeysOnly.mockImplementation(eventsReading);
  }
}

/** `text` with line `from` of its frontmatter given again before line `to` (1-based within the frontmatter). */
function withFrontmatterLineRepeated(text: string, random: (n: number) => number): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const from = 1 + random(close - 1);
  const to = 1 + random(close - 1);
  let line = lines[from]!;
  // Now and then the copy says something else: a reference to nothing, an address, a marker of the intake.
  const variants = [line, line, line.replace(/: .*/, ': gibt-es-nicht'), line.replace(/: .*/, ': anna.muster@web.de'), line.replace(/: .*/, ': „[entfernen: E-Mail-Adresse]“')];
  line = variants[random(variants.length)]!;
  lines.splice(to, 0, line);
  return lines.join('\n');
}

describe('findings on a frontmatter with duplicate keys', () => {
  beforeEach(() => {
    parseYaml.mockClear();
  });

  it('are the tree’s, byte for byte, on 400 documents of the real toolbox with a line given twice', () => {
    const paths = Object.keys(files).sort();
    const fromEvents = workspace(files);
    const fromTree = workspace(files);
    const random = xorshift(20261207);
    let read = 0;
    for (let i = 0; i < 400; i++) {
      const path = paths[random(paths.length)]!;
      const text = withFrontmatterLineRepeated(files[path]!, random);
      readDuplicateKeysOnly.mockClear();
      const events = findings(fromEvents, path, text, true);
      if (readDuplicateKeysOnly.mock.results.some((result) => result.value !== undefined)) read++;
      expect(events, `${path}\n${text.slice(0, 2000)}`).toBe(findings(fromTree, path, text, false));
      // Back to the original, so that the next mutant meets the real toolbox.
      fromEvents.edit(path, files[path]!);
      fromTree.edit(path, files[path]!);
    }
    // Most mutants give a key twice and are read from the events (185 when written); the others compare the tree with itself.
    expect(read).toBeGreaterThan(150);
  });

  it('parses no tree for 5,000 duplicate keys and reports 100 of them and a summary', () => {
    const text = pathologicalInputs.find((input) => input.name === 'duplicateKeys')!.generate(100_000);
    const ws = workspace({ 'instrumente/pathologisch.md': text });
    const found = ws.diagnostics('instrumente/pathologisch.md', Codes.yamlDuplicateKey);
    expect(found).toHaveLength(101);
    expect(found[0]!.message).toMatch(/^Dieser Schlüssel kommt im selben Abschnitt doppelt vor\. \(„d0“, zuerst in Zeile \d+\)$/);
    expect(found[100]!.data).toMatchObject({ omitted: expect.any(Number) });
    expect(ws.service.document(uri('instrumente/pathologisch.md'))?.yamlDuplicateKeys?.length).toBeGreaterThan(4000);
    expect(parseYaml).not.toHaveBeenCalled();
  });
});
