// The fast frontmatter reader (parse/fastYaml.ts) changes how fast, never what: the real toolbox, and copies with one
// frontmatter mutated at a time, give the same findings (position, severity, code, message, related places), the same
// references and definitions (with their offsets) and the same data with the reader as with the syntax tree alone.
import { describe, expect, it, vi } from 'vitest';
import { realToolbox } from '../support/realToolbox';

const ENGINE = '../../server/src/engine/testing/memoryWorkspace';

const real = realToolbox();

type Workspace = Awaited<typeof import('../../server/src/engine/testing/memoryWorkspace')>['workspace'];

/** What the engine reads of each document and finds in it, with positions. */
function readings(workspace: Workspace, files: Record<string, string>, paths: string[], seen: (document: { yamlDuplicateKeys?: unknown }) => void): unknown[] {
  const ws = workspace(files, [], { today: () => '2026-12-04' });
  return paths.map((path) => {
    const uri = `file:///ws/toolbox/${path}`;
    const document = ws.service.document(uri)!;
    seen(document);
    return {
      path,
      kind: document.kind,
      id: document.id,
      data: document.data,
      references: document.references.map((r) => ({ target: r.target, targetKind: r.targetKind, path: r.path, isKey: r.isKey, start: r.start, end: r.end })),
      definitions: document.definitions.map((d) => ({ id: d.id, kind: d.kind, path: d.path, start: d.start, end: d.end })),
      findings: ws.service.diagnostics(uri),
    };
  });
}

const FAST_YAML = '../../server/src/engine/parse/fastYaml';
const DUPLICATE_KEYS = '../../server/src/engine/parse/duplicateKeys';

/** The engine's modules loaded afresh, with the readings from js-yaml's events switched off when `treeOnly`. */
async function engine(treeOnly: boolean): Promise<Workspace> {
  vi.resetModules();
  if (treeOnly) {
    vi.doMock(FAST_YAML, async (original) => ({ ...(await original<object>()), readYamlData: () => undefined }));
    vi.doMock(DUPLICATE_KEYS, async (original) => ({ ...(await original<object>()), readDuplicateKeysOnly: () => undefined }));
  } else {
    vi.doUnmock(FAST_YAML);
    vi.doUnmock(DUPLICATE_KEYS);
  }
  return (await import(ENGINE)).workspace;
}

/** One mutation of a frontmatter line: a realistic slip of the hand (indentation, a lost colon, a typo, a duplicate). */
function mutants(): Record<string, string>[] {
  const variants: Record<string, string>[] = [];
  const slips: [RegExp, string][] = [[/\n  (\S)/, '\n   $1'], [/\n(\w+):/, '\n$1'], [/\n(\w+):/, '\n$1x:'], [/\n  - /, '\n - '], [/\n(\w+: .*)\n/, '\n$1\n$1\n'], [/: (\w)/, ':$1'], [/\n(\w+): /, '\n$1: "'], [/"/, ''],
    // Schema findings placed on values and keys: a text that became a number, a list that became a text, a pattern broken.
    [/\ntitle: .*\n/, '\ntitle: 42\n'], [/\n(\w+):\n  - [^\n]*/, '\n$1: x'], [/\nid: (\S+)/, '\nid: $1_X'],
    // Unknown keys: one beside the known, and a misspelt required one.
    [/\ntitle:/, '\nnotiz: x\ntitle:'], [/\ntitle:/, '\ntitel:']];
  const paths = Object.keys(real).sort();
  paths.forEach((path, i) => {
    const [from, to] = slips[i % slips.length]!;
    const text = real[path]!;
    const end = text.indexOf('\n---', 4);
    const changed = text.slice(0, end).replace(from, to) + text.slice(end);
    if (changed !== text) variants.push({ [path]: changed });
  });
  return variants;
}

describe('the fast frontmatter reader against the syntax tree', () => {
  it('gives the same readings and findings on the real toolbox and on 100 one-slip copies of it', { timeout: 120_000 }, async () => {
    const paths = Object.keys(real).sort();
    // A copy of an instrument under another name: its duplicate id points at the original's id, located without the tree.
    const instrument = paths.find((path) => path.startsWith('instrumente/'))!;
    const cases = [{}, ...mutants(), { [instrument.replace(/[^/]+$/, 'kopie.md')]: real[instrument]! }];
    expect(cases.length).toBeGreaterThan(100);
    const run = async (treeOnly: boolean) => {
      const workspace = await engine(treeOnly);
      const { service } = workspace(real);
      const fastRead = service.uris().filter((uri) => service.document(uri)?.yamlClean).length;
      // Documents whose only YAML errors are duplicate keys, read from the events.
      let duplicatesRead = 0;
      const count = (document: { yamlDuplicateKeys?: unknown }) => void (document.yamlDuplicateKeys && duplicatesRead++);
      const all = cases.map((change) => readings(workspace, { ...real, ...change }, Object.keys(change).length ? Object.keys(change) : paths, count));
      return { fastRead, duplicatesRead, readings: all };
    };
    const { fastRead, duplicatesRead, readings: fast } = await run(false);
    const { fastRead: treeRead, duplicatesRead: treeDuplicatesRead, readings: tree } = await run(true);
    // Both ways were taken: every real document by the fast reader, none with it switched off; the copies with a
    // line given twice from the events, none with it switched off.
    expect([fastRead, treeRead, treeDuplicatesRead]).toEqual([paths.length, 0, 0]);
    expect(duplicatesRead).toBeGreaterThan(5); // 8 when written
    vi.doUnmock(FAST_YAML);
    vi.doUnmock(DUPLICATE_KEYS);
    for (let i = 0; i < cases.length; i++) expect(fast[i]).toEqual(tree[i]);
  });
});
